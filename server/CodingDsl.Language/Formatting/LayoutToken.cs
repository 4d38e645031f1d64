using CodingDsl.Language.Syntax;
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

    /// <summary>The document's tokens and comments in order, as <see cref="Lexer"/> reads them; whitespace is what lies between.</summary>
    public static List<LayoutToken> Read(string text)
    {
        var tokens = new List<LayoutToken>();
        foreach (var token in Lexer.Lex(text).Tokens)
        {
            AddComments(text, token.LeadingTrivia, tokens);
            if (token.Kind != TokenKind.EndOfFile)
            {
                tokens.Add(new LayoutToken(KindOf(token.Kind), token.Span, token.Text));
            }
            AddComments(text, token.TrailingTrivia, tokens);
        }
        return tokens;
    }

    private static void AddComments(string text, IReadOnlyList<SyntaxTrivia> trivia, List<LayoutToken> into)
    {
        foreach (var t in trivia)
        {
            if (t.IsComment)
            {
                var comment = text.AsSpan(t.Span.Start, t.Span.Length).TrimEnd();
                into.Add(new LayoutToken(LayoutTokenKind.Comment, new TextSpan(t.Span.Start, comment.Length), comment.ToString()));
            }
        }
    }

    private static LayoutTokenKind KindOf(TokenKind kind) => kind switch
    {
        TokenKind.Word => LayoutTokenKind.Word,
        TokenKind.String => LayoutTokenKind.String,
        TokenKind.Symbol => LayoutTokenKind.Symbol,
        TokenKind.EndOfFile => throw new ArgumentOutOfRangeException(nameof(kind), "The end of the file is not laid out."),
    };
}
