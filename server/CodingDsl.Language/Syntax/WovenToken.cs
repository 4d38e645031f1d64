using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

public enum WovenTokenKind
{
    /// <summary>A token the parser read: a keyword, name, code, quoted text, or punctuation it consumed (`{ } ( ) , =`, `and`/`or`).</summary>
    Token,

    /// <summary>A zero-width token the parser expected and did not find (a `}` of a block never closed, an empty value).</summary>
    Missing,

    /// <summary>Text the parser passed over while recovering from an error (a half-typed statement, garbage).</summary>
    Skipped,

    /// <summary>The zero-width token at the end of the document, holding the trivia after the last token.</summary>
    EndOfFile,
}

/// <summary>
/// A token of the full-fidelity tree, with its trivia: <see cref="LocalFullSpan"/> is the token with the
/// whitespace, line breaks and comments that go with it. Both spans are relative to the token's unit, like
/// every other span in the tree (<see cref="SyntaxElement.LocalSpan"/>). <see cref="Source"/> is the
/// parser's token or quoted text when the node holds one there, null for punctuation and skipped text.
/// </summary>
public sealed record WovenToken(
    TextSpan LocalSpan,
    TextSpan LocalFullSpan,
    string Text,
    WovenTokenKind Kind,
    SyntaxElement? Source) : SyntaxElement(LocalSpan)
{
    public bool IsSkipped => Kind == WovenTokenKind.Skipped;

    public bool IsMissing => Kind is WovenTokenKind.Missing;

    /// <summary>The trivia before the token, relative to its unit.</summary>
    public TextSpan LocalLeadingTrivia => TextSpan.FromBounds(LocalFullSpan.Start, LocalSpan.Start);

    /// <summary>The trivia after the token, relative to its unit.</summary>
    public TextSpan LocalTrailingTrivia => TextSpan.FromBounds(LocalSpan.End, LocalFullSpan.End);
}
