namespace CodingDsl.Language.Classifications;

/// <summary>
/// Reads the TRUD OPCS-4 *Metadata* file: fixed-width rows with the undotted code at characters
/// [12,24), the category title at [24,84), the fourth-character title at [84,191), sex scrutiny at
/// [191,193). Each category gets an entry from the category title of its first row.
/// </summary>
internal static class OpcsMetadataReader
{
    internal const int CodeStart = 12, CodeEnd = 24, CategoryEnd = 84, FourthEnd = 191, SexEnd = 193;

    public static void Read(IReadOnlyList<string> lines, TableBuilder builder)
    {
        var categories = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length < CategoryEnd - 40)
            {
                builder.Skip(i + 1, "row is too short for the OPCS-4 Metadata layout");
                continue;
            }

            var raw = Field(line, CodeStart, CodeEnd);
            var code = ClassificationCodes.Normalize(raw);
            if (!ClassificationCodes.IsCodeShape(code))
            {
                builder.Skip(i + 1, $"'{TsvTableReader.Shorten(raw)}' at characters 13–24 is not an OPCS-4 code");
                continue;
            }

            var categoryTitle = Field(line, CodeEnd, CategoryEnd);
            var fourthTitle = Field(line, CategoryEnd, FourthEnd);
            var sex = Field(line, FourthEnd, SexEnd).ToUpperInvariant() switch
            {
                "M" => 'M',
                "F" => 'F',
                _ => (char?)null,
            };

            var category = code[..3];
            if (categoryTitle.Length > 0 && categories.Add(category))
            {
                builder.Add(new ClassificationEntry(category, categoryTitle, IsCategory: true), i + 1);
            }

            if (code.Length == 3)
            {
                continue;
            }

            var title = fourthTitle.Length > 0 ? FullTitle(fourthTitle, categoryTitle) : categoryTitle;
            if (title.Length == 0)
            {
                builder.Skip(i + 1, $"{code} has no title");
                continue;
            }

            builder.Add(new ClassificationEntry(code, title, IsCategory: false, Sex: sex), i + 1);
        }
    }

    /// <summary>
    /// The file gives .8 and .9 only "OTHER SPECIFIED" and "UNSPECIFIED"; their full titles (as the
    /// CodesAndTitles file and the Tabular List print them) add the category title: "OTHER SPECIFIED
    /// OTHER APPROACH TO ORGAN UNDER IMAGE CONTROL". So titles compare across the two layouts.
    /// </summary>
    private static string FullTitle(string fourthTitle, string categoryTitle) =>
        categoryTitle.Length > 0 && (fourthTitle.Equals("OTHER SPECIFIED", StringComparison.OrdinalIgnoreCase) || fourthTitle.Equals("UNSPECIFIED", StringComparison.OrdinalIgnoreCase))
            ? $"{fourthTitle} {categoryTitle}"
            : fourthTitle;

    private static string Field(string line, int start, int end) =>
        start >= line.Length ? string.Empty : line[start..Math.Min(end, line.Length)].Trim();
}
