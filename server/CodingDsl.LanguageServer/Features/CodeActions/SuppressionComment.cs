using System.Text.RegularExpressions;
using CodingDsl.Language.Text;

namespace CodingDsl.LanguageServer.Features.CodeActions;

/// <summary>
/// The edit that silences one diagnostic code on one line (docs/language.md, "Suppression comments").
/// A line has one directive at most (a second would replace the first), so an existing directive for
/// the line gets the code added; otherwise `// codingdsl-disable-line CODE` goes at the end of the
/// line or, when the line already ends in a comment, `// codingdsl-disable-next-line CODE` above it.
/// </summary>
public static partial class SuppressionComment
{
    public const string DisableLine = "codingdsl-disable-line";
    public const string DisableNextLine = "codingdsl-disable-next-line";

    public static TextEdit Create(SourceText text, int line, string code)
    {
        if (line > 0 && AppendToDirective(text, line - 1, NextLineDirective(), wholeLine: true, code) is { } onLineAbove)
        {
            return onLineAbove;
        }
        if (AppendToDirective(text, line, LineDirective(), wholeLine: false, code) is { } onLine)
        {
            return onLine;
        }
        var lineText = text.GetLineText(line);
        if (FindComment(lineText) < 0)
        {
            var end = text.GetLineStart(line) + lineText.TrimEnd().Length;
            return new TextEdit(new TextSpan(end, 0), $" // {DisableLine} {code}");
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

    /// <summary>Adds the code after the names of a directive comment on the line, if there is one.</summary>
    private static TextEdit? AppendToDirective(SourceText text, int line, Regex directive, bool wholeLine, string code)
    {
        var lineText = text.GetLineText(line);
        var commentStart = FindComment(lineText);
        if (commentStart < 0 || (wholeLine && lineText[..commentStart].Trim().Length > 0))
        {
            return null;
        }
        var match = directive.Match(lineText, commentStart);
        if (!match.Success || match.Index != commentStart)
        {
            return null;
        }
        var names = match.Groups["names"];
        var end = names.Index + names.Value.TrimEnd().Length;
        return new TextEdit(new TextSpan(text.GetLineStart(line) + end, 0), " " + code);
    }

    private static string LineBreak(SourceText text) => text.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    // The names run to the end of the comment or to a further `//` (as the core reads them).
    [GeneratedRegex(@"//\s*codingdsl-disable-line\b(?<names>[^/]*)")]
    private static partial Regex LineDirective();

    [GeneratedRegex(@"//\s*codingdsl-disable-next-line\b(?<names>[^/]*)")]
    private static partial Regex NextLineDirective();
}
