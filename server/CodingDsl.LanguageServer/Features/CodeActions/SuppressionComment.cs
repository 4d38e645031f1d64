using CodingDsl.Language.Text;

namespace CodingDsl.LanguageServer.Features.CodeActions;

/// <summary>
/// The edit that silences one diagnostic code on one line (docs/language.md, "Suppression comments"):
/// `// codingdsl-disable-line CODE` at the end of the line, or — when the line already ends in a
/// comment — `// codingdsl-disable-next-line CODE` on a line of its own above it.
/// </summary>
public static class SuppressionComment
{
    public const string DisableLine = "codingdsl-disable-line";
    public const string DisableNextLine = "codingdsl-disable-next-line";

    public static TextEdit Create(SourceText text, int line, string code)
    {
        var lineText = text.GetLineText(line);
        if (FindComment(lineText) < 0)
        {
            var trimmedEnd = text.GetLineStart(line) + lineText.TrimEnd().Length;
            return new TextEdit(new TextSpan(trimmedEnd, 0), $" // {DisableLine} {code}");
        }
        var indent = lineText[..(lineText.Length - lineText.TrimStart().Length)];
        return new TextEdit(new TextSpan(text.GetLineStart(line), 0), $"{indent}// {DisableNextLine} {code}{LineBreak(text)}");
    }

    /// <summary>The index of `//` starting a comment on the line, or -1; `//` inside a string (a URL) does not count.</summary>
    public static int FindComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                return i;
            }
        }
        return -1;
    }

    private static string LineBreak(SourceText text) => text.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
