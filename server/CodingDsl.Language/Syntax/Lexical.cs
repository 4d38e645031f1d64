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
    public const string ClosingQuote = "a closing '\"' on the same line";

    public static bool IsWordStart(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';

    public static bool IsMark(char c) => c is '†' or '*' or '+';

    /// <summary>Skips whitespace and `//` comments from <paramref name="position"/>.</summary>
    public static int SkipTrivia(string text, int position)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                while (position < text.Length && text[position] != '\n' && text[position] != '\r')
                {
                    position++;
                }
            }
            else
            {
                break;
            }
        }
        return position;
    }

    public static int ScanWord(string text, int position)
    {
        var end = position;
        if (end < text.Length && IsWordStart(text[end]))
        {
            end++;
            while (end < text.Length && IsWordPart(text[end]))
            {
                end++;
            }
        }
        return end;
    }

    /// <summary>The word at <paramref name="position"/> (after trivia), or null.</summary>
    public static SyntaxToken? PeekWord(string text, int position)
    {
        var start = SkipTrivia(text, position);
        var end = ScanWord(text, start);
        return end > start ? new SyntaxToken(new TextSpan(start, end - start), text[start..end]) : null;
    }

    private static IInput Skip(IInput input) =>
        new SourceInput(input.Source, SkipTrivia(input.Source, input.Position));

    /// <summary>A word: letters, digits, '.', '-', '_' (names, ids, versions, keywords).</summary>
    public static readonly Parser<SyntaxToken> Word = input =>
    {
        var start = Skip(input);
        var end = ScanWord(start.Source, start.Position);
        if (end == start.Position)
        {
            return Result.Failure<SyntaxToken>(input, "word", new[] { "a word" });
        }
        var token = new SyntaxToken(TextSpan.FromBounds(start.Position, end), start.Source[start.Position..end]);
        return Result.Success(token, new SourceInput(start.Source, end));
    };

    /// <summary>A code, category, range or name, with optional dagger/asterisk mark: `J12.4`, `C18.-`, `Q90.-†`, `C71-C74`.</summary>
    public static readonly Parser<SyntaxToken> CodeWord = input =>
    {
        var start = Skip(input);
        var end = ScanWord(start.Source, start.Position);
        if (end == start.Position)
        {
            return Result.Failure<SyntaxToken>(input, "code", new[] { "a code such as J12.4" });
        }
        if (end < start.Source.Length && IsMark(start.Source[end]))
        {
            end++;
        }
        var token = new SyntaxToken(TextSpan.FromBounds(start.Position, end), start.Source[start.Position..end]);
        if (Keywords.IsReserved(token.Text))
        {
            return Result.Failure<SyntaxToken>(input, "code", new[] { "a code such as J12.4" });
        }
        return Result.Success(token, new SourceInput(start.Source, end));
    };

    public static Parser<SyntaxToken> Keyword(string keyword) => input =>
    {
        var start = Skip(input);
        var end = ScanWord(start.Source, start.Position);
        if (end - start.Position == keyword.Length && string.CompareOrdinal(start.Source, start.Position, keyword, 0, keyword.Length) == 0)
        {
            return Result.Success(new SyntaxToken(new TextSpan(start.Position, keyword.Length), keyword), new SourceInput(start.Source, end));
        }
        return Result.Failure<SyntaxToken>(input, keyword, new[] { $"'{keyword}'" });
    };

    public static Parser<SyntaxToken> Symbol(char symbol) => input =>
    {
        var start = Skip(input);
        if (!start.AtEnd && start.Current == symbol)
        {
            return Result.Success(new SyntaxToken(new TextSpan(start.Position, 1), symbol.ToString()), new SourceInput(start.Source, start.Position + 1));
        }
        return Result.Failure<SyntaxToken>(input, symbol.ToString(), new[] { $"'{symbol}'" });
    };

    /// <summary>A double-quoted string on one line; `\"` and `\\` escape.</summary>
    public static readonly Parser<StringLiteral> String = input =>
    {
        var start = Skip(input);
        var text = start.Source;
        if (start.AtEnd || start.Current != '"')
        {
            return Result.Failure<StringLiteral>(input, "string", new[] { "a quoted text" });
        }
        var value = new System.Text.StringBuilder();
        var i = start.Position + 1;
        while (i < text.Length && text[i] is not ('"' or '\n' or '\r'))
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
            {
                i++;
            }
            value.Append(text[i]);
            i++;
        }
        if (i >= text.Length || text[i] != '"')
        {
            return Result.Failure<StringLiteral>(new SourceInput(text, i), "string", new[] { ClosingQuote });
        }
        return Result.Success(new StringLiteral(TextSpan.FromBounds(start.Position, i + 1), value.ToString()), new SourceInput(text, i + 1));
    };
}
