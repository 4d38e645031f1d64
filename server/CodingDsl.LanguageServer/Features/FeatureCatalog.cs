using CodingDsl.LanguageServer.Features.CodeActions;
using CodingDsl.LanguageServer.Features.Diagnostics;
using CodingDsl.LanguageServer.Features.Lifecycle;
using CodingDsl.LanguageServer.Features.TextSync;
using CodingDsl.LanguageServer.Features.Workspace;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features;

/// <summary>Every handler the server has: adding a feature means adding it here (its capability comes with it).</summary>
public static class FeatureCatalog
{
    public static IEnumerable<ILspHandler> Create(ServerServices services)
    {
        yield return new InitializeHandler(services);
        yield return new InitializedHandler(services);
        yield return new ShutdownHandler(services.Lifecycle);
        yield return new ExitHandler(services.Lifecycle);
        yield return new SetTraceHandler(services.Log);
        yield return new MalformedMessageHandler(services.Log);

        yield return new DidOpenHandler(services);
        yield return new DidChangeHandler(services);
        yield return new DidCloseHandler(services);
        yield return new DidChangeWatchedFilesHandler(services);
        yield return new Configuration.DidChangeConfigurationHandler(services);

        yield return new DocumentDiagnosticHandler(services);
        yield return new WorkspaceDiagnosticHandler(services);
        yield return new CodeActionHandler(services);
        var completionDocs = new Completion.CompletionDocumentation();
        yield return new Completion.CompletionHandler(services, completionDocs);
        yield return new Completion.CompletionResolveHandler(completionDocs);
        yield return new Hover.HoverHandler(services);
        yield return new Outline.DocumentSymbolHandler(services);
        yield return new Folding.FoldingRangeHandler(services);
        yield return new WorkspaceSymbols.WorkspaceSymbolHandler(services);
        yield return new SemanticTokens.SemanticTokensHandler(services);
        yield return new SemanticTokens.SemanticTokensRangeHandler(services);
        yield return new Navigation.DefinitionHandler(services);
        yield return new Navigation.ReferencesHandler(services);
        yield return new Navigation.DocumentHighlightHandler(services);
        yield return new Rename.PrepareRenameHandler(services);
        yield return new Rename.RenameHandler(services);
        yield return new Formatting.DocumentFormattingHandler(services);
        yield return new Formatting.DocumentRangeFormattingHandler(services);

        // The server's own requests (client/src/protocol.ts).
        yield return new Export.ExportHandler(services);
        yield return new CheckWorkspace.CheckWorkspaceHandler(services);
    }
}
