using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// The edits that move one statement elsewhere in the file, for fixes that reorder codes (CDSL0801) or
/// move them to the right section (CDSL0804). A statement alone on its lines moves with its lines (and
/// a comment at their end); one that shares a line with others moves as text, so the fix never leaves
/// a half statement behind.
/// </summary>
internal static class StatementMove
{
    /// <summary>Moves <paramref name="statement"/> to just before <paramref name="target"/>.</summary>
    public static TextEdit[] Before(SourceText text, TextSpan statement, TextSpan target)
    {
        if (OwnsLines(text, statement) && OwnsLines(text, target))
        {
            var lines = LineExtent(text, statement);
            var at = text.GetLineStart(text.GetPosition(target.Start).Line);
            return [new TextEdit(lines, string.Empty), new TextEdit(new TextSpan(at, 0), WithNewline(text.GetText(lines)))];
        }
        return [Remove(text, statement), new TextEdit(new TextSpan(target.Start, 0), text.GetText(statement) + " ")];
    }

    /// <summary>Moves <paramref name="statement"/> to just after <paramref name="target"/>.</summary>
    public static TextEdit[] After(SourceText text, TextSpan statement, TextSpan target)
    {
        if (OwnsLines(text, statement) && OwnsLines(text, target))
        {
            var lines = LineExtent(text, statement);
            var at = text.GetLineEnd(text.GetPosition(target.End).Line);
            return [new TextEdit(lines, string.Empty), new TextEdit(new TextSpan(at, 0), "\n" + text.GetText(lines).TrimEnd('\r', '\n'))];
        }
        return [Remove(text, statement), new TextEdit(new TextSpan(target.End, 0), " " + text.GetText(statement))];
    }

    /// <summary>Moves <paramref name="statement"/> to the end of a block, before its closing brace at <paramref name="closeBrace"/>.</summary>
    public static TextEdit[] IntoBlock(SourceText text, TextSpan statement, int closeBrace, string indent)
    {
        var removal = OwnsLines(text, statement) ? new TextEdit(LineExtent(text, statement), string.Empty) : Remove(text, statement);
        var braceLine = text.GetPosition(closeBrace).Line;
        var insertion = text.GetLineText(braceLine).TrimStart().StartsWith('}')
            ? new TextEdit(new TextSpan(text.GetLineStart(braceLine), 0), indent + text.GetText(statement) + "\n")
            : new TextEdit(new TextSpan(closeBrace, 0), text.GetText(statement) + " ");
        return [removal, insertion];
    }

    /// <summary>Moves <paramref name="statement"/> into a new block (<paramref name="header"/> { … }) written after the line of <paramref name="after"/>.</summary>
    public static TextEdit[] IntoNewBlock(SourceText text, TextSpan statement, int after, string header, string indent)
    {
        var removal = OwnsLines(text, statement) ? new TextEdit(LineExtent(text, statement), string.Empty) : Remove(text, statement);
        var at = text.GetLineEnd(text.GetPosition(after).Line);
        return [removal, new TextEdit(new TextSpan(at, 0), $"\n{indent}{header} {{\n{indent}  {text.GetText(statement)}\n{indent}}}")];
    }

    /// <summary>The indentation of the line holding <paramref name="offset"/>.</summary>
    public static string IndentAt(SourceText text, int offset)
    {
        var line = text.GetLineText(text.GetPosition(offset).Line);
        return line[..(line.Length - line.TrimStart().Length)];
    }

    /// <summary>True when nothing but blanks precedes the statement on its first line and nothing but blanks or a comment follows it on its last.</summary>
    private static bool OwnsLines(SourceText text, TextSpan span)
    {
        var first = text.GetPosition(span.Start).Line;
        var last = text.GetPosition(span.End).Line;
        var before = text.GetText(TextSpan.FromBounds(text.GetLineStart(first), span.Start));
        var after = text.GetText(TextSpan.FromBounds(span.End, text.GetLineEnd(last))).Trim();
        return before.Trim().Length == 0 && (after.Length == 0 || after.StartsWith("//", StringComparison.Ordinal));
    }

    /// <summary>The statement's whole lines, with the line break after them.</summary>
    private static TextSpan LineExtent(SourceText text, TextSpan span)
    {
        var start = text.GetLineStart(text.GetPosition(span.Start).Line);
        var last = text.GetPosition(span.End).Line;
        var end = last + 1 < text.LineCount ? text.GetLineStart(last + 1) : text.GetLineEnd(last);
        return TextSpan.FromBounds(start, end);
    }

    private static string WithNewline(string lines) => lines.EndsWith('\n') ? lines : lines + "\n";

    /// <summary>The statement's text and the blanks after it.</summary>
    private static TextEdit Remove(SourceText text, TextSpan span)
    {
        var end = span.End;
        while (end < text.Length && text.Text[end] is ' ' or '\t')
        {
            end++;
        }
        return new TextEdit(TextSpan.FromBounds(span.Start, end), string.Empty);
    }
}
