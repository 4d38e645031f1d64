namespace CodingDsl.Language.Text;

/// <summary>
/// Immutable document text with a line index. Offsets are UTF-16 code units, so they map one to one
/// onto LSP positions; "\r\n", "\n" and "\r" all end a line.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string text)
    {
        Text = text;
        lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => lineStarts.Length;

    public int GetLineStart(int line) => lineStarts[Math.Clamp(line, 0, lineStarts.Length - 1)];

    /// <summary>The offset just past the line's content, before its line break.</summary>
    public int GetLineEnd(int line)
    {
        line = Math.Clamp(line, 0, lineStarts.Length - 1);
        var end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        while (end > lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }
        return end;
    }

    public string GetLineText(int line) => Text[GetLineStart(line)..GetLineEnd(line)];

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public LineRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>Maps a position to an offset, clamping positions outside the document to its bounds.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= lineStarts.Length)
        {
            return Text.Length;
        }
        var start = lineStarts[position.Line];
        return Math.Clamp(start + Math.Max(0, position.Character), start, GetLineEnd(position.Line));
    }

    public string GetText(TextSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
