using CodingDsl.Language.Classifications;

namespace CodingDsl.Bench.Corpus;

/// <summary>One code with its official title, as the generator writes it.</summary>
internal readonly record struct TitledCode(string Code, string Title);

/// <summary>
/// The codes the generator draws from, taken from the real tables: OPCS-4.10 main codes (chapters A–X),
/// the Y53/Y68 image-control codes and other subsidiary codes; ICD-10 codes from the bundled starter
/// table (checked exactly) and, when the WHO 2016 table is at hand, categories from it (not in the
/// starter table, so the checker reports them as information — as a user without a full table sees).
/// </summary>
internal sealed class CodePools
{
    // The standard library's states-imaging-method set: these main codes need no Y53/Y68 code, so the
    // generator leaves them out of image-guided sections to keep "clean" files clean.
    private static readonly HashSet<string> StatesImagingMethod = ["L86.2", "O15.1", "Q51.1", "W92.3"];

    private CodePools(
        IReadOnlyList<TitledCode> opcsMain,
        IReadOnlyList<TitledCode> imageControl,
        IReadOnlyList<TitledCode> imageControlCategories,
        IReadOnlyList<TitledCode> otherSubsidiary,
        IReadOnlyList<TitledCode> icdStarter,
        IReadOnlyList<TitledCode> icdStarterCategories,
        IReadOnlyList<TitledCode> icdWhoCategories)
    {
        OpcsMain = opcsMain;
        ImageControl = imageControl;
        ImageControlCategories = imageControlCategories;
        OtherSubsidiary = otherSubsidiary;
        IcdStarter = icdStarter;
        IcdStarterCategories = icdStarterCategories;
        IcdWhoCategories = icdWhoCategories;
    }

    /// <summary>Four-character OPCS-4 codes of chapters A–X (main procedure codes).</summary>
    public IReadOnlyList<TitledCode> OpcsMain { get; }

    /// <summary>Y53.x and Y68.x codes.</summary>
    public IReadOnlyList<TitledCode> ImageControl { get; }

    /// <summary>Y53 and Y68 themselves, written as Y53.- / Y68.-.</summary>
    public IReadOnlyList<TitledCode> ImageControlCategories { get; }

    /// <summary>Chapter Y codes other than Y53/Y68 (lasers, approaches, …) and chapter Z site codes.</summary>
    public IReadOnlyList<TitledCode> OtherSubsidiary { get; }

    /// <summary>Four-character codes of the ICD-10 starter table, not asterisk/dagger.</summary>
    public IReadOnlyList<TitledCode> IcdStarter { get; }

    /// <summary>Three-character categories of the starter table with children in ICD-10 (C18, I20, …).</summary>
    public IReadOnlyList<TitledCode> IcdStarterCategories { get; }

    /// <summary>WHO ICD-10 categories with subdivisions; empty when the WHO file is not present.</summary>
    public IReadOnlyList<TitledCode> IcdWhoCategories { get; }

    private static readonly string[] ImageControlCategoryCodes = ["Y53", "Y68"];

    public static CodePools Load(string? whoIcd10Path)
    {
        var opcs = BundledTables.Opcs410;
        var opcsEntries = opcs.Entries.OrderBy(e => e.Code, StringComparer.Ordinal).ToArray();
        var main = opcsEntries
            .Where(e => !e.IsCategory && e.Code.Length == 5 && e.Code[0] < 'Y' && !StatesImagingMethod.Contains(e.Code))
            .Select(e => new TitledCode(e.Code, e.Title)).ToArray();
        var imageControl = opcs.GetChildren("Y53").Concat(opcs.GetChildren("Y68"))
            .Select(e => new TitledCode(e.Code, e.Title)).ToArray();
        var imageCategories = ImageControlCategoryCodes
            .Select(c => new TitledCode(c + ".-", opcs.Find(c)?.Title ?? c)).ToArray();
        var subsidiary = opcsEntries
            .Where(e => !e.IsCategory && e.Code.Length == 5 && e.Code[0] is 'Y' or 'Z'
                && !e.Code.StartsWith("Y53", StringComparison.Ordinal) && !e.Code.StartsWith("Y68", StringComparison.Ordinal))
            .Select(e => new TitledCode(e.Code, e.Title)).ToArray();

        var starter = BundledTables.Icd10Starter.Entries
            .Where(e => e.Usage == CodeUsage.Default)
            .OrderBy(e => e.Code, StringComparer.Ordinal).ToArray();
        var starterCodes = starter.Where(e => !e.IsCategory).Select(e => new TitledCode(e.Code, e.Title)).ToArray();
        var starterCategories = starter.Where(e => e.IsCategory && e.Code is not ("C64" or "C65"))
            .Select(e => new TitledCode(e.Code + ".-", e.Title)).ToArray();

        return new CodePools(main, imageControl, imageCategories, subsidiary, starterCodes, starterCategories, WhoCategories(whoIcd10Path));
    }

    /// <summary>Categories (three characters) of the WHO file that have at least one subdivision, in code order.</summary>
    private static TitledCode[] WhoCategories(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var divided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }
            var code = line[..tab];
            if (code.Length == 3)
            {
                titles[code] = line[(tab + 1)..];
            }
            else if (code.Length > 4 && code[3] == '.')
            {
                divided.Add(code[..3]);
            }
        }

        // Skip the starter table's own categories (they are checked exactly) and the asterisk-heavy
        // categories whose usage the WHO file does not mark.
        return titles.Where(t => divided.Contains(t.Key) && BundledTables.Icd10Starter.Find(t.Key) is null)
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new TitledCode(t.Key + ".-", t.Value)).ToArray();
    }
}
