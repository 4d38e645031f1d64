namespace CodingDsl.Language.Classifications;

/// <summary>
/// The in-memory <see cref="IClassificationTable"/>: entries sorted by code (prefix lookups are a binary
/// search), a dictionary for exact lookups, children per category, and a title-word index. Built once,
/// never changed, so one instance serves every document and thread.
/// </summary>
public sealed class ClassificationTable : IClassificationTable
{
    private static readonly IReadOnlyList<ClassificationEntry> None = Array.Empty<ClassificationEntry>();

    private readonly ClassificationEntry[] _sorted;
    private readonly Dictionary<string, ClassificationEntry> _byCode;
    private readonly Dictionary<string, IReadOnlyList<ClassificationEntry>> _children;
    private readonly IReadOnlyList<ClassificationEntry> _entries;
    private readonly Lazy<TitleIndex> _titles;

    private ClassificationTable(
        CodeSystem system,
        string version,
        string displayName,
        bool isComplete,
        ClassificationEntry[] sorted,
        Dictionary<string, ClassificationEntry> byCode,
        Dictionary<string, IReadOnlyList<ClassificationEntry>> children)
    {
        System = system;
        Version = version;
        DisplayName = displayName;
        IsComplete = isComplete;
        _sorted = sorted;
        _byCode = byCode;
        _children = children;

        // Handed out read-only: a caller cannot cast them back to arrays and change a shared table.
        _entries = Array.AsReadOnly(sorted);

        // Built on first title search: checking files never pays for it, completion pays once.
        _titles = new Lazy<TitleIndex>(() => new TitleIndex(_sorted), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public CodeSystem System { get; }

    public string Version { get; }

    public string DisplayName { get; }

    public bool IsComplete { get; }

    public int Count => _sorted.Length;

    public IEnumerable<ClassificationEntry> Entries => _entries;

    /// <summary>
    /// Builds a table. Codes are normalised (<see cref="ClassificationCodes.Normalize"/>); the first entry
    /// for a code wins. In a complete table, a category that has codes but no row of its own (the
    /// OPCS-4.11 four-character list) gets an entry with an empty title, so "Y68.-" still resolves;
    /// a partial table (the ICD-10 starter) claims nothing it was not given.
    /// </summary>
    public static ClassificationTable Create(
        CodeSystem system,
        string version,
        string displayName,
        bool isComplete,
        IEnumerable<ClassificationEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byCode = new Dictionary<string, ClassificationEntry>(entries.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = ClassificationCodes.Normalize(entry.Code);
            if (key.Length == 0 || byCode.ContainsKey(key))
            {
                continue;
            }

            var isCategory = key.Length == 3;
            byCode[key] = key == entry.Code && isCategory == entry.IsCategory
                ? entry
                : entry with { Code = key, IsCategory = isCategory };
        }

        foreach (var key in isComplete ? byCode.Keys.ToArray() : [])
        {
            if (key.Length > 3 && ClassificationCodes.IsCategoryShape(key.AsSpan(0, 3)) && !byCode.ContainsKey(key[..3]))
            {
                byCode[key[..3]] = new ClassificationEntry(key[..3], string.Empty, IsCategory: true);
            }
        }

        var sorted = byCode.Values.ToArray();
        if (!IsSortedByCode(sorted))
        {
            // Tables usually come in code order (the bundled one and TRUD's do): no sort to pay then.
            Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Code, b.Code));
        }

        var children = new Dictionary<string, IReadOnlyList<ClassificationEntry>>(StringComparer.Ordinal);
        var i = 0;
        while (i < sorted.Length)
        {
            if (!sorted[i].IsCategory)
            {
                i++;
                continue;
            }

            var category = sorted[i].Code;
            var j = i + 1;
            while (j < sorted.Length && sorted[j].Code.StartsWith(category, StringComparison.Ordinal))
            {
                j++;
            }

            if (j > i + 1)
            {
                children[category] = Array.AsReadOnly(sorted[(i + 1)..j]);
            }

            i = j;
        }

        return new ClassificationTable(system, version, displayName, isComplete, sorted, byCode, children);
    }

    public ClassificationEntry? Find(string code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        return _byCode.TryGetValue(code, out var entry) || _byCode.TryGetValue(ClassificationCodes.Normalize(code), out entry)
            ? entry
            : null;
    }

    public IReadOnlyList<ClassificationEntry> GetChildren(string category)
    {
        var key = ClassificationCodes.Normalize(category ?? string.Empty);
        if (key.EndsWith(".-", StringComparison.Ordinal))
        {
            key = key[..^2];
        }

        return _children.TryGetValue(key, out var list) ? list : None;
    }

    public IReadOnlyList<ClassificationEntry> FindByPrefix(string prefix, int max)
    {
        if (max <= 0 || prefix is null)
        {
            return None;
        }

        var p = prefix.Trim().ToUpperInvariant();
        var lo = LowerBound(p);
        var result = new List<ClassificationEntry>(Math.Min(max, 64));
        for (var i = lo; i < _sorted.Length && result.Count < max && _sorted[i].Code.StartsWith(p, StringComparison.Ordinal); i++)
        {
            result.Add(_sorted[i]);
        }

        return result;
    }

    public IReadOnlyList<ClassificationEntry> SearchTitle(string query, int max) => _titles.Value.Search(query, max);

    /// <summary>
    /// Builds the title-word index now (once; later calls return at once). The language server calls it
    /// on a background thread when a table is loaded, so the first completion by title words does not
    /// pay the build (tens of ms) on the request path; a CLI run that never searches titles never builds it.
    /// </summary>
    public void PrepareTitleIndex() => _ = _titles.Value;

    public IReadOnlyList<ClassificationEntry> Suggest(string code, int max) => NearCodeFinder.Suggest(this, code ?? string.Empty, max);

    public (string Id, string Title)? GetChapter(string code) => System switch
    {
        CodeSystem.Opcs4 => OpcsChapters.Find(code),
        CodeSystem.Icd10 => Icd10Chapters.Find(code),
        _ => null,
    };

    public override string ToString() => $"{DisplayName} ({Count} codes)";

    private static bool IsSortedByCode(ClassificationEntry[] entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            if (string.CompareOrdinal(entries[i - 1].Code, entries[i].Code) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private int LowerBound(string prefix)
    {
        var lo = 0;
        var hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_sorted[mid].Code, prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
