using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

public enum TokenKind
{
    /// <summary>Letters, digits, '.', '-', '_', with a dagger/asterisk mark written against it: keywords, names, codes, ids.</summary>
    Word,

    /// <summary>A quoted text with its quotes; one with no closing quote runs to the end of its line.</summary>
    String,

    /// <summary>Any other single character (or surrogate pair): punctuation, and characters that start nothing.</summary>
    Symbol,

    /// <summary>The zero-width token at the end, holding the trivia after the last token.</summary>
    EndOfFile,
}

/// <summary>A token as the lexer read it, with the trivia around it.</summary>
public sealed record LexedToken(
    TokenKind Kind,
    TextSpan Span,
    string Text,
    IReadOnlyList<SyntaxTrivia> LeadingTrivia,
    IReadOnlyList<SyntaxTrivia> TrailingTrivia)
{
    /// <summary>The token with its trivia.</summary>
    public TextSpan FullSpan => TextSpan.FromBounds(
        LeadingTrivia.Count > 0 ? LeadingTrivia[0].Span.Start : Span.Start,
        TrailingTrivia.Count > 0 ? TrailingTrivia[^1].Span.End : Span.End);

    /// <summary>Whether this is the word or symbol <paramref name="word"/> (never a quoted text that holds it).</summary>
    public bool Is(string word) => Kind is TokenKind.Word or TokenKind.Symbol && Text == word;

    public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;
}

/// <summary>A text read into tokens: every character belongs to exactly one token or trivia, in order.</summary>
public sealed class LexedText(string text, IReadOnlyList<LexedToken> tokens)
{
    public string Text { get; } = text;

    /// <summary>The tokens in order; the last one is <see cref="TokenKind.EndOfFile"/>.</summary>
    public IReadOnlyList<LexedToken> Tokens { get; } = tokens;

    /// <summary>The text rebuilt from the tokens and trivia: always equal to <see cref="Text"/>.</summary>
    public string ToFullString()
    {
        var builder = new System.Text.StringBuilder(Text.Length);
        foreach (var token in Tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                builder.Append(Text, trivia.Span.Start, trivia.Span.Length);
            }
            builder.Append(token.Text);
            foreach (var trivia in token.TrailingTrivia)
            {
                builder.Append(Text, trivia.Span.Start, trivia.Span.Length);
            }
        }
        return builder.ToString();
    }
}
