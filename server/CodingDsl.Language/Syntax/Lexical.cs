using CodingDsl.Language.Text;
using Sprache;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Token-level Sprache parsers. Each skips leading whitespace and comments, so statement grammars can
/// be written as plain sequences of tokens. A failure is reported at the position the parser was
/// given, before the skipped trivia, so that Sprache's XMany/XOr see "consumed nothing".
/// </summary>
internal static class Lexical
{
    /// <summary>A word the parser looked at to decide what comes next, where it stands in the document.</summary>
    public sealed record PeekedWord(TextSpan Span, string Text);

    public const string ClosingQuote = "a closing '\"' on the same line";

    /// <summary>The word at <paramref name="position"/> (after trivia), or null: a look ahead, with a document span, never a node's token.</summary>
    public static PeekedWord? PeekWord(string text, int position)
    {
        var start = Lexer.SkipTrivia(text, position);
        var end = Lexer.ScanWord(text, start);
        return end > start ? new PeekedWord(new TextSpan(start, end - start), text[start..end]) : null;
    }

    /// <summary>Where the input's unit starts: token spans are relative to it.</summary>
    private static int UnitStart(IInput input) => ((SourceInput)input).UnitStart;

    // Expectation lists are shared: a failed token is the common case (every alternative and every
    // end of a repetition tries one), so a failure must not allocate more than its result.
    private static readonly string[] WordExpected = ["a word"];
    private static readonly string[] CodeExpected = ["a code such as J12.4"];
    private static readonly string[] StringExpected = ["a quoted text"];
    private static readonly string[] ClosingQuoteExpected = [ClosingQuote];

    /// <summary>A word: letters, digits, '.', '-', '_' (names, ids, versions, keywords).</summary>
    public static readonly Parser<SyntaxToken> Word = input =>
    {
        var text = input.Source;
        var start = Lexer.SkipTrivia(text, input.Position);
        var end = Lexer.ScanWord(text, start);
        if (end == start)
        {
            return Result.Failure<SyntaxToken>(input, "word", WordExpected);
        }
        var unit = UnitStart(input);
        var token = new SyntaxToken(TextSpan.FromBounds(start - unit, end - unit), text[start..end]);
        return Result.Success(token, new SourceInput(text, end, unit));
    };

    /// <summary>A code, category, range or name, with optional dagger/asterisk mark: `J12.4`, `C18.-`, `Q90.-†`, `C71-C74`.</summary>
    public static readonly Parser<SyntaxToken> CodeWord = input =>
    {
        var text = input.Source;
        var start = Lexer.SkipTrivia(text, input.Position);
        var end = Lexer.ScanWord(text, start);
        if (end == start)
        {
            return Result.Failure<SyntaxToken>(input, "code", CodeExpected);
        }
        if (end < text.Length && Lexer.IsMark(text[end]))
        {
            end++;
        }
        var word = text[start..end];
        if (Keywords.IsReserved(word))
        {
            return Result.Failure<SyntaxToken>(input, "code", CodeExpected);
        }
        var unit = UnitStart(input);
        return Result.Success(new SyntaxToken(TextSpan.FromBounds(start - unit, end - unit), word), new SourceInput(text, end, unit));
    };

    /// <summary>One keyword. Build each keyword parser once (a static field): the factory allocates.</summary>
    public static Parser<SyntaxToken> Keyword(string keyword)
    {
        var expected = new[] { $"'{keyword}'" };
        return input =>
        {
            var text = input.Source;
            var start = Lexer.SkipTrivia(text, input.Position);
            var end = Lexer.ScanWord(text, start);
            if (end - start == keyword.Length && string.CompareOrdinal(text, start, keyword, 0, keyword.Length) == 0)
            {
                var unit = UnitStart(input);
                return Result.Success(new SyntaxToken(new TextSpan(start - unit, keyword.Length), keyword), new SourceInput(text, end, unit));
            }
            return Result.Failure<SyntaxToken>(input, keyword, expected);
        };
    }

    /// <summary>One punctuation character. Build each symbol parser once (a static field): the factory allocates.</summary>
    public static Parser<SyntaxToken> Symbol(char symbol)
    {
        var name = symbol.ToString();
        var expected = new[] { $"'{symbol}'" };
        return input =>
        {
            var text = input.Source;
            var start = Lexer.SkipTrivia(text, input.Position);
            if (start < text.Length && text[start] == symbol)
            {
                var unit = UnitStart(input);
                return Result.Success(new SyntaxToken(new TextSpan(start - unit, 1), name), new SourceInput(text, start + 1, unit));
            }
            return Result.Failure<SyntaxToken>(input, name, expected);
        };
    }

    /// <summary>A double-quoted string on one line; `\"` and `\\` escape.</summary>
    public static readonly Parser<StringLiteral> String = input =>
    {
        var text = input.Source;
        var start = Lexer.SkipTrivia(text, input.Position);
        if (start >= text.Length || text[start] != '"')
        {
            return Result.Failure<StringLiteral>(input, "string", StringExpected);
        }
        var end = Lexer.ScanString(text, start, text.Length, out var closed);
        if (!closed)
        {
            return Result.Failure<StringLiteral>(new SourceInput(text, end, UnitStart(input)), "string", ClosingQuoteExpected);
        }
        var i = end - 1;
        var escaped = text.AsSpan(start + 1, i - start - 1).Contains('\\');
        var value = escaped ? Unescape(text, start + 1, i) : text[(start + 1)..i];
        var at = UnitStart(input);
        return Result.Success(new StringLiteral(TextSpan.FromBounds(start - at, i + 1 - at), value), new SourceInput(text, i + 1, at));
    };

    // Only `\"` and `\\` escape: a backslash before anything else is kept as written.
    private static string Unescape(string text, int from, int to)
    {
        var value = new System.Text.StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\\' && i + 1 < to && text[i + 1] is '"' or '\\')
            {
                i++;
            }
            value.Append(text[i]);
        }
        return value.ToString();
    }
}
