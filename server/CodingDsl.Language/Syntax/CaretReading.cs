namespace CodingDsl.Language.Syntax;

/// <summary>
/// The text before a caret read as if it ended there: how completion reads a statement being typed.
/// The tree cannot give this. A string being typed runs on to the end of its line in the tree, past the
/// caret, and a half-typed statement between two items of a guidance is the guidance's skipped text, so
/// its weave is the whole guidance's. Completion therefore takes from the tree only where the caret's unit
/// starts, and reads from there to the caret here, with the one lexer.
/// </summary>
internal static class CaretReading
{
    /// <summary>The tokens of [<paramref name="start"/>, <paramref name="caret"/>), cut at the caret (a string being typed ends there).</summary>
    public static List<LexedToken> Tokens(string text, int start, int caret) => Lexer.Tokens(text, start, caret);

    /// <summary>
    /// What the caret is typing in on its line: where a `//` comment before it starts, or a string it is
    /// inside of (opened and not closed before it); -1 for each it is not in.
    /// </summary>
    public static (int Comment, int String) OpenTokenAt(string text, int lineStart, int caret)
    {
        foreach (var token in Lexer.Lex(text, lineStart, caret))
        {
            if (token.LeadingTrivia.Concat(token.TrailingTrivia).FirstOrDefault(t => t.IsComment) is { Span.Length: > 0 } comment)
            {
                return (comment.Span.Start, -1);
            }
            if (token.Kind == TokenKind.String && token.Span.End == caret)
            {
                Lexer.ScanString(text, token.Span.Start, caret, out var closed);
                return (-1, closed ? -1 : token.Span.Start);
            }
        }
        return (-1, -1);
    }
}
