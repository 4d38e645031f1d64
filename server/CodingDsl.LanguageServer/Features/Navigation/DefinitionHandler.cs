using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Navigation;

/// <summary>textDocument/definition over the core's <see cref="NavigationService"/>: set and rule declarations, `use`d files.</summary>
public sealed class DefinitionHandler : LspHandler<TextDocumentPositionParams, IReadOnlyList<Location>>
{
    private readonly ServerServices services;

    public DefinitionHandler(ServerServices services)
        : base(LspMethods.Definition)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DefinitionProvider = true;

    protected override async Task<IReadOnlyList<Location>> HandleRequestAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        if (await NavigationRequest.CreateAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            return Array.Empty<Location>();
        }
        return NavigationService.GetDefinition(request.Resolver, request.Path, request.Offset)
            .Select(l => LocationConvert.ToLocation(services.Documents, request.Resolver, l))
            .OfType<Location>()
            .ToArray();
    }
}
