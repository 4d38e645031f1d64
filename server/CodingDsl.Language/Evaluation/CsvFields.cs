using System.Runtime.InteropServices;
using System.Text;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Splits one CSV record (RFC 4180: comma-separated, `"` quotes, `""` for a quote) into fields without
/// copying unquoted ones. A quoted field may run over lines: <see cref="IsOpen"/> says the record needs
/// the next line.
/// </summary>
internal sealed class CsvFields
{
    // An array and a count, not a List, and the record's characters as the array (or string) they are
    // in, not a Memory: a HES row has 45 fields and the reader asks for each (the reading thread is the
    // longer of evaluate's two).
    private (int Start, int Length, int Quoted)[] ranges = new (int, int, int)[64];
    private readonly List<string> unquoted = new();
    private char[]? lineArray;
    private string? lineString;
    private int lineOffset;

    public int Count { get; private set; }

    /// <summary>True when the record ends inside a quoted field.</summary>
    public bool IsOpen { get; private set; }

    public void Split(string text) => Split(text.AsMemory());

    /// <summary>Splits a record that stays where it is (a reader's buffer) until the fields are read.</summary>
    public void Split(ReadOnlyMemory<char> record)
    {
        if (MemoryMarshal.TryGetArray(record, out var segment))
        {
            (lineArray, lineString, lineOffset) = (segment.Array, null, segment.Offset);
        }
        else
        {
            MemoryMarshal.TryGetString(record, out lineString, out lineOffset, out _);
            lineArray = null;
        }
        var text = record.Span;
        Count = 0;
        unquoted.Clear();
        IsOpen = false;
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                var builder = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        IsOpen = true;
                        return;
                    }
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            builder.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    builder.Append(text[i++]);
                }
                unquoted.Add(builder.ToString());
                Add((0, 0, unquoted.Count));
                var comma = text[i..].IndexOf(',');
                if (comma < 0)
                {
                    return;
                }
                i += comma + 1;
            }
            else
            {
                // A loop, not IndexOf: HES fields are one to five characters ("-", "J124"), too short
                // for a vectorised search to win back its set-up (it was the reader's largest cost).
                var end = i;
                while (end < text.Length && text[end] != ',')
                {
                    end++;
                }
                Add((i, end - i, 0));
                if (end == text.Length)
                {
                    return;
                }
                i = end + 1;
            }
        }
    }

    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var (start, length, quoted) = ranges[index];
            return quoted > 0 ? unquoted[quoted - 1].AsSpan()
                : lineArray is not null ? new ReadOnlySpan<char>(lineArray, lineOffset + start, length)
                : lineString.AsSpan(lineOffset + start, length);
        }
    }

    private void Add((int Start, int Length, int Quoted) range)
    {
        if (Count == ranges.Length)
        {
            Array.Resize(ref ranges, ranges.Length * 2);
        }
        ranges[Count++] = range;
    }
}
