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

public sealed record CompletionItem(
    string Label,
    CompletionItemKind Kind,
    string? Detail,
    MarkupContent? Documentation,
    InsertTextFormat InsertTextFormat,
    TextEdit TextEdit,
    string FilterText,
    string SortText,
    CompletionItemLabelDetails? LabelDetails = null,
    Newtonsoft.Json.Linq.JToken? Data = null);

/// <summary>Shown on every row of the list: Detail right after the label, Description right-aligned (a code's title).</summary>
public sealed record CompletionItemLabelDetails(string? Detail, string? Description);

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
