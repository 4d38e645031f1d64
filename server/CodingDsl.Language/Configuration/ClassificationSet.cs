using CodingDsl.Language.Classifications;
using CodingDsl.Language.Classifications.Snomed;

namespace CodingDsl.Language.Configuration;

/// <summary>
/// The tables a document is checked against: a default OPCS-4 and ICD-10 table (the first configured,
/// else the bundled ones), the other configured versions for guidances that declare them
/// (`classifications opcs-4.11`), and the SNOMED CT concept file when one is set.
/// </summary>
public sealed class ClassificationSet
{
    public ClassificationSet(
        IReadOnlyList<IClassificationTable> opcsTables,
        IReadOnlyList<IClassificationTable> icd10Tables,
        SnomedConceptTable? snomed,
        IReadOnlyList<ConfigProblem> problems,
        IReadOnlyDictionary<IClassificationTable, DateOnly>? inForceFrom = null)
    {
        _inForceFrom = inForceFrom ?? new Dictionary<IClassificationTable, DateOnly>();
        OpcsTables = opcsTables;
        Icd10Tables = icd10Tables;
        Snomed = snomed;
        Problems = problems;
    }

    private readonly IReadOnlyDictionary<IClassificationTable, DateOnly> _inForceFrom;

    /// <summary>Bundled OPCS-4.10 and the ICD-10 starter table; no SNOMED CT concepts.</summary>
    public static ClassificationSet Bundled { get; } = new(
        Array.Empty<IClassificationTable>(), Array.Empty<IClassificationTable>(), null, Array.Empty<ConfigProblem>());

    /// <summary>Configured OPCS-4 tables that loaded, in config order.</summary>
    public IReadOnlyList<IClassificationTable> OpcsTables { get; }

    /// <summary>Configured ICD-10 tables that loaded, in config order.</summary>
    public IReadOnlyList<IClassificationTable> Icd10Tables { get; }

    public IClassificationTable Opcs => OpcsTables.Count > 0 ? OpcsTables[0] : BundledTables.Opcs410;

    public IClassificationTable Icd10 => Icd10Tables.Count > 0 ? Icd10Tables[0] : BundledTables.Icd10Starter;

    /// <summary>The configured RF2 concept file; null when none is set (ids are then checked structurally only).</summary>
    public SnomedConceptTable? Snomed { get; }

    /// <summary>Tables that could not be read, malformed lines skipped: located at their entry in codingdsl.json.</summary>
    public IReadOnlyList<ConfigProblem> Problems { get; }

    /// <summary>True when ICD-10 codes are checked against the partial starter table (say <see cref="BundledTables.Icd10StarterNotice"/> once).</summary>
    public bool UsesIcd10Starter => Icd10Tables.Count == 0;

    public IClassificationTable GetDefault(CodeSystem system) => system switch
    {
        CodeSystem.Opcs4 => Opcs,
        CodeSystem.Icd10 => Icd10,
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "SNOMED CT has no classification table"),
    };

    /// <summary>
    /// The table for a declared version ("4.11", "5"), null/empty for the default. A configured table
    /// of that version first, then a bundled one of that version; null when there is none (the caller
    /// says so and falls back to <see cref="GetDefault"/>).
    /// </summary>
    public IClassificationTable? GetTable(CodeSystem system, string? version)
    {
        if (system == CodeSystem.Snomed)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(version))
        {
            return GetDefault(system);
        }

        var v = version.Trim();
        var configured = system == CodeSystem.Opcs4 ? OpcsTables : Icd10Tables;
        foreach (var table in configured)
        {
            if (string.Equals(table.Version, v, StringComparison.OrdinalIgnoreCase))
            {
                return table;
            }
        }

        var bundled = system == CodeSystem.Opcs4 ? BundledTables.Opcs410 : BundledTables.Icd10Starter;
        return string.Equals(bundled.Version, v, StringComparison.OrdinalIgnoreCase) ? bundled : null;
    }

    /// <summary>The date from which the team put this table's release in force (`inForceFrom`); null when none is configured.</summary>
    public DateOnly? InForceFrom(IClassificationTable table) =>
        table is not null && _inForceFrom.TryGetValue(table, out var date) ? date : null;

    /// <summary>
    /// Every release of a system a guidance can be checked against: the configured tables in
    /// configuration order, then the bundled table when no configured table has its version (the
    /// partial ICD-10 starter table only when no ICD-10 table is configured).
    /// </summary>
    public IReadOnlyList<IClassificationTable> Releases(CodeSystem system) => system switch
    {
        // Cached: `evaluate` asks once per episode, and the set is immutable.
        CodeSystem.Opcs4 => _opcsReleases ??= BuildReleases(system),
        CodeSystem.Icd10 => _icd10Releases ??= BuildReleases(system),
        _ => [],
    };

    private IReadOnlyList<IClassificationTable>? _opcsReleases;
    private IReadOnlyList<IClassificationTable>? _icd10Releases;

    private IReadOnlyList<IClassificationTable> BuildReleases(CodeSystem system)
    {
        var configured = system == CodeSystem.Opcs4 ? OpcsTables : Icd10Tables;
        var bundled = system == CodeSystem.Opcs4 ? BundledTables.Opcs410 : BundledTables.Icd10Starter;
        var withBundled = system == CodeSystem.Opcs4
            ? !configured.Any(t => string.Equals(t.Version, bundled.Version, StringComparison.OrdinalIgnoreCase))
            : configured.Count == 0;
        return withBundled ? [.. configured, bundled] : configured;
    }

    /// <summary>
    /// The release in force on a date: of the releases with an `inForceFrom`, the one with the latest
    /// date on or before it. Null when no release has a date on or before it (the caller judges by the default and says so).
    /// </summary>
    public IClassificationTable? InForceOn(CodeSystem system, DateOnly date)
    {
        IClassificationTable? best = null;
        DateOnly bestDate = default;
        foreach (var table in Releases(system))
        {
            if (InForceFrom(table) is { } from && from <= date && (best is null || from > bestDate))
            {
                (best, bestDate) = (table, from);
            }
        }
        return best;
    }

    /// <summary>True when some release of the system has an `inForceFrom` date: episodes are then judged by date.</summary>
    public bool HasDates(CodeSystem system) => Releases(system).Any(t => InForceFrom(t) is not null);
}
