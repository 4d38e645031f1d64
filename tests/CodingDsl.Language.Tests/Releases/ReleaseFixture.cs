using System.Text;

namespace CodingDsl.Language.Tests;

/// <summary>
/// Test tables for release changes, built from ../shared (never shipped). OPCS-4.10 is the shared
/// TRUD CodesAndTitles file. The OPCS-4.11 fixture is written in the same layout from the shared
/// four-character list of 4.11 (no categories; abbreviated upper-case Metadata titles):
/// <list type="bullet">
/// <item>its four-character codes are exactly the list's (so the 4.10 codes it lacks, such as Y76.4, are retired in the fixture);</item>
/// <item>a code in both releases keeps its 4.10 title when the 4.11 title is that title cut short (the Metadata
/// column holds 60 characters) or "OTHER SPECIFIED"/"UNSPECIFIED"; otherwise it takes the 4.11 title in
/// sentence case (M10.4 becomes "Percutaneous endoscopic cryoablation of lesion of kidney");</item>
/// <item>a new code takes its 4.11 title in sentence case (Y68.2 "Approach to organ under near infrared fluorescence control");</item>
/// <item>categories keep their 4.10 row when the category still has codes; new categories have no row
/// (the loader gives them an empty title); undivided 4.10 categories are kept as they are.</item>
/// </list>
/// </summary>
internal static class ReleaseFixture
{
    public const string Opcs411FileName = "opcs-4.11-fixture.txt";

    private static readonly Lazy<string> Opcs411Text = new(Build);

    public static string Opcs410Path => Path.Combine(RepoPaths.Shared, "data", "classifications", "opcs4", "OPCS410 CodesAndTitles.txt");

    public static string Opcs411ListPath => Path.Combine(RepoPaths.Shared, "data", "classifications", "opcs4", "opcs-4.11-four-character-codes.tsv");

    /// <summary>The fixture's text, in the TRUD CodesAndTitles layout (CRLF, no header).</summary>
    public static string Opcs411 => Opcs411Text.Value;

    /// <summary>
    /// Writes the 4.11 fixture and a codingdsl.json into <paramref name="folder"/>: OPCS-4.10 first (the
    /// default, at its shared path) and 4.11 beside it, each with its `inForceFrom` when given.
    /// </summary>
    public static void WriteConfiguration(string folder, string? opcs410From = null, string? opcs411From = null)
    {
        File.WriteAllText(Path.Combine(folder, Opcs411FileName), Opcs411, new UTF8Encoding(false));
        static string From(string? date) => date is null ? string.Empty : $", \"inForceFrom\": \"{date}\"";
        var json = "{\n  \"classifications\": {\n    \"opcs\": [\n"
            + $"      {{ \"version\": \"4.10\", \"path\": \"{Opcs410Path.Replace("\\", "\\\\")}\"{From(opcs410From)} }},\n"
            + $"      {{ \"version\": \"4.11\", \"path\": \"{Opcs411FileName}\", \"format\": \"codes-and-titles\"{From(opcs411From)} }}\n"
            + "    ]\n  }\n}\n";
        File.WriteAllText(Path.Combine(folder, "codingdsl.json"), json, new UTF8Encoding(false));
    }

    private static string Build()
    {
        var old = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var line in File.ReadLines(Opcs410Path))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                old[line[..tab]] = line[(tab + 1)..].TrimEnd('\r');
                order.Add(line[..tab]);
            }
        }
        var codes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Opcs411ListPath).Skip(1))
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length >= 2 && parts[0].Length == 5)
            {
                codes[parts[0]] = parts[1];
            }
        }
        var categories = codes.Keys.Select(c => c[..3]).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder();
        var undivided = order.Where(c => c.Length == 3 && !old.Keys.Any(k => k.Length == 5 && k.StartsWith(c, StringComparison.Ordinal)));
        foreach (var category in categories.Concat(undivided).Distinct().Order(StringComparer.Ordinal))
        {
            if (old.TryGetValue(category, out var categoryTitle))
            {
                text.Append(category).Append('\t').Append(categoryTitle).Append("\r\n");
            }
            foreach (var (code, upper) in codes.Where(c => c.Key.StartsWith(category, StringComparison.Ordinal)))
            {
                text.Append(code).Append('\t').Append(Title(old.GetValueOrDefault(code), upper)).Append("\r\n");
            }
        }
        return text.ToString();
    }

    private static string Title(string? old, string upper)
    {
        if (old is not null && (upper is "OTHER SPECIFIED" or "UNSPECIFIED" || old.StartsWith(upper, StringComparison.OrdinalIgnoreCase)))
        {
            return old;
        }
        var words = upper.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "nec" or "noc")
            {
                words[i] = words[i].ToUpperInvariant();
            }
        }
        var sentence = string.Join(' ', words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }
}
