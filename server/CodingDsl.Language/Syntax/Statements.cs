using Sprache;

namespace CodingDsl.Language.Syntax;

/// <summary>Where a word of the language may stand; a word may stand in several places (`note` in a guidance and in a section).</summary>
[Flags]
internal enum WordPlaces
{
    None = 0,

    /// <summary>Starts a declaration at the top of a file.</summary>
    TopLevel = 1 << 0,

    /// <summary>Starts an item of a guidance block.</summary>
    GuidanceItem = 1 << 1,

    /// <summary>Starts an item of a procedure or diagnosis section.</summary>
    SectionItem = 1 << 2,

    /// <summary>Starts a clause of a rule.</summary>
    RuleClause = 1 << 3,

    /// <summary>A requirement's modifier, after its codes (`optional`, `if "…"`).</summary>
    Modifier = 1 << 4,

    /// <summary>Text attached to one code, after its title (`nice "…"`, `remark "…"`).</summary>
    CodeAnnotation = 1 << 5,

    /// <summary>A word inside a code expression or a condition (`or`, `has`, `chapter`).</summary>
    Operator = 1 << 6,

    /// <summary>A fact a rule tests (`image-guided`).</summary>
    Fact = 1 << 7,

    /// <summary>A code system's keyword (`opcs`).</summary>
    System = 1 << 8,

    /// <summary>A built-in set (`main`); not reserved: a selector is read where a code or set name may stand.</summary>
    Selector = 1 << 9,

    /// <summary>A rule's severity (`error`); not reserved, read only after `severity`.</summary>
    Severity = 1 << 10,

    /// <summary>Carries on the statement above when it starts a line (`or Y68.-`); modifiers and annotations do too.</summary>
    Continues = 1 << 11,
}

/// <summary>The block a form opens: the parser walks blocks itself (recovery inside them), so a block form names its walk rather than a grammar.</summary>
internal enum BlockForm
{
    None,
    Guidance,
    Section,
    Rule,
}

/// <summary>
/// One word of the language: where it may stand, how the statement it starts is parsed, and its line
/// of the reference (hover and completion detail).
/// </summary>
/// <param name="Grammar">The statement's Sprache grammar, run where the word starts a statement; null for a block (see <paramref name="Block"/>) and for a word read inside another statement's grammar.</param>
internal sealed record StatementForm(string Keyword, WordPlaces Places, string Reference, Parser<SyntaxNode>? Grammar = null, BlockForm Block = BlockForm.None)
{
    public bool Is(WordPlaces place) => (Places & place) != 0;
}

/// <summary>
/// Every word of the language, declared once. <see cref="Keywords"/>' lists, the parser's dispatch and
/// the reference lines are read from this table, so a new statement is one row here (plus its grammar in
/// <see cref="StatementGrammar"/>). The order of the rows is the order of every list read from it
/// (completion shows keywords in that order).
/// </summary>
internal static class Statements
{
    private const WordPlaces Requirement = WordPlaces.SectionItem | WordPlaces.System;
    private const WordPlaces SectionFact = WordPlaces.SectionItem | WordPlaces.Fact;
    private const WordPlaces Joiner = WordPlaces.Operator | WordPlaces.Continues;

