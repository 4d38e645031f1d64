namespace CodingDsl.LanguageServer.Protocol;

/// <summary>The method names the server handles or sends.</summary>
public static class LspMethods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string SetTrace = "$/setTrace";
    public const string LogTrace = "$/logTrace";
    public const string LogMessage = "window/logMessage";
    public const string ShowMessage = "window/showMessage";
    public const string RegisterCapability = "client/registerCapability";

    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string DidSave = "textDocument/didSave";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string DocumentDiagnostic = "textDocument/diagnostic";
    public const string DiagnosticRefresh = "workspace/diagnostic/refresh";
    public const string WorkspaceDiagnostic = "workspace/diagnostic";
    public const string CodeAction = "textDocument/codeAction";
    public const string Completion = "textDocument/completion";
    public const string CompletionResolve = "completionItem/resolve";
    public const string Hover = "textDocument/hover";
    public const string DocumentSymbol = "textDocument/documentSymbol";
    public const string FoldingRange = "textDocument/foldingRange";
    public const string Definition = "textDocument/definition";
    public const string References = "textDocument/references";
    public const string Rename = "textDocument/rename";
    public const string PrepareRename = "textDocument/prepareRename";
    public const string DocumentHighlight = "textDocument/documentHighlight";
    public const string SemanticTokensFull = "textDocument/semanticTokens/full";
    public const string SemanticTokensRange = "textDocument/semanticTokens/range";
    public const string Formatting = "textDocument/formatting";
    public const string RangeFormatting = "textDocument/rangeFormatting";

    public const string WorkspaceSymbol = "workspace/symbol";
    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string DidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string WorkspaceConfiguration = "workspace/configuration";

    /// <summary>Sent to the server by <see cref="Transport.ResilientMessageFormatter"/> in place of a message it could not read.</summary>
    public const string MalformedMessage = "codingdsl/malformedMessage";
}

/// <summary>JSON-RPC and LSP error codes.</summary>
public static class LspErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}
