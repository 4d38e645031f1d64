using System.Globalization;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Where an episode file gives the episode's date, and how it is written. Simple CSV and JSON: a
/// `date` column or property. HES: `epistart` (the episode's start), else `admidate` (admission).
/// Dates are ISO `2026-04-01`, HES `20260401`, or day first `01/04/2026`; HES's placeholders for an
/// unknown date (`1800-01-01`, `1801-01-01`) and an empty field mean no date.
/// </summary>
public static class EpisodeDate
{
    /// <summary>Column names in order of preference (lower case, as the readers compare them).</summary>
    public static readonly string[] Columns = ["date", "epistart", "admidate"];

    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyyMMdd", "dd/MM/yyyy"];

    /// <summary>The index of the date column among lower-case header names; -1 when there is none.</summary>
    public static int FindColumn(IReadOnlyList<string> names)
    {
        foreach (var column in Columns)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] == column)
                {
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>Reads a date field: true with a date or null (no date); false with a one-line reason.</summary>
    public static bool TryRead(ReadOnlySpan<char> field, out DateOnly? date, out string? problem)
    {
        date = null;
        problem = null;
        var text = field.Trim();
        if (text.IsEmpty || text is "-" or "&")
        {
            return true;
        }
        if (!DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            problem = $"date '{text.ToString()}' is not a date: write 2026-04-01 (or HES 20260401, or 01/04/2026)";
            return false;
        }
        if (parsed.Year is 1800 or 1801 && parsed.Month == 1 && parsed.Day == 1)
        {
            return true;
        }
        date = parsed;
        return true;
    }
}
