namespace CodingDsl.Language.Classifications;

/// <summary>
/// Reads a CODE&lt;TAB&gt;TITLE table whose every line is already well-formed (the bundled OPCS-4.10
/// table) straight from its text, without the general reader's line list, field arrays and
/// per-line problem bookkeeping: a cold `check` pays this load on its own path (docs/performance.md,
/// "Session 9: check cold"). Any line the general reader would treat differently (a header, a code
/// not in key form, a missing title) makes it give up, and the caller reads the text the general
/// way, so both paths always give the same table.
/// </summary>
internal static class CodesAndTitlesFastReader
{
    /// <summary>The entries in file order, or null when some line needs the general reader.</summary>
    public static List<ClassificationEntry>? TryRead(string text)
    {
        var entries = new List<ClassificationEntry>(text.Length / 40 + 1);
        var rest = text.AsSpan();
        if (rest.Length > 0 && rest[0] == '\uFEFF')
        {
            rest = rest[1..];
        }

        while (rest.Length > 0)
        {
            // Lines end at \r, \n or \r\n (as StringReader.ReadLine reads them); the empty "lines"
            // between \r and \n are blank, and blank lines are skipped by both readers.
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                return null;
            }

            // A third column is a usage (dagger/asterisk) to the general reader: not for this path.
            var code = line[..tab];
            var title = line[(tab + 1)..].Trim();
            if (!ClassificationCodes.IsCodeShape(code) || title.IsEmpty || title.Contains('\t'))
            {
                return null;
            }

            var codeText = code.ToString();
            entries.Add(new ClassificationEntry(codeText, title.ToString(), codeText.Length == 3));
        }

        return entries;
    }
}
