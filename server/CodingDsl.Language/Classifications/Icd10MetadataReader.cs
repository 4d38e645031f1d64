using System.Globalization;

namespace CodingDsl.Language.Classifications;

/// <summary>
/// Reads TRUD's ICD-10 5th Edition *CodesAndTitlesAndMetadata*: a header row (ICD10_CODE ALT_CODE
/// USAGE USAGE_UK DESCRIPTION MODIFIER_4 MODIFIER_5 QUALIFIERS GENDER_MASK MIN_AGE MAX_AGE
/// TREE_DESCRIPTION), tab-separated rows, and a WHO permission line at the end. Columns are found by
/// name, so a reordered release still reads.
/// </summary>
internal static class Icd10MetadataReader
{
    public static void Read(IReadOnlyList<string> lines, TableBuilder builder)
    {
        var headerIndex = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            builder.FatalError = "the file is empty";
            return;
        }

        var header = lines[headerIndex].TrimStart('\uFEFF').Split('\t').Select(h => h.Trim().ToUpperInvariant()).ToList();
        int Col(params string[] names) => names.Select(n => header.IndexOf(n)).FirstOrDefault(ix => ix >= 0, -1);
        var code = Col("ICD10_CODE", "CODE");
        var description = Col("DESCRIPTION");
        if (code < 0 || description < 0)
        {
            builder.FatalError = "the header row names no ICD10_CODE and DESCRIPTION columns";
            return;
        }

        var altCode = Col("ALT_CODE");
        var usage = Col("USAGE");
        var usageUk = Col("USAGE_UK");
        var modifier4 = Col("MODIFIER_4");
        var modifier5 = Col("MODIFIER_5");
        var gender = Col("GENDER_MASK");
        var minAge = Col("MIN_AGE");
        var maxAge = Col("MAX_AGE");

        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length == 1 && line.Contains("WHO", StringComparison.Ordinal))
            {
                continue; // the permission note TRUD puts at the end
            }

            string Get(int column) => column >= 0 && column < fields.Length ? fields[column].Trim() : string.Empty;

            // ALT_CODE is the precise one: fifth-character codes share ICD10_CODE ("M90.0") but not
            // ALT_CODE ("M9000" → M90.00), and X-filled undivided codes ("I10X") are the category.
            var key = ClassificationCodes.Normalize(Get(code));
            var alternative = ClassificationCodes.Normalize(Get(altCode));
            if (ClassificationCodes.IsCodeShape(alternative) && alternative.StartsWith(key, StringComparison.Ordinal))
            {
                key = alternative;
            }

            if (!ClassificationCodes.IsCodeShape(key))
            {
                builder.Skip(i + 1, $"'{TsvTableReader.Shorten(Get(code))}' is not an ICD-10 code");
                continue;
            }

            var title = Compose(Get(description), Get(modifier4), Get(modifier5));
            if (title.Length == 0)
            {
                builder.Skip(i + 1, $"{key} has no description");
                continue;
            }

            if (!TsvTableReader.TryParseUsage(Get(usage), out var codeUsage))
            {
                builder.Skip(i + 1, $"{key}: USAGE '{TsvTableReader.Shorten(Get(usage))}' is not DEFAULT, DAGGER or ASTERISK");
                continue;
            }

            if (Get(usage).Length == 0)
            {
                // USAGE_UK: 1 and 4 dagger, 2 asterisk, 3 default.
                codeUsage = Get(usageUk) switch
                {
                    "1" or "4" => CodeUsage.Dagger,
                    "2" => CodeUsage.Asterisk,
                    _ => CodeUsage.Default,
                };
            }

            char? sex = Get(gender) switch
            {
                "1" => 'F',
                "2" => 'M',
                _ => null,
            };

            builder.Add(new ClassificationEntry(key, title, key.Length == 3, codeUsage, sex, Age(Get(minAge)), Age(Get(maxAge))), i + 1);
        }
    }

    // Codes that share a category description carry their own words in MODIFIER_4/5
    // ("Type 1 diabetes mellitus" + "With coma").
    private static string Compose(string description, string modifier4, string modifier5)
    {
        var title = description;
        foreach (var modifier in new[] { modifier4, modifier5 })
        {
            if (modifier.Length == 0)
            {
                continue;
            }

            var lowered = modifier.Length > 1 && char.IsUpper(modifier[0]) && char.IsLower(modifier[1])
                ? char.ToLowerInvariant(modifier[0]) + modifier[1..]
                : modifier;
            title = title.Length == 0 ? modifier : $"{title}, {lowered}";
        }

        return title;
    }

    private static int? Age(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age : null;
}
