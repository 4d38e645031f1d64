namespace CodingDsl.Language.Syntax;

/// <summary>The words of the language, grouped by where they may stand: views of <see cref="StatementGrammar.Forms"/>, in its order.</summary>
public static class Keywords
{
    public static readonly IReadOnlyList<string> TopLevel = StatementGrammar.WordsIn(WordPlaces.TopLevel);

    public static readonly IReadOnlyList<string> GuidanceItems = StatementGrammar.WordsIn(WordPlaces.GuidanceItem);

    public static readonly IReadOnlyList<string> Facts = StatementGrammar.WordsIn(WordPlaces.Fact);

    public static readonly IReadOnlyList<string> Systems = StatementGrammar.WordsIn(WordPlaces.System);

    public static readonly IReadOnlyList<string> SectionItems = StatementGrammar.WordsIn(WordPlaces.SectionItem);

    public static readonly IReadOnlyList<string> RuleClauses = StatementGrammar.WordsIn(WordPlaces.RuleClause);

    public static readonly IReadOnlyList<string> Modifiers = StatementGrammar.WordsIn(WordPlaces.Modifier);

    /// <summary>Words that attach text to one code: `nice "…"` (NICE's wording of its title), `remark "…"` (a note on it).</summary>
    public static readonly IReadOnlyList<string> CodeAnnotations = StatementGrammar.WordsIn(WordPlaces.CodeAnnotation);

    public static readonly IReadOnlyList<string> Operators = StatementGrammar.WordsIn(WordPlaces.Operator);

    public static readonly IReadOnlyList<string> BuiltinSelectors = StatementGrammar.WordsIn(WordPlaces.Selector);

    public static readonly IReadOnlyList<string> Severities = StatementGrammar.WordsIn(WordPlaces.Severity);

    /// <summary>Words that carry on the statement above them (`or Y68.-`, `optional`), in completion's order: `or`, `and`, the annotations, the modifiers.</summary>
    public static readonly IReadOnlyList<string> Continuations = StatementGrammar.WordsIn(WordPlaces.Continues | WordPlaces.CodeAnnotation | WordPlaces.Modifier);

    private static readonly HashSet<string> Reserved =
        [.. StatementGrammar.WordsIn(~(WordPlaces.Selector | WordPlaces.Severity))];

    private static readonly HashSet<string> ContinuationSet = [.. Continuations];

    /// <summary>Words that carry on the statement above them (`or Y68.-`, `optional`).</summary>
    public static bool ContinuesStatement(string word) => ContinuationSet.Contains(word);

    /// <summary>Words that cannot be codes or names.</summary>
    public static bool IsReserved(string word) => Reserved.Contains(word);
}