    public static readonly IReadOnlyList<StatementForm> All =
    [
        new("guidance", WordPlaces.TopLevel, "`guidance IPG327 \"title\" { … }` — the id NICE gives the guidance and its title.", Block: BlockForm.Guidance),
        new("rule", WordPlaces.TopLevel, "`rule name \"title\" { … }` — a coding rule checked on every path of every section.", Block: BlockForm.Rule),
        new("set", WordPlaces.TopLevel, "`set name = opcs U21.-, Y53.4` — a named set of patterns of one system, usable in rule conditions.", StatementGrammar.Set),
        new("use", WordPlaces.TopLevel, "`use \"../rules/team-rules.coding\"` — the rules and sets of that file apply to this one.", StatementGrammar.Use),

        new("source", WordPlaces.GuidanceItem, "`source \"https://…\"` — where the recommendation is published.", StatementGrammar.Source),
        new("classifications", WordPlaces.GuidanceItem, "`classifications opcs-4.10, icd-10-5` — the classification versions the codes were chosen in.", StatementGrammar.Classifications),
        new("snomed", WordPlaces.SectionItem, "`snomed 87628006 \"term\"` or `snomed pending` — the SNOMED CT concept, checked structurally.", StatementGrammar.Snomed),
        new("case-by-case", WordPlaces.SectionItem, "`case-by-case \"…\"` — no fixed codes: the procedure is coded case by case.", StatementGrammar.CaseByCase),
        new("note", WordPlaces.GuidanceItem | WordPlaces.SectionItem, "`note \"…\"` — text that is part of the recommendation.", StatementGrammar.Note),
        new("procedure", WordPlaces.GuidanceItem, "`procedure { … }` — what is recorded for the procedure; a quoted name makes a variant.", Block: BlockForm.Section),
        new("diagnosis", WordPlaces.GuidanceItem, "`diagnosis { … }` — what is recorded for the condition; a quoted name makes a variant.", Block: BlockForm.Section),
        new("opcs", Requirement, "`opcs J12.4 \"title\"` — an OPCS-4 code to record, with its official title (NICE's wording, where it differs, in `nice \"…\"`).", StatementGrammar.Requirement),
        new("icd10", Requirement, "`icd10 C78.7 \"title\"` — an ICD-10 code to record, with its official title (NICE's wording, where it differs, in `nice \"…\"`).", StatementGrammar.Requirement),
        new("image-guided", SectionFact, "Fact: the procedure is done under image control (rules test it).", StatementGrammar.Fact),
        new("percutaneous", SectionFact, "Fact: the procedure is done through the skin (rules test it).", StatementGrammar.Fact),
        new("laparoscopic", SectionFact, "Fact: the procedure is done laparoscopically (rules test it).", StatementGrammar.Fact),
        new("endoscopic", SectionFact, "Fact: the procedure is done endoscopically (rules test it).", StatementGrammar.Fact),
        new("open", SectionFact, "Fact: the procedure is done as an open operation (rules test it).", StatementGrammar.Fact),

        new("when", WordPlaces.RuleClause, "`when` — on which paths the rule applies (always, when left out).", StatementGrammar.When),
        new("require", WordPlaces.RuleClause, "`require` — what must hold where the rule applies; left out, the rule reports every path where `when` holds.", StatementGrammar.Require),
        new("severity", WordPlaces.RuleClause, "`severity error|warning|info` — how serious a finding of the rule is.", StatementGrammar.Severity),
        new("message", WordPlaces.RuleClause, "`message \"…\"` — what the finding says: what is wrong and what to record.", StatementGrammar.Message),
        new("code", WordPlaces.RuleClause, "`code CDSL0501` — the catalogue code the rule reports (a rule without one reports CDSL0500).", StatementGrammar.Code),
        new("fix", WordPlaces.RuleClause, "`fix add opcs Y53.- \"…\"` — a quick fix that inserts that requirement after the code the finding is on.", StatementGrammar.Fix),

        // Read inside a requirement's or a condition's grammar, never at a statement's start. `or` and
        // `and` come before the annotations and modifiers: completion offers the continuations in this order.
        new("or", Joiner, "`or` — one of the alternatives is recorded (in conditions: either holds)."),
        new("and", Joiner, "`and` — all of the parts are recorded; binds tighter than `or` (in conditions: both hold)."),
        new("nice", WordPlaces.CodeAnnotation, "`nice \"…\"` after a code's title — the title as NICE printed it, where it differs from the official title (kept, exported and shown; not checked)."),
        new("remark", WordPlaces.CodeAnnotation, "`remark \"…\"` after a code — a note on that one code (\"Includes: …\", \"where necessary\"); a `note` line is about the whole section."),
        new("optional", WordPlaces.Modifier, "`optional` — the code may be recorded (\"if used\")."),
        new("if", WordPlaces.Modifier, "`if \"…\"` — recorded when a clinical condition holds; for checking, the code counts as optional. After a variant's name (`procedure \"Rigid\" if \"…\" { … }`): the variant coded when the condition holds."),
        new("position", WordPlaces.Modifier, "`position 2` — sequencing: the code is recorded in that place among the codes of its classification, on every path (CDSL0801). In a rule condition, `position 3 opcs Z94.-`: the third code of that system lies within the pattern."),
        new("default", WordPlaces.Modifier, "`default V55.9 \"…\"` — the code to use when the detail is not stated."),
        new("not", WordPlaces.Operator, "`not` — the condition does not hold."),
        new("has", WordPlaces.Operator, "`has opcs C18.-` — some code on the path lies within the pattern."),
        new("first", WordPlaces.Operator, "`first opcs subsidiary` — the first code of that system on the path lies within the pattern."),
        new("second", WordPlaces.Operator, "`second opcs V55.-` — the second code of that system on the path lies within the pattern (`position 2 opcs V55.-`)."),
        new("chapter", WordPlaces.Operator, "`chapter Z` — a code from the chapter."),
        new("add", WordPlaces.Operator, "`fix add …` — the requirement the quick fix inserts."),
        new("pending", WordPlaces.Operator, "`snomed pending` — no SNOMED CT concept is published yet."),

        // Not reserved: read where a code, a set name or a severity may stand.
        new("main", WordPlaces.Selector, "Built-in set: OPCS-4 chapters A–X; ICD-10 codes that are not asterisk codes."),
        new("subsidiary", WordPlaces.Selector, "Built-in set: OPCS-4 chapters Y and Z, recorded only after a main code."),
        new("asterisk", WordPlaces.Selector, "Built-in set: ICD-10 asterisk (manifestation) codes."),
        new("dagger", WordPlaces.Selector, "Built-in set: ICD-10 dagger (aetiology) codes."),
        new("error", WordPlaces.Severity, "Severity: the finding is an error."),
        new("warning", WordPlaces.Severity, "Severity: the finding is a warning."),
        new("info", WordPlaces.Severity, "Severity: the finding is information."),
    ];

    private static readonly Dictionary<string, StatementForm> ByKeyword = All.ToDictionary(f => f.Keyword, StringComparer.Ordinal);

    /// <summary>The words that may stand in <paramref name="place"/>, in the table's order.</summary>
    public static IReadOnlyList<string> In(WordPlaces place) => All.Where(f => f.Is(place)).Select(f => f.Keyword).ToArray();

    /// <summary>The form <paramref name="keyword"/> starts in <paramref name="place"/>; null when it starts nothing there.</summary>
    public static StatementForm? Starting(string? keyword, WordPlaces place) =>
        keyword is not null && ByKeyword.TryGetValue(keyword, out var form) && form.Is(place) ? form : null;

    /// <summary>The word's row; null for a word that is not the language's.</summary>
    public static StatementForm? Find(string keyword) => ByKeyword.GetValueOrDefault(keyword);
}
