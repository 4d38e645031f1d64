using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

internal enum LexKind
{
    Word,
    String,
    Symbol,
}

internal readonly record struct LexToken(LexKind Kind, TextSpan Span, string Text)
{
    public bool Is(string word) => Kind != LexKind.String && Text == word;
}

/// <summary>
/// A forgiving tokenizer for half-typed text: words (with a trailing dagger/asterisk mark), strings
/// (an unclosed one runs to the end of its line), and single symbols; comments are skipped.
/// Completion reads context from these, because the tree cannot describe text that does not parse yet.
/// </summary>
internal static class CompletionLexer
{
    public static List<LexToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<LexToken>();
        var i = Math.Max(0, start);
        end = Math.Min(end, text.Length);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '/' && i + 1 < end && text[i + 1] == '/')
            {
                while (i < end && text[i] is not ('\n' or '\r'))
                {
                    i++;
                }
            }
            else if (c == '"')
            {
                var j = i + 1;
                while (j < end && text[j] is not ('"' or '\n' or '\r'))
                {
                    j += text[j] == '\\' && j + 1 < end && text[j + 1] is '"' or '\\' ? 2 : 1;
                }
                if (j < end && text[j] == '"')
                {
                    j++;
                }
                tokens.Add(new LexToken(LexKind.String, TextSpan.FromBounds(i, j), text[i..j]));
                i = j;
            }
            else if (Lexical.IsWordStart(c))
            {
                var j = Lexical.ScanWord(text, i);
                j = Math.Min(j, end);
                if (j < end && Lexical.IsMark(text[j]))
                {
                    j++;
                }
                tokens.Add(new LexToken(LexKind.Word, TextSpan.FromBounds(i, j), text[i..j]));
                i = j;
            }
            else
            {
                tokens.Add(new LexToken(LexKind.Symbol, new TextSpan(i, 1), c.ToString()));
                i++;
            }
        }
        return tokens;
    }
}
