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
        IReadOnlyList<ConfigProblem> problems)
    {
        OpcsTables = opcsTables;
        Icd10Tables = icd10Tables;
        Snomed = snomed;
        Problems = problems;
    }

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
}
