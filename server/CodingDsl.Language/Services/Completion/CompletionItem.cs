using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>What a completion item stands for (the LSP host maps it to CompletionItemKind).</summary>
public enum CompletionKind
{
    /// <summary>An OPCS-4 or ICD-10 code or category; inserts the code and its official title.</summary>
    Code,
    Keyword,

    /// <summary><see cref="CompletionItem.InsertText"/> is an LSP snippet (`${1:placeholder}`).</summary>
    Snippet,
    Set,
    Rule,
    File,
    Fact,

    /// <summary>A value from a closed list: a classification version, a severity, a diagnostic code, `pending`.</summary>
    Value,

    /// <summary>An official title, offered inside a code's title string.</summary>
    Text,
}

/// <summary>One completion. <see cref="Edit"/> replaces the partly typed text (always on the cursor's line) with <see cref="InsertText"/>.</summary>
/// <param name="Label">What the list shows: "J12.4", "Y53.-", "optional".</param>
/// <param name="Detail">One line beside the label: a code's official title, a set's members, a rule's title.</param>
/// <param name="Documentation">Markdown for the item's details pane, or null.</param>
/// <param name="FilterText">What the client matches the typed text against (the typed words themselves for title matches, so the client keeps the server's choice).</param>
/// <param name="SortText">Orders the list as the server ranked it.</param>
public sealed record CompletionItem(
    string Label,
    CompletionKind Kind,
    string? Detail,
    string? Documentation,
    string InsertText,
    TextEdit Edit,
    string FilterText,
    string SortText)
{
    public bool IsSnippet => Kind == CompletionKind.Snippet;
}

/// <summary>
/// The items for one position. <see cref="IsIncomplete"/> is true when the list was cut at the bound or
/// the server filtered by words of titles, so the client must ask again as the user types.
/// </summary>
public sealed record CompletionList(IReadOnlyList<CompletionItem> Items, bool IsIncomplete, TextSpan ReplaceSpan)
{
    public static CompletionList Empty(int offset) => new([], false, new TextSpan(offset, 0));
}
