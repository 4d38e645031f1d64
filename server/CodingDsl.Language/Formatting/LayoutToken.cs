using CodingDsl.Language.Text;

namespace CodingDsl.Language.Formatter;

internal enum LayoutTokenKind
{
    Word,
    String,
    Symbol,
    Comment,
}

/// <summary>
/// A token or comment as the formatter moves it: its exact source text is written back unchanged,
/// only the whitespace between tokens is decided anew. A comment's span stops before trailing blanks.
/// </summary>
internal sealed record LayoutToken(LayoutTokenKind Kind, TextSpan Span, string Text)
{
    public bool IsComment => Kind == LayoutTokenKind.Comment;

    public bool IsSymbol(char symbol) => Kind == LayoutTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;
}
