namespace CodingDsl.Language.Classifications;

/// <summary>
/// Reads TRUD OPCS-4 *CodesAndTitles* (CODE&lt;TAB&gt;TITLE, no header) and the simple
/// code&lt;TAB&gt;title[&lt;TAB&gt;usage] format with an optional header naming its columns.
/// </summary>
internal static class TsvTableReader
{
    private static readonly string[] CodeHeaders = ["code", "icd10_code", "opcs_code"];
    private static readonly string[] TitleHeaders = ["title", "description", "fourth_character_title", "term"];

    public static void Read(IReadOnlyList<string> lines, TableBuilder builder)
    {
        int codeColumn = 0, titleColumn = 1, usageColumn = 2;
        var first = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (first)
            {
                first = false;
                if (!ClassificationCodes.IsCodeShape(ClassificationCodes.Normalize(fields[0])))
                {
                    // A header: find the columns by name, keep the defaults for names we do not know.
                    codeColumn = IndexOf(fields, CodeHeaders) ?? 0;
                    titleColumn = IndexOf(fields, TitleHeaders) ?? 1;
                    usageColumn = IndexOf(fields, ["usage"]) ?? -1;
                    continue;
                }
            }

            if (fields.Length <= Math.Max(codeColumn, titleColumn))
            {
                builder.Skip(i + 1, "expected a code, a tab and a title");
                continue;
            }

            var code = ClassificationCodes.Normalize(fields[codeColumn]);
            if (!ClassificationCodes.IsCodeShape(code))
            {
                builder.Skip(i + 1, $"'{Shorten(fields[codeColumn])}' is not a code (expected a letter, two digits and an optional .digit)");
                continue;
            }

            var title = fields[titleColumn].Trim();
            if (title.Length == 0)
            {
                builder.Skip(i + 1, $"{code} has no title");
                continue;
            }

            var usage = CodeUsage.Default;
            if (usageColumn >= 0 && usageColumn < fields.Length && !TryParseUsage(fields[usageColumn], out usage))
            {
                builder.Skip(i + 1, $"{code}: usage '{Shorten(fields[usageColumn])}' is not dagger, asterisk or default");
                continue;
            }

            builder.Add(new ClassificationEntry(code, title, code.Length == 3, usage), i + 1);
        }
    }

    /// <summary>dagger/†/+, asterisk/*, default or empty; TRUD's truncated "ASTERIS" too.</summary>
    internal static bool TryParseUsage(string text, out CodeUsage usage)
    {
        var t = text.Trim();
        usage = CodeUsage.Default;
        if (t.Length == 0 || t.Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (t is "†" or "+" || t.StartsWith("dag", StringComparison.OrdinalIgnoreCase))
        {
            usage = CodeUsage.Dagger;
            return true;
        }

        if (t is "*" || t.StartsWith("ast", StringComparison.OrdinalIgnoreCase))
        {
            usage = CodeUsage.Asterisk;
            return true;
        }

        return false;
    }

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static int? IndexOf(string[] fields, string[] names)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (names.Contains(fields[i].Trim().TrimStart('\uFEFF'), StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }
}
