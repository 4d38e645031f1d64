namespace CodingDsl.LanguageServer.Protocol;

/// <summary>
/// What the server advertises. Each feature handler fills in its own part (see
/// <see cref="Server.ILspHandler.ContributeCapabilities"/>), so only what is implemented is advertised.
/// Left-out properties are omitted from the JSON.
/// </summary>
public sealed class ServerCapabilities
{
    public string PositionEncoding { get; set; } = "utf-16";

    public TextDocumentSyncOptions? TextDocumentSync { get; set; }

    public DiagnosticOptions? DiagnosticProvider { get; set; }

    public CodeActionOptions? CodeActionProvider { get; set; }

    public CompletionOptions? CompletionProvider { get; set; }

    public bool? HoverProvider { get; set; }

    public bool? DocumentSymbolProvider { get; set; }

    public bool? WorkspaceSymbolProvider { get; set; }

    public bool? FoldingRangeProvider { get; set; }

    public bool? DefinitionProvider { get; set; }

    public bool? ReferencesProvider { get; set; }

    public RenameOptions? RenameProvider { get; set; }

    public bool? DocumentHighlightProvider { get; set; }

    public SemanticTokensOptions? SemanticTokensProvider { get; set; }

    public bool? DocumentFormattingProvider { get; set; }

    public bool? DocumentRangeFormattingProvider { get; set; }
}

public sealed record SaveOptions(bool IncludeText);

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions? Save = null);

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider = false);

public sealed record CompletionOptions(IReadOnlyList<string>? TriggerCharacters = null, bool ResolveProvider = false);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Range, bool Full);
