using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Language.Configuration;

/// <summary>
/// A parsed codingdsl.json (or the defaults when there is none). Immutable. Problems found while
/// reading it are in <see cref="Problems"/>; the parts that could be read still apply.
/// </summary>
public sealed class CodingDslConfiguration
{
    public const string FileName = "codingdsl.json";

    private static readonly IReadOnlyDictionary<string, DiagnosticLevel> NoLevels =
        new Dictionary<string, DiagnosticLevel>(StringComparer.OrdinalIgnoreCase);

    public CodingDslConfiguration(
        string? configPath,
        IReadOnlyList<TableSource> opcs,
        IReadOnlyList<TableSource> icd10,
        string? snomedConceptSnapshot,
        IReadOnlyDictionary<string, DiagnosticLevel> diagnosticLevels,
        IReadOnlyDictionary<string, DiagnosticLevel> ruleLevels,
        IReadOnlyList<ConfigProblem> problems,
        int snomedLine = 0,
        int snomedColumn = 0,
        string? snomedOrigin = null)
    {
        ConfigPath = configPath;
        Opcs = opcs;
        Icd10 = icd10;
        SnomedConceptSnapshot = snomedConceptSnapshot;
        DiagnosticLevels = diagnosticLevels;
        RuleLevels = ruleLevels;
        Problems = problems;
        SnomedLine = snomedLine;
        SnomedColumn = snomedColumn;
        SnomedOrigin = snomedOrigin;
    }

    /// <summary>No codingdsl.json: bundled tables, catalogue severities.</summary>
    public static CodingDslConfiguration Default { get; } = new(
        null, Array.Empty<TableSource>(), Array.Empty<TableSource>(), null, NoLevels, NoLevels, Array.Empty<ConfigProblem>());

    /// <summary>Absolute path of the codingdsl.json this came from; null for <see cref="Default"/>.</summary>
    public string? ConfigPath { get; }

    /// <summary>OPCS-4 tables in file order; the first is the default.</summary>
    public IReadOnlyList<TableSource> Opcs { get; }

    /// <summary>ICD-10 tables in file order; the first is the default.</summary>
    public IReadOnlyList<TableSource> Icd10 { get; }

    /// <summary>Absolute path of the RF2 concept snapshot, when one is set.</summary>
    public string? SnomedConceptSnapshot { get; }

    internal int SnomedLine { get; }

    internal int SnomedColumn { get; }

    /// <summary>Where the concept file was named (a codingdsl.json or the editor settings); null: <see cref="ConfigPath"/>.</summary>
    internal string? SnomedOrigin { get; }

    /// <summary>Severity per diagnostic code ("CDSL0203"), case-insensitive.</summary>
    public IReadOnlyDictionary<string, DiagnosticLevel> DiagnosticLevels { get; }

    /// <summary>Severity per rule name ("image-control").</summary>
    public IReadOnlyDictionary<string, DiagnosticLevel> RuleLevels { get; }

    public IReadOnlyList<ConfigProblem> Problems { get; }

    /// <summary>The configured severity for a diagnostic code, or null to keep the catalogue's.</summary>
    public DiagnosticLevel? GetSeverityOverride(string code) =>
        code is not null && DiagnosticLevels.TryGetValue(code, out var level) ? level : null;

    /// <summary>The configured severity for a language rule by name, or null to keep the rule's own.</summary>
    public DiagnosticLevel? GetRuleSeverityOverride(string ruleName) =>
        ruleName is not null && RuleLevels.TryGetValue(ruleName, out var level) ? level : null;
}
