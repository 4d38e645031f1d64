using System.Text.RegularExpressions;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// The one lexer of the language: every rule about where a word, a quoted text, a symbol, a comment
/// or a stretch of whitespace starts and ends lives here. The parser's token parsers (<see cref="Lexical"/>),
/// the formatter, completion and highlighting all read text through it, so they cannot disagree.
/// </summary>
/// <remarks>
/// It accepts any input: a character that starts nothing else (NUL, a lone surrogate, `@`) is a
/// one-character symbol, and a quoted text with no closing quote runs to the end of its line. So the
/// tokens with their trivia always cover the text exactly (<see cref="LexedText.ToFullString"/>).
/// Trivia follows Roslyn: a token's trailing trivia runs up to and including the first line break
/// after it; everything else before a token is its leading trivia.
/// </remarks>
public static partial class Lexer
{
    public static bool IsWordStart(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsWordPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';

    /// <summary>A dagger or asterisk mark written against an ICD-10 code: `Q90.-†`, `H19.8*`.</summary>
    public static bool IsMark(char c) => c is '†' or '*' or '+';

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>The end of the word at <paramref name="position"/> (letters, digits, '.', '-', '_'), or <paramref name="position"/> when none starts there.</summary>
    public static int ScanWord(string text, int position) => ScanWord(text, position, text.Length);

    public static int ScanWord(string text, int position, int end)
    {
        var i = position;
        if (i < end && IsWordStart(text[i]))
        {
            i++;
            while (i < end && IsWordPart(text[i]))
            {
                i++;
            }
        }
        return i;
    }

    /// <summary>
    /// The word being typed around <paramref name="caret"/> within [<paramref name="lineStart"/>,
    /// <paramref name="lineEnd"/>): back over word characters and marks (a code's dagger or asterisk ends
    /// it), forwards over word characters. What completion replaces; read backwards from the caret, which
    /// a forward scan cannot do without knowing where the word began.
    /// </summary>
    public static (int Start, int End) WordAround(string text, int lineStart, int lineEnd, int caret)
    {
        var start = caret;
        while (start > lineStart && (IsWordPart(text[start - 1]) || IsMark(text[start - 1])))
        {
            start--;
        }
        var end = caret;
        while (end < lineEnd && IsWordPart(text[end]))
        {
            end++;
        }
        return (start, end);
    }

    /// <summary>A word with the dagger/asterisk mark written against it, as codes are written.</summary>
    public static int ScanMarkedWord(string text, int position, int end)
    {
        var i = ScanWord(text, position, end);
        return i > position && i < end && IsMark(text[i]) ? i + 1 : i;
    }

    /// <summary>
    /// The end of the quoted text opening at <paramref name="start"/>: past its closing quote, or at
    /// the end of the line when it has none (a quoted text never spans lines). `\"` and `\\` escape.
    /// </summary>
    public static int ScanString(string text, int start, int end) => ScanString(text, start, end, out _);

    /// <inheritdoc cref="ScanString(string, int, int)"/>
    /// <param name="closed">Whether the text has its closing quote.</param>
    public static int ScanString(string text, int start, int end, out bool closed)
    {
        var i = start + 1;
        while (i < end && text[i] is not ('"' or '\n' or '\r'))
        {
            if (text[i] == '\\' && i + 1 < end && text[i + 1] is '"' or '\\')
            {
                i++;
            }
            i++;
        }
        closed = i < end && text[i] == '"';
        return closed ? i + 1 : i;
    }

    /// <summary>The end of the `//` comment at <paramref name="start"/>: the end of its line.</summary>
    public static int ScanComment(string text, int start, int end)
    {
        var i = start;
        while (i < end && !IsLineBreak(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsCommentStart(string text, int i, int end) => text[i] == '/' && i + 1 < end && text[i + 1] == '/';

    /// <summary>Skips whitespace, line breaks and `//` comments from <paramref name="position"/>.</summary>
    public static int SkipTrivia(string text, int position)
    {
        var end = text.Length;
        while (position < end && ScanTrivia(text, position, end) is { } trivia)
        {
            position = trivia.End;
        }
        return position;
    }

    /// <summary>The trivia (whitespace, one line break, a comment) at <paramref name="i"/>, or null when a token starts there.</summary>
    public static (TriviaKind Kind, int End)? ScanTrivia(string text, int i, int end)
    {
        var c = text[i];
        if (c == '\r')
        {
            return (TriviaKind.NewLine, i + 1 < end && text[i + 1] == '\n' ? i + 2 : i + 1);
        }
        if (c == '\n')
        {
            return (TriviaKind.NewLine, i + 1);
        }
        if (char.IsWhiteSpace(c))
        {
            var j = i + 1;
            while (j < end && char.IsWhiteSpace(text[j]) && !IsLineBreak(text[j]))
            {
                j++;
            }
            return (TriviaKind.Whitespace, j);
        }
        if (IsCommentStart(text, i, end))
        {
            // Told apart from a suppression comment only when tokens are made (ReadTrivia): skipping trivia while parsing need not know.
            return (TriviaKind.Comment, ScanComment(text, i, end));
        }
        return null;
    }

    /// <summary>The token at <paramref name="i"/>, where no trivia starts: a word (with its mark), a quoted text, or one symbol.</summary>
    public static (TokenKind Kind, int End) ScanToken(string text, int i, int end)
    {
        var c = text[i];
        if (c == '"')
        {
            return (TokenKind.String, ScanString(text, i, end));
        }
        if (IsWordStart(c))
        {
            return (TokenKind.Word, ScanMarkedWord(text, i, end));
        }
        var pair = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]);
        return (TokenKind.Symbol, i + (pair ? 2 : 1));
    }

    /// <summary>Every token of the text with its trivia; the last token is <see cref="TokenKind.EndOfFile"/>, holding the trivia at the end.</summary>
    public static LexedText Lex(string text) => new(text, Lex(text, 0, text.Length));

    /// <summary>The tokens of [start, end) only, as if the text ended there (half-typed text before a cursor).</summary>
    public static IReadOnlyList<LexedToken> Lex(string text, int start, int end)
    {
        start = Math.Max(0, start);
        end = Math.Min(end, text.Length);
        var tokens = new List<LexedToken>();
        var i = start;
        var leading = new List<SyntaxTrivia>();
        while (true)
        {
            i = ReadTrivia(text, i, end, leading, trailing: false);
            if (i >= end)
            {
                tokens.Add(new LexedToken(TokenKind.EndOfFile, new TextSpan(end, 0), string.Empty, leading, []));
                return tokens;
            }
            var (kind, tokenEnd) = ScanToken(text, i, end);
            var trailing = new List<SyntaxTrivia>();
            var next = ReadTrivia(text, tokenEnd, end, trailing, trailing: true);
            tokens.Add(new LexedToken(kind, TextSpan.FromBounds(i, tokenEnd), text[i..tokenEnd], leading, trailing));
            leading = [];
            i = next;
        }
    }

    /// <summary>The tokens of [start, end) without the end-of-file token: what a service reads of half-typed text.</summary>
    public static List<LexedToken> Tokens(string text, int start, int end)
    {
        var tokens = new List<LexedToken>(Lex(text, start, end));
        tokens.RemoveAt(tokens.Count - 1);
        return tokens;
    }

    /// <summary>The end of a token's trailing trivia from <paramref name="position"/>: up to and including the first line break, before <paramref name="end"/>.</summary>
    public static int SkipTrailingTrivia(string text, int position, int end)
    {
        while (position < end && ScanTrivia(text, position, end) is { } trivia)
        {
            position = trivia.End;
            if (trivia.Kind == TriviaKind.NewLine)
            {
                break;
            }
        }
        return position;
    }

    /// <summary>The trivia of <paramref name="span"/> (which holds trivia only, such as a woven token's leading trivia), each with its kind.</summary>
    public static IReadOnlyList<SyntaxTrivia> ReadTrivia(string text, TextSpan span)
    {
        var trivia = new List<SyntaxTrivia>();
        ReadTrivia(text, span.Start, span.End, trivia, trailing: false);
        return trivia;
    }

    private static int ReadTrivia(string text, int i, int end, List<SyntaxTrivia> into, bool trailing)
    {
        while (i < end && ScanTrivia(text, i, end) is { } trivia)
        {
            var kind = trivia.Kind == TriviaKind.Comment && SuppressionDirective().IsMatch(text.AsSpan(i, trivia.End - i)) ? TriviaKind.SuppressionComment : trivia.Kind;
            into.Add(new SyntaxTrivia(kind, TextSpan.FromBounds(i, trivia.End)));
            i = trivia.End;
            if (trailing && trivia.Kind == TriviaKind.NewLine)
            {
                break;
            }
        }
        return i;
    }

    /// <summary>
    /// The comments whose start is in [start, end), with spans relative to <paramref name="origin"/>, where
    /// <paramref name="start"/> is the start of the text, just after a line break or at a token: no token,
    /// quoted text or comment spans a line break, so the scan there is in the same state as a scan of the
    /// whole text. The list is made at the first comment (most units have none).
    /// </summary>
    internal static void ScanComments(string text, int start, int end, int origin, ref List<Comment>? into)
    {
        var i = start;
        while (i < end)
        {
            if (ScanTrivia(text, i, end) is { } trivia)
            {
                if (trivia.Kind == TriviaKind.Comment)
                {
                    into ??= [];
                    into.Add(new Comment(TextSpan.FromBounds(i - origin, trivia.End - origin), text[i..trivia.End]));
                }
                i = trivia.End;
            }
            else
            {
                i = ScanToken(text, i, end).End;
            }
        }
    }

    /// <summary>
    /// The token before <paramref name="position"/> (a word with its mark, a quoted text or one symbol),
    /// read back over trivia, comments included: what a message naming "the word before" names. Null when
    /// only trivia comes before. A line is read forwards from its start (a `//` inside a quoted text is
    /// not a comment), and no token or comment spans a line break, so lines are read one at a time, back
    /// from the position's own line.
    /// </summary>
    public static TextSpan? TokenBefore(string text, int position)
    {
        position = Math.Clamp(position, 0, text.Length);
        var end = position;
        while (end > 0)
        {
            var lineStart = LineStartBefore(text, end);
            TextSpan? last = null;
            var i = lineStart;
            while (i < end)
            {
                if (ScanTrivia(text, i, end) is { } trivia)
                {
                    i = trivia.End;
                    continue;
                }
                var tokenEnd = ScanToken(text, i, end).End;
                last = TextSpan.FromBounds(i, tokenEnd);
                i = tokenEnd;
            }
            if (last is not null)
            {
                return last;
            }
            end = lineStart;
        }
        return null;
    }

    /// <summary>The start of the line that holds the character before <paramref name="end"/> (its line break included).</summary>
    private static int LineStartBefore(string text, int end)
    {
        var i = end - 1;
        if (text[i] == '\n' && i > 0 && text[i - 1] == '\r')
        {
            i--;
        }
        return LineStart(text, i);
    }

    /// <summary>Where the line holding <paramref name="position"/> starts (after a "\n", "\r" or "\r\n").</summary>
    public static int LineStart(string text, int position) =>
        position == 0 ? 0 : text.AsSpan(0, position).LastIndexOfAny('\n', '\r') + 1;

    /// <summary>Line breaks in [start, end): "\r\n", "\n" and "\r" each count once, as <see cref="SourceText"/> counts lines.</summary>
    public static int CountLineBreaks(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\r')
            {
                count++;
                if (i + 1 < end && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (text[i] == '\n')
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The document's line break: the first one it uses, "\n" when it has none.</summary>
    public static string DetectNewLine(string text)
    {
        var i = text.IndexOfAny(['\r', '\n']);
        if (i < 0 || text[i] == '\n')
        {
            return "\n";
        }
        return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
    }

    /// <summary>Whether a comment silences diagnostics: `// codingdsl-disable-line …` or `// codingdsl-disable-next-line …`.</summary>
    public static bool IsSuppression(string comment) => SuppressionDirective().IsMatch(comment);

    [GeneratedRegex(@"^//\s*codingdsl-disable-(?:next-)?line\b")]
    private static partial Regex SuppressionDirective();
}
