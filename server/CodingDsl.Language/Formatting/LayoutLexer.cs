using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Formatter;

/// <summary>
/// Splits a document into tokens and comments; everything between them is whitespace. It follows the
/// parser's own lexical rules (<see cref="Lexical"/>): a word keeps a dagger/asterisk mark written
/// against it (`Q90.-†`), a string runs to its closing quote on the same line, a comment to the end of
/// its line. Any other character is a one-character symbol.
/// </summary>
internal static class LayoutLexer
{
    public static List<LayoutToken> Lex(string text)
    {
        var tokens = new List<LayoutToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int end;
            LayoutTokenKind kind;
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                kind = LayoutTokenKind.Comment;
                var lineEnd = i;
                while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
                {
                    lineEnd++;
                }
                end = lineEnd;
                while (char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }
                tokens.Add(new LayoutToken(kind, TextSpan.FromBounds(i, end), text[i..end]));
                i = lineEnd;
                continue;
            }
            if (c == '"')
            {
                kind = LayoutTokenKind.String;
                end = ScanString(text, i);
            }
            else if (Lexical.IsWordStart(c))
            {
                kind = LayoutTokenKind.Word;
                end = Lexical.ScanWord(text, i);
                if (end < text.Length && Lexical.IsMark(text[end]))
                {
                    end++;
                }
            }
            else
            {
                kind = LayoutTokenKind.Symbol;
                end = i + (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1);
            }
            tokens.Add(new LayoutToken(kind, TextSpan.FromBounds(i, end), text[i..end]));
            i = end;
        }
        return tokens;
    }

    /// <summary>The end of the string starting at <paramref name="start"/>: past its closing quote, or at the end of the line.</summary>
    private static int ScanString(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && text[i] is not ('"' or '\n' or '\r'))
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
            {
                i++;
            }
            i++;
        }
        return i < text.Length && text[i] == '"' ? i + 1 : i;
    }

    /// <summary>Line breaks in a stretch of whitespace: "\r\n", "\n" and "\r" each count once, as <see cref="SourceText"/> counts lines.</summary>
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
}
