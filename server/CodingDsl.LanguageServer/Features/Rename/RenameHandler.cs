using StreamJsonRpc;
using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Features.Navigation;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Rename;

/// <summary>textDocument/rename over the core's <see cref="NavigationService"/>: every use across the workspace, suppression comments included.</summary>
public sealed class RenameHandler : LspHandler<RenameParams, WorkspaceEdit?>
{
    private readonly ServerServices services;

    public RenameHandler(ServerServices services)
        : base(LspMethods.Rename)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.RenameProvider = new RenameOptions(PrepareProvider: true);

    protected override async Task<WorkspaceEdit?> HandleRequestAsync(RenameParams parameters, CancellationToken cancellationToken)
    {
        if (await NavigationRequest.CreateAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return null;
        }
        var result = NavigationService.Rename(request.Resolver, request.Path, request.Offset, parameters.NewName ?? string.Empty);
        if (!result.Succeeded)
        {
            throw new LocalRpcException(result.Error!) { ErrorCode = LspErrorCodes.InvalidRequest };
        }
        var changes = result.Edits.ToDictionary(
            e => LocationConvert.UriFor(services.Documents, e.Key),
            e => (IReadOnlyList<TextEdit>)e.Value.Select(edit => LocationConvert.ToTextEdit(request.Resolver.GetTree(e.Key)?.Text, edit)).ToArray(),
            StringComparer.Ordinal);
        return new WorkspaceEdit(changes);
    }
}
