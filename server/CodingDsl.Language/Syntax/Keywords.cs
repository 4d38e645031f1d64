namespace CodingDsl.Language.Syntax;

/// <summary>The words of the language, grouped by where they may start a statement.</summary>
public static class Keywords
{
    public static readonly IReadOnlyList<string> TopLevel = ["guidance", "rule", "set", "use"];

    public static readonly IReadOnlyList<string> GuidanceItems = ["source", "classifications", "note", "procedure", "diagnosis"];

    public static readonly IReadOnlyList<string> Facts = ["image-guided", "percutaneous", "laparoscopic", "endoscopic", "open"];

    public static readonly IReadOnlyList<string> Systems = ["opcs", "icd10"];

    public static readonly IReadOnlyList<string> SectionItems = ["snomed", "case-by-case", "note", "opcs", "icd10", .. Facts];

    public static readonly IReadOnlyList<string> RuleClauses = ["when", "require", "severity", "message", "code", "fix"];

    public static readonly IReadOnlyList<string> Modifiers = ["optional", "if", "position", "default"];

    /// <summary>Words that attach text to one code: `nice "…"` (NICE's wording of its title), `remark "…"` (a note on it).</summary>
    public static readonly IReadOnlyList<string> CodeAnnotations = ["nice", "remark"];

    public static readonly IReadOnlyList<string> Operators = ["or", "and", "not", "has", "first", "second", "chapter", "add", "pending"];

    public static readonly IReadOnlyList<string> BuiltinSelectors = ["main", "subsidiary", "asterisk", "dagger"];

    public static readonly IReadOnlyList<string> Severities = ["error", "warning", "info"];

    private static readonly HashSet<string> Reserved =
        [.. TopLevel, .. GuidanceItems, .. SectionItems, .. RuleClauses, .. Modifiers, .. CodeAnnotations, .. Operators];

    private static readonly HashSet<string> Continuations = ["or", "and", .. Modifiers, .. CodeAnnotations];

    /// <summary>Words that carry on the statement above them (`or Y68.-`, `optional`).</summary>
    public static bool ContinuesStatement(string word) => Continuations.Contains(word);

    /// <summary>Words that cannot be codes or names.</summary>
    public static bool IsReserved(string word) => Reserved.Contains(word);
}
