using System.Text;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Formatter;

/// <summary>
/// Turns the planned whitespace into edits. Each edit lies inside the whitespace between two
/// tokens (or comments) and is trimmed to the part that differs, so re-indenting a line touches only
/// that line's indentation, and any subset of the edits still keeps every token, in order.
/// </summary>
internal static class GapEdits
{
    public static List<TextEdit> Compute(string text, IReadOnlyList<LayoutToken> tokens, string[] gaps)
    {
        var edits = new List<TextEdit>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var start = i == 0 ? 0 : tokens[i - 1].Span.End;
            var end = i < tokens.Count ? tokens[i].Span.Start : text.Length;
            var wanted = gaps[i];
            var current = text.AsSpan(start, end - start);
            if (current.SequenceEqual(wanted))
            {
                continue;
            }
            var prefix = current.CommonPrefixLength(wanted);
            var suffix = 0;
            while (suffix < current.Length - prefix && suffix < wanted.Length - prefix
                && current[current.Length - 1 - suffix] == wanted[wanted.Length - 1 - suffix])
            {
                suffix++;
            }
            edits.Add(new TextEdit(
                TextSpan.FromBounds(start + prefix, end - suffix),
                wanted.Substring(prefix, wanted.Length - prefix - suffix)));
        }
        return edits;
    }

    /// <summary>Applies edits in document order in one pass (<see cref="TextEdit.Apply"/> copies the text once an edit).</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in edits)
        {
            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The edits that touch only lines <paramref name="firstLine"/>..<paramref name="lastLine"/> (0-based, inclusive).</summary>
    public static List<TextEdit> WithinLines(SourceText source, IEnumerable<TextEdit> edits, int firstLine, int lastLine) =>
        edits.Where(e => source.GetPosition(e.Span.Start).Line >= firstLine && source.GetPosition(e.Span.End).Line <= lastLine).ToList();
}
