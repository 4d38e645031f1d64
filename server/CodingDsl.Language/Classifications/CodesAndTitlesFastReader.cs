using System.Text;

namespace CodingDsl.Language.Classifications;

/// <summary>
/// Reads a CODE&lt;TAB&gt;TITLE table whose every line is already well-formed (the bundled OPCS-4.10
/// table) straight from its UTF-8 bytes: no text of the whole file, no line list, no field arrays and
/// no per-line problem bookkeeping, only the code and title strings the table keeps. A cold `check`
/// pays this load on its own path, and the general reader's garbage cost it a collection
/// (docs/performance.md, "Session 9: check cold"). Any line the general reader would treat
/// differently (a header, a code not in key form, a usage column, a missing title) makes it give up,
/// and the caller reads the text the general way, so both paths always give the same table.
/// </summary>
internal static class CodesAndTitlesFastReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The entries in file order, or null when some line needs the general reader.</summary>
    public static List<ClassificationEntry>? TryRead(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }
        else if (utf8.Length >= 2 && (utf8[0] is 0xFE or 0xFF || utf8[1] == 0))
        {
            return null; // UTF-16 or -32: the general reader's StreamReader decodes it
        }

        // About 50 bytes a row in OPCS-4's CodesAndTitles.
        var entries = new List<ClassificationEntry>(utf8.Length / 48 + 1);
        var rest = utf8;
        while (rest.Length > 0)
        {
            // Lines end at \r, \n or \r\n (as StringReader.ReadLine reads them); the empty "lines"
            // between \r and \n are blank, and blank lines are skipped by both readers. UTF-8 never
            // uses these bytes, or the tab, inside a multi-byte character, so cutting bytes there
            // cuts the decoded text at the same places.
            var end = rest.IndexOfAny((byte)'\r', (byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];

            var tab = line.IndexOf((byte)'\t');
            if (tab < 0)
            {
                if (line.IsEmpty || Encoding.UTF8.GetString(line).AsSpan().IsWhiteSpace())
                {
                    continue;
                }

                return null;
            }

            var code = Encoding.UTF8.GetString(line[..tab]);
            var title = Encoding.UTF8.GetString(line[(tab + 1)..]).Trim();

            // A third column is a usage (dagger/asterisk) to the general reader: not for this path.
            if (!ClassificationCodes.IsCodeShape(code) || title.Length == 0 || title.Contains('\t'))
            {
                return null;
            }

            entries.Add(new ClassificationEntry(code, title, code.Length == 3));
        }

        return entries;
    }
}
