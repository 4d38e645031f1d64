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

    /// <summary>
    /// The document's tokens and comments in order, read from the tree's woven tokens and their trivia
    /// (<see cref="SyntaxTree.FullTokens"/>); whitespace is what lies between. Only comments are read out of
    /// the trivia, and only where it holds a `/`.
    /// </summary>
    public static List<LayoutToken> Read(SyntaxTree tree)
    {
        var text = tree.Text.Text;
        var tokens = new List<LayoutToken>();
        foreach (var token in tree.FullTokens())
        {
            AddComments(tree, text, token.LeadingTrivia, tokens);
            if (token.Kind is WovenTokenKind.Token or WovenTokenKind.Skipped && token.Span.Length > 0)
            {
                tokens.Add(new LayoutToken(KindOf(token.Text), token.Span, token.Text));
            }
            AddComments(tree, text, token.TrailingTrivia, tokens);
        }
        return tokens;
    }

    private static void AddComments(SyntaxTree tree, string text, TextSpan span, List<LayoutToken> into)
    {
        if (!text.AsSpan(span.Start, span.Length).Contains('/'))
        {
            return;
        }
        foreach (var t in tree.Trivia(span))
        {
            if (t.IsComment)
            {
                var comment = text.AsSpan(t.Span.Start, t.Span.Length).TrimEnd();
                into.Add(new LayoutToken(LayoutTokenKind.Comment, new TextSpan(t.Span.Start, comment.Length), comment.ToString()));
            }
        }
    }

    /// <summary>A token's kind by its first character, as the lexer told them apart when it read the token.</summary>
    private static LayoutTokenKind KindOf(string token) =>
        token[0] == '"' ? LayoutTokenKind.String
        : Lexer.IsWordStart(token[0]) ? LayoutTokenKind.Word
        : LayoutTokenKind.Symbol;
}
