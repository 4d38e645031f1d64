using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Features.Outline;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.WorkspaceSymbols;

/// <summary>workspace/symbol over the core's <see cref="SymbolService"/>: guidance ids and titles, rules and sets across the workspace.</summary>
public sealed class WorkspaceSymbolHandler : LspHandler<WorkspaceSymbolParams>
{
    private readonly ServerServices services;

    public WorkspaceSymbolHandler(ServerServices services)
        : base(LspMethods.WorkspaceSymbol)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.WorkspaceSymbolProvider = true;

    protected override async Task<object?> HandleAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken)
    {
        // Brings the core's workspace up to the documents as they are now.
        await services.Analysis.GetCurrentWithWorkspaceParsedAsync(cancellationToken).ConfigureAwait(false);
        var resolver = services.Analysis.Resolver;
        return SymbolService.GetWorkspaceSymbols(resolver.Workspace, parameters.Query ?? string.Empty)
            .Select(s => LocationConvert.ToLocation(services.Documents, resolver, s.Location) is { } location
                ? new SymbolInformation(s.Name, DocumentSymbolHandler.Kind(s.Kind), location, s.Detail)
                : null)
            .OfType<SymbolInformation>()
            .ToArray();
    }
}
