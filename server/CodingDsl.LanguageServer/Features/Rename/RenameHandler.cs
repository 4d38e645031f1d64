using StreamJsonRpc;
using CodingDsl.LanguageServer.Features.Navigation;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Rename;

/// <summary>Renames a set or rule: its declaration and every use across the workspace, suppression comments included.</summary>
public sealed class RenameHandler : LspHandler<RenameParams>
{
    private readonly ServerServices services;

    public RenameHandler(ServerServices services)
        : base(LspMethods.Rename)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.RenameProvider = new RenameOptions(PrepareProvider: true);

    protected override async Task<object?> HandleAsync(RenameParams parameters, CancellationToken cancellationToken)
    {
        if (NameRules.Problem(parameters.NewName) is { } problem)
        {
            throw new LocalRpcException(problem) { ErrorCode = LspErrorCodes.InvalidParams };
        }
        var target = await NavigationTarget.FindAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false);
        if (target?.Declaration is null)
        {
            return null;
        }
        var changes = target.NameLocations(includeDeclaration: true)
            .GroupBy(l => l.Uri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TextEdit>)g.Select(l => new TextEdit(l.Range, parameters.NewName)).ToArray(), StringComparer.Ordinal);
        return new WorkspaceEdit(changes);
    }
}
