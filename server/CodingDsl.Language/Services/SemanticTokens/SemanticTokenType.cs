namespace CodingDsl.Language.Services;

/// <summary>What a piece of source is, for highlighting. The numeric values index <see cref="SemanticTokenLegend.Types"/>.</summary>
public enum SemanticTokenType
{
    Keyword,
    OpcsCode,
    Icd10Code,
    SnomedId,
    Category,
    Range,
    String,
    Comment,
    GuidanceId,
    RuleName,
    SetName,
    Fact,
    Number,
    Operator,
    Version,
    DiagnosticCode,
}

/// <summary>Extra facts about a token, as bit flags; bit i is <see cref="SemanticTokenLegend.Modifiers"/>[i].</summary>
[Flags]
public enum SemanticTokenModifiers
{
    None = 0,

    /// <summary>Where a rule, set or guidance id is declared.</summary>
    Declaration = 1,

    /// <summary>A built-in selector (main, subsidiary, asterisk, dagger).</summary>
    DefaultLibrary = 2,

    /// <summary>A category, range or chapter of OPCS-4 (codes have their own type per system).</summary>
    Opcs = 4,

    /// <summary>A category, range or chapter of ICD-10.</summary>
    Icd10 = 8,

    /// <summary>A comment that silences diagnostics (`// codingdsl-disable-line …`).</summary>
    Suppression = 16,
}

/// <summary>The legend a client registers: names in the order of the enum values (LSP sends indexes and bit sets).</summary>
public static class SemanticTokenLegend
{
    public static IReadOnlyList<string> Types { get; } =
    [
        "keyword", "opcsCode", "icd10Code", "snomedId", "category", "range", "string", "comment",
        "guidanceId", "ruleName", "setName", "fact", "number", "operator", "version", "diagnosticCode",
    ];

    public static IReadOnlyList<string> Modifiers { get; } = ["declaration", "defaultLibrary", "opcs", "icd10", "suppression"];

    public static string Name(SemanticTokenType type) => Types[(int)type];
}
