namespace CodingDsl.Language.Classifications;

/// <summary>
/// OPCS-4 chapters by their letter, with the chapter titles of the OPCS-4 Tabular List (sentence case).
/// Chapters Y and Z are subsidiary: their codes are recorded only after a main procedure code.
/// </summary>
public static class OpcsChapters
{
    private static readonly IReadOnlyDictionary<char, string> Titles = new Dictionary<char, string>
    {
        ['A'] = "Nervous system",
        ['B'] = "Endocrine system and breast",
        ['C'] = "Eye",
        ['D'] = "Ear",
        ['E'] = "Respiratory tract",
        ['F'] = "Mouth",
        ['G'] = "Upper digestive system",
        ['H'] = "Lower digestive system",
        ['J'] = "Other abdominal organs, principally digestive",
        ['K'] = "Heart",
        ['L'] = "Arteries and veins",
        ['M'] = "Urinary",
        ['N'] = "Male genital organs",
        ['O'] = "Overflow codes",
        ['P'] = "Lower female genital tract",
        ['Q'] = "Upper female genital tract",
        ['R'] = "Female genital tract associated with pregnancy, childbirth and the puerperium",
        ['S'] = "Skin",
        ['T'] = "Soft tissue",
        ['U'] = "Diagnostic imaging, testing and rehabilitation",
        ['V'] = "Bones and joints of skull and spine",
        ['W'] = "Other bones and joints",
        ['X'] = "Miscellaneous operations",
        ['Y'] = "Subsidiary classification of methods of operation",
        ['Z'] = "Subsidiary classification of sites of operation",
    };

    /// <summary>All chapters in letter order (O, the overflow chapter, sorts between N and P).</summary>
    public static IReadOnlyList<(string Id, string Title)> All { get; } =
        Titles.OrderBy(p => p.Key).Select(p => (p.Key.ToString(), p.Value)).ToArray();

    /// <summary>The chapter of a code or chapter letter ("J12.4", "J"), or null for anything else.</summary>
    public static (string Id, string Title)? Find(string code)
    {
        var s = code?.Trim() ?? string.Empty;
        if (s.Length == 0)
        {
            return null;
        }

        var letter = char.ToUpperInvariant(s[0]);
        return Titles.TryGetValue(letter, out var title) ? (letter.ToString(), title) : null;
    }

    /// <summary>True for chapters Y and Z, whose codes are never recorded alone.</summary>
    public static bool IsSubsidiary(string code)
    {
        var s = code?.Trim() ?? string.Empty;
        return s.Length > 0 && IsSubsidiaryChapter(char.ToUpperInvariant(s[0]));
    }

    /// <summary>A code of <paramref name="system"/> whose chapter letter is <paramref name="letter"/> is subsidiary: OPCS-4 chapters Y and Z (used by the matcher's `subsidiary`/`main`, the rule checker, the evaluator and hover).</summary>
    public static bool IsSubsidiary(CodeSystem system, char letter) => system == CodeSystem.Opcs4 && IsSubsidiaryChapter(letter);

    private static bool IsSubsidiaryChapter(char letter) => letter is 'Y' or 'Z';
}
