namespace CodingDsl.LanguageServer.Protocol;

public enum CompletionItemKind
{
    Text = 1,
    Function = 3,
    Variable = 6,
    Property = 10,
    Value = 12,
    Keyword = 14,
    Snippet = 15,
    File = 17,
    EnumMember = 20,
}

public enum InsertTextFormat
{
    PlainText = 1,
    Snippet = 2,
}

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>
/// One item. Fields equal to LSP's defaults are left out (null): <see cref="InsertTextFormat"/> plain
/// text, <see cref="FilterText"/> the label. <see cref="TextEdit"/> is null when the list's
/// <see cref="CompletionItemDefaults.EditRange"/> covers it; <see cref="TextEditText"/> then carries
/// the new text when it is not the label.
/// </summary>
public sealed record CompletionItem(
    string Label,
    CompletionItemKind Kind,
    string? Detail,
    MarkupContent? Documentation,
    InsertTextFormat? InsertTextFormat,
    TextEdit? TextEdit,
    string? FilterText,
    string SortText,
    CompletionItemLabelDetails? LabelDetails = null,
    Newtonsoft.Json.Linq.JToken? Data = null,
    string? TextEditText = null);

/// <summary>Shown on every row of the list: Detail right after the label, Description right-aligned (a code's title).</summary>
public sealed record CompletionItemLabelDetails(string? Detail, string? Description);

/// <summary>Values every item of a list shares, sent once (LSP 3.17 `itemDefaults`, when the client supports them).</summary>
public sealed record CompletionItemDefaults(Range? EditRange);

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items, CompletionItemDefaults? ItemDefaults = null);
