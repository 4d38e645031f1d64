namespace CodingDsl.Language.Syntax;

/// <summary>The words of the language, grouped by where they may stand: views of <see cref="Statements"/>' table, in its order.</summary>
public static class Keywords
{
    public static readonly IReadOnlyList<string> TopLevel = Statements.In(WordPlaces.TopLevel);

    public static readonly IReadOnlyList<string> GuidanceItems = Statements.In(WordPlaces.GuidanceItem);

    public static readonly IReadOnlyList<string> Facts = Statements.In(WordPlaces.Fact);

    public static readonly IReadOnlyList<string> Systems = Statements.In(WordPlaces.System);

    public static readonly IReadOnlyList<string> SectionItems = Statements.In(WordPlaces.SectionItem);

    public static readonly IReadOnlyList<string> RuleClauses = Statements.In(WordPlaces.RuleClause);

    public static readonly IReadOnlyList<string> Modifiers = Statements.In(WordPlaces.Modifier);

    /// <summary>Words that attach text to one code: `nice "…"` (NICE's wording of its title), `remark "…"` (a note on it).</summary>
    public static readonly IReadOnlyList<string> CodeAnnotations = Statements.In(WordPlaces.CodeAnnotation);

    public static readonly IReadOnlyList<string> Operators = Statements.In(WordPlaces.Operator);

    public static readonly IReadOnlyList<string> BuiltinSelectors = Statements.In(WordPlaces.Selector);

    public static readonly IReadOnlyList<string> Severities = Statements.In(WordPlaces.Severity);

    /// <summary>Words that carry on the statement above them (`or Y68.-`, `optional`), in completion's order: `or`, `and`, the annotations, the modifiers.</summary>
    public static readonly IReadOnlyList<string> Continuations = Statements.In(WordPlaces.Continues | WordPlaces.CodeAnnotation | WordPlaces.Modifier);

    private static readonly HashSet<string> Reserved =
        [.. Statements.In(~(WordPlaces.Selector | WordPlaces.Severity))];

    private static readonly HashSet<string> ContinuationSet = [.. Continuations];

    /// <summary>Words that carry on the statement above them (`or Y68.-`, `optional`).</summary>
    public static bool ContinuesStatement(string word) => ContinuationSet.Contains(word);

    /// <summary>Words that cannot be codes or names.</summary>
    public static bool IsReserved(string word) => Reserved.Contains(word);
}
