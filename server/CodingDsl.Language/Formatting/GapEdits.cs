using System.Text;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Formatter;

/// <summary>
/// Turns the planned whitespace into edits. Each edit lies inside the whitespace between two
/// tokens (or comments) and is trimmed to the part that differs, so re-indenting a line touches only
/// that line's indentation, and any subset of the edits still keeps every token, in order (a
/// comment is always followed by a line break, in the text before and after every edit).
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
            var current = text.AsSpan(start, end - start);
            var wanted = gaps[i].AsSpan();
            if (current.SequenceEqual(wanted))
            {
                continue;
            }
            // Both keep a line break: the blanks ending the line above, the line breaks, and the next
            // line's indentation are three separate edits, so each touches only its own lines.
            var currentFirst = current.IndexOfAny('\r', '\n');
            var wantedFirst = wanted.IndexOfAny('\r', '\n');
            if (currentFirst >= 0 && wantedFirst >= 0)
            {
                var currentLast = current.LastIndexOfAny('\r', '\n') + 1;
                var wantedLast = wanted.LastIndexOfAny('\r', '\n') + 1;
                AddTrimmed(edits, start, current[..currentFirst], wanted[..wantedFirst]);
                AddTrimmed(edits, start + currentFirst, current[currentFirst..currentLast], wanted[wantedFirst..wantedLast]);
                AddTrimmed(edits, start + currentLast, current[currentLast..], wanted[wantedLast..]);
            }
            else
            {
                AddTrimmed(edits, start, current, wanted);
            }
        }
        return edits;
    }

    /// <summary>Adds the edit turning <paramref name="current"/> (at <paramref name="start"/>) into <paramref name="wanted"/>, less their common ends.</summary>
    private static void AddTrimmed(List<TextEdit> edits, int start, ReadOnlySpan<char> current, ReadOnlySpan<char> wanted)
    {
        if (current.SequenceEqual(wanted))
        {
            return;
        }
        var prefix = current.CommonPrefixLength(wanted);
        var suffix = 0;
        while (suffix < current.Length - prefix && suffix < wanted.Length - prefix
            && current[current.Length - 1 - suffix] == wanted[wanted.Length - 1 - suffix])
        {
            suffix++;
        }
        var edit = new TextEdit(
            TextSpan.FromBounds(start + prefix, start + current.Length - suffix),
            wanted[prefix..(wanted.Length - suffix)].ToString());
        if (edits.Count > 0 && edits[^1].Span.End == edit.Span.Start)
        {
            // Two edits meeting at one offset (two insertions there) would apply in an order clients
            // need not agree on: one edit says it plainly.
            var previous = edits[^1];
            edits[^1] = new TextEdit(TextSpan.FromBounds(previous.Span.Start, edit.Span.End), previous.NewText + edit.NewText);
            return;
        }
        edits.Add(edit);
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
