using System.Text;

namespace CodingDsl.Export.Tests.Evaluation.Reference;

/// <summary>
/// The CSV splitter of <see cref="ReadLineEpisodeReader"/>, unchanged from main at 8931b7d (the oracle). Splits one CSV record (RFC 4180: comma-separated, `"` quotes, `""` for a quote) into fields without
/// copying unquoted ones. A quoted field may run over lines: <see cref="IsOpen"/> says the record needs
/// the next line.
/// </summary>
internal sealed class ReadLineCsvFields
{
    private readonly List<(int Start, int Length, int Quoted)> ranges = new();
    private readonly List<string> unquoted = new();
    private string line = "";

    public int Count => ranges.Count;

    /// <summary>True when the record ends inside a quoted field.</summary>
    public bool IsOpen { get; private set; }

    public void Split(string text)
    {
        line = text;
        ranges.Clear();
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
                ranges.Add((0, 0, unquoted.Count));
                var comma = text.IndexOf(',', i);
                if (comma < 0)
                {
                    return;
                }
                i = comma + 1;
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
                ranges.Add((i, end - i, 0));
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
            var (start, length, quoted) = ranges[index];
            return quoted > 0 ? unquoted[quoted - 1].AsSpan() : line.AsSpan(start, length);
        }
    }
}
