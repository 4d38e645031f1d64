namespace CodingDsl.LanguageServer.Protocol;

public static class MarkupKind
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}

public sealed record MarkupContent(string Kind, string Value);

public sealed record Hover(MarkupContent Contents, Range? Range);

public enum SymbolKind
{
    File = 1,
    Module = 2,
    Namespace = 3,
    Class = 5,
    Method = 6,
    Field = 8,
    Enum = 10,
    Function = 12,
    Variable = 13,
    Constant = 14,
    String = 15,
    Array = 18,
    Key = 20,
    EnumMember = 22,
    Struct = 23,
    Event = 24,
}

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol(
    string Name,
    string? Detail,
    SymbolKind Kind,
    Range Range,
    Range SelectionRange,
    IReadOnlyList<DocumentSymbol>? Children);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, SymbolKind Kind, Location Location, string? ContainerName);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

public static class FoldingRangeKind
{
    public const string Comment = "comment";
    public const string Region = "region";
}

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range);

/// <summary>Five integers a token: delta line, delta start character, length, type index, modifier bits.</summary>
public sealed record SemanticTokens(IReadOnlyList<int> Data);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public enum DocumentHighlightKind
{
    Text = 1,
    Read = 2,
    Write = 3,
}

public sealed record DocumentHighlight(Range Range, DocumentHighlightKind Kind);
