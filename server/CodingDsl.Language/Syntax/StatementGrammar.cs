using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;
using Sprache;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Sprache grammars for single statements and headers, and the table of the language's words
/// (<see cref="Forms"/>) that says where each is run. Blocks, recovery and error reporting are the job
/// of <see cref="Parser"/>, which runs these at each statement start.
/// </summary>
/// <remarks>
/// Every parser that a query uses after its first `from` is a static field, never an expression in
/// the query: C# evaluates those expressions on each run, so Sprache would build the sub-parser anew
/// for every statement parsed (12 KB of garbage per code line, measured). Repetitions use
/// <see cref="Repetition.ZeroOrMore{T}"/> for the same reason.
/// </remarks>
internal static class StatementGrammar
{
    private static TextSpan Cover(TextSpan first, TextSpan last) => TextSpan.FromBounds(first.Start, last.End);

    public const int MaxNesting = 32;

    [ThreadStatic]
    private static int nesting;

    /// <summary>Bounds the depth of parenthesised groups: Sprache recurses per level, and a file of 10,000 '(' must not overflow the stack.</summary>
    private static Parser<T> Nested<T>(Func<Parser<T>> inner) => input =>
    {
        if (nesting >= MaxNesting)
        {
            return Result.Failure<T>(input, "nesting", new[] { $"at most {MaxNesting} nested groups" });
        }
        nesting++;
        try
        {
            return inner()(input);
        }
        finally
        {
            nesting--;
        }
    };

    // Tokens, each built once.
    private static readonly Parser<SyntaxToken> Comma = Lexical.Symbol(',');
    private static readonly Parser<SyntaxToken> EqualsSign = Lexical.Symbol('=');
    private static readonly Parser<SyntaxToken> OpenParen = Lexical.Symbol('(');
    private static readonly Parser<SyntaxToken> CloseParen = Lexical.Symbol(')').Named("')' to close the group");
    private static readonly Parser<SyntaxToken> AndKeyword = Lexical.Keyword("and");
    private static readonly Parser<SyntaxToken> OrKeyword = Lexical.Keyword("or");
    private static readonly Parser<SyntaxToken> PendingKeyword = Lexical.Keyword("pending");
    private static readonly Parser<SyntaxToken> AddKeyword = Lexical.Keyword("add");

    private static readonly Parser<SyntaxToken> GuidanceId =
        Lexical.Word.Named("a guidance id such as IPG327");

    private static readonly Parser<SyntaxToken> Name =
        Lexical.Word.Where(w => !Keywords.IsReserved(w.Text) && char.IsAsciiLetter(w.Text[0])).Named("a name such as image-control");

    private static readonly Parser<StringLiteral> QuotedText = Lexical.String;

    private static readonly Parser<SyntaxToken> Version = Lexical.Word.Where(w => !Keywords.IsReserved(w.Text));

    /// <summary>
    /// An optional quoted text. Unlike Sprache's Optional, a '"' that starts a text which is not closed
    /// is an error here, so an unterminated title is reported as such.
    /// </summary>
    private static readonly Parser<StringLiteral?> OptionalText = input =>
    {
        var at = Lexer.SkipTrivia(input.Source, input.Position);
        if (at < input.Source.Length && input.Source[at] == '"')
        {
            var result = Lexical.String(input);
            return result.WasSuccessful
                ? Result.Success<StringLiteral?>(result.Value, result.Remainder)
                : Result.Failure<StringLiteral?>(result.Remainder, result.Message, result.Expectations);
        }
        return Result.Success<StringLiteral?>(null, input);
    };

    private static readonly Parser<SyntaxToken> SystemKeyword =
        Lexical.Keyword("opcs").Or(Lexical.Keyword("icd10")).Named("'opcs' or 'icd10'");

    private static readonly Parser<IOption<SyntaxToken>> OptionalSystem = SystemKeyword.Optional();

    public static CodeSystem ToSystem(string keyword) => keyword == "icd10" ? CodeSystem.Icd10 : CodeSystem.Opcs4;

    private static readonly Parser<SyntaxToken> ChapterLetter = Lexical.Word.Named("a chapter letter such as Z");

    public static readonly Parser<Pattern> Pattern =
        (from chapter in Lexical.Keyword("chapter")
         from letter in ChapterLetter
         select new Pattern(Cover(chapter.LocalSpan, letter.LocalSpan), chapter, letter))
        .Or(from code in Lexical.CodeWord
            select new Pattern(code.LocalSpan, null, code));

    private static readonly Parser<StringLiteral> UsePath = QuotedText.Named("a quoted relative path such as \"../rules/library.coding\"");

    public static readonly Parser<UseDeclaration> Use =
        from keyword in Lexical.Keyword("use")
        from path in UsePath
        select new UseDeclaration(Cover(keyword.LocalSpan, path.LocalSpan), keyword, path);

    public static readonly Parser<(SyntaxToken Keyword, SyntaxToken Id, StringLiteral? Title)> GuidanceHeader =
        from keyword in Lexical.Keyword("guidance")
        from id in GuidanceId
        from title in OptionalText
        select (keyword, id, title);

    private static readonly Parser<StringLiteral> VariantCondition = QuotedText.Named("the clinical condition as quoted text, such as \"a rigid bronchoscope is used\"");

    /// <summary>`if "…"` after a section's name: when this variant is the one coded.</summary>
    private static readonly Parser<IOption<IfModifier>> SectionCondition =
        (from keyword in Lexical.Keyword("if")
         from condition in VariantCondition
         select new IfModifier(Cover(keyword.LocalSpan, condition.LocalSpan), keyword, condition)).Optional();

    public static readonly Parser<(SyntaxToken Keyword, StringLiteral? Name, IfModifier? Condition)> SectionHeader =
        from keyword in Lexical.Keyword("procedure").Or(Lexical.Keyword("diagnosis"))
        from name in OptionalText
        from condition in SectionCondition
        select (keyword, name, condition.GetOrDefault());

    public static readonly Parser<(SyntaxToken Keyword, SyntaxToken Name, StringLiteral? Title)> RuleHeader =
        from keyword in Lexical.Keyword("rule")
        from name in Name
        from title in OptionalText
        select (keyword, name, title);

    private static readonly Parser<StringLiteral> SourceUrl = QuotedText.Named("a quoted web address");

    public static readonly Parser<SourceStatement> Source =
        from keyword in Lexical.Keyword("source")
        from url in SourceUrl
        select new SourceStatement(Cover(keyword.LocalSpan, url.LocalSpan), keyword, url);

    private static readonly Parser<SyntaxToken> FirstVersion = Version.Named("a classification version such as opcs-4.10");

    private static readonly Parser<IEnumerable<SyntaxToken>> MoreVersions =
        (from comma in Comma
         from version in Version.Named("a classification version such as icd-10-5")
         select version).ZeroOrMore();

    public static readonly Parser<ClassificationsStatement> Classifications =
        from keyword in Lexical.Keyword("classifications")
        from first in FirstVersion
        from rest in MoreVersions
        let versions = new[] { first }.Concat(rest).ToArray()
        select new ClassificationsStatement(Cover(keyword.LocalSpan, versions[^1].LocalSpan), keyword, versions);

    private static readonly Parser<StringLiteral> NoteText = QuotedText.Named("the note as quoted text");

    public static readonly Parser<NoteStatement> Note =
        from keyword in Lexical.Keyword("note")
        from text in NoteText
        select new NoteStatement(Cover(keyword.LocalSpan, text.LocalSpan), keyword, text);

    private static readonly Parser<SyntaxToken> SnomedId = Lexical.Word.Named("a SNOMED CT concept id such as 87628006, or 'pending'");

    private static readonly Parser<(SyntaxToken? Pending, SyntaxToken? Id, StringLiteral? Term)> SnomedConcept =
        (from pending in PendingKeyword
         select ((SyntaxToken?)pending, (SyntaxToken?)null, (StringLiteral?)null))
        .Or(from id in SnomedId
            from term in OptionalText
            select ((SyntaxToken?)null, (SyntaxToken?)id, term));

    public static readonly Parser<SnomedStatement> Snomed =
        from keyword in Lexical.Keyword("snomed")
        from concept in SnomedConcept
        select new SnomedStatement(
            Cover(keyword.LocalSpan, concept.Pending?.LocalSpan ?? concept.Term?.LocalSpan ?? concept.Id!.LocalSpan), keyword, concept.Pending, concept.Id, concept.Term);

    // Built on first use: the facts are rows of Forms, below, and Keywords' lists are read from Forms, so
    // reading Keywords.Facts while this class is being set up would read them before they are made.
    private static readonly Lazy<Parser<FactStatement>> FactKeywords = new(() =>
        Keywords.Facts.Select(Lexical.Keyword).Aggregate((a, b) => a.Or(b))
            .Select(name => new FactStatement(name.LocalSpan, name)));

    public static readonly Parser<FactStatement> Fact = input => FactKeywords.Value(input);

    public static readonly Parser<CaseByCaseStatement> CaseByCase =
        from keyword in Lexical.Keyword("case-by-case")
        from text in OptionalText
        select new CaseByCaseStatement(text is not null ? Cover(keyword.LocalSpan, text.LocalSpan) : keyword.LocalSpan, keyword, text);

    // Code expressions: `and` binds tighter than `or`; a reference without a system takes the one
    // before it, resolved after parsing by SystemInheritance.
    private static readonly Parser<CodeExpression> NestedCodeExpr = Nested(() => CodeExpr!);

    private static readonly Parser<CodeExpression> Group =
        from open in OpenParen
        from inner in NestedCodeExpr
        from close in CloseParen
        select (CodeExpression)new ParenthesizedExpression(Cover(open.LocalSpan, close.LocalSpan), inner);

    private static readonly Parser<StringLiteral> NiceText = QuotedText.Named("the title as NICE prints it, as quoted text");
    private static readonly Parser<StringLiteral> RemarkText = QuotedText.Named("the note on this code as quoted text, such as \"Includes: …\"");

    private static readonly Parser<IOption<CodeAnnotation>> NiceTitle =
        (from keyword in Lexical.Keyword("nice")
         from text in NiceText
         select new CodeAnnotation(Cover(keyword.LocalSpan, text.LocalSpan), keyword, text)).Optional();

    private static readonly Parser<IOption<CodeAnnotation>> Remark =
        (from keyword in Lexical.Keyword("remark")
         from text in RemarkText
         select new CodeAnnotation(Cover(keyword.LocalSpan, text.LocalSpan), keyword, text)).Optional();

    /// <summary>A pattern, its official title, NICE's wording of it (`nice "…"`) and a note on the code (`remark "…"`), in that order.</summary>
    private static readonly Parser<(Pattern Pattern, StringLiteral? Title, CodeAnnotation? Nice, CodeAnnotation? Remark)> TitledPattern =
        from pattern in Pattern
        from title in OptionalText
        from nice in NiceTitle
        from remark in Remark
        select (pattern, title, nice.GetOrDefault(), remark.GetOrDefault());

    /// <summary>What follows an optional system keyword: a group, or a pattern with its title.</summary>
    private static readonly Parser<(CodeExpression? Group, (Pattern Pattern, StringLiteral? Title, CodeAnnotation? Nice, CodeAnnotation? Remark)? Titled)> TermBody =
        Group.Select(g => ((CodeExpression?)g, ((Pattern, StringLiteral?, CodeAnnotation?, CodeAnnotation?)?)null))
            .Or(TitledPattern.Select(t => ((CodeExpression?)null, ((Pattern, StringLiteral?, CodeAnnotation?, CodeAnnotation?)?)t)));

    private static readonly Parser<CodeExpression> CodeTerm =
        from system in OptionalSystem
        from term in TermBody
        select term.Group is { } grouped
            ? system.IsDefined && grouped is ParenthesizedExpression p ? SystemInheritance.Prefix(system.Get(), p) : grouped
            : Reference(system, term.Titled!.Value);

    private static CodeReference Reference(IOption<SyntaxToken> system, (Pattern Pattern, StringLiteral? Title, CodeAnnotation? Nice, CodeAnnotation? Remark) titled) => new(
        Cover(
            system.IsDefined ? system.Get().LocalSpan : titled.Pattern.LocalSpan,
            titled.Remark?.LocalSpan ?? titled.Nice?.LocalSpan ?? titled.Title?.LocalSpan ?? titled.Pattern.LocalSpan),
        system.GetOrDefault(),
        system.IsDefined ? ToSystem(system.Get().Text) : CodeSystem.Opcs4,
        titled.Pattern,
        titled.Title,
        titled.Nice,
        titled.Remark);

    private static readonly Parser<IEnumerable<(SyntaxToken Op, CodeExpression Term)>> AndTerms =
        (from op in AndKeyword from term in CodeTerm select (op, term)).ZeroOrMore();

    private static readonly Parser<CodeExpression> Combination =
        from first in CodeTerm
        from rest in AndTerms
        select rest.Any()
            ? new CombinationExpression(Cover(first.LocalSpan, rest.Last().Term.LocalSpan), new[] { first }.Concat(rest.Select(r => r.Term)).ToArray(), rest.Select(r => r.Op).ToArray())
            : first;

    private static readonly Parser<IEnumerable<(SyntaxToken Op, CodeExpression Term)>> OrTerms =
        (from op in OrKeyword from term in Combination select (op, term)).ZeroOrMore();

    public static readonly Parser<CodeExpression> CodeExpr =
        from first in Combination
        from rest in OrTerms
        select rest.Any()
            ? new AlternativeExpression(Cover(first.LocalSpan, rest.Last().Term.LocalSpan), new[] { first }.Concat(rest.Select(r => r.Term)).ToArray(), rest.Select(r => r.Op).ToArray())
            : first;

    private static readonly Parser<CodeReference> SingleCode =
        from system in OptionalSystem
        from titled in TitledPattern
        select Reference(system, titled);

    private static readonly Parser<StringLiteral> IfCondition = QuotedText.Named("the clinical condition as quoted text, such as \"if used\"");
    private static readonly Parser<SyntaxToken> PositionNumber = Lexical.Word.Where(w => w.Text.All(char.IsAsciiDigit)).Named("a position such as 2");
    private static readonly Parser<CodeReference> DefaultCode = SingleCode.Named("the default code such as V55.9");

    private static readonly Parser<RequirementModifier> Modifier =
        (from keyword in Lexical.Keyword("optional") select (RequirementModifier)new OptionalModifier(keyword.LocalSpan, keyword))
        .Or(from keyword in Lexical.Keyword("if")
            from condition in IfCondition
            select (RequirementModifier)new IfModifier(Cover(keyword.LocalSpan, condition.LocalSpan), keyword, condition))
        .Or(from keyword in Lexical.Keyword("position")
            from number in PositionNumber
            select (RequirementModifier)new PositionModifier(Cover(keyword.LocalSpan, number.LocalSpan), keyword, number))
        .Or(from keyword in Lexical.Keyword("default")
            from code in DefaultCode
            select (RequirementModifier)new DefaultModifier(Cover(keyword.LocalSpan, code.LocalSpan), keyword, code));

    /// <summary>Parses what may follow a requirement (`or …`, `and …`, a modifier), to explain why one failed.</summary>
    public static readonly Parser<object> Continuation =
        (from op in OrKeyword.Or(AndKeyword) from term in CodeTerm select (object)term)
        .Or(Modifier.Select(m => (object)m));

    private static readonly Parser<IEnumerable<RequirementModifier>> Modifiers = Modifier.ZeroOrMore();

    public static readonly Parser<RequirementStatement> Requirement =
        from expression in CodeExpr
        from modifiers in Modifiers
        let list = modifiers.ToArray()
        let resolved = SystemInheritance.Resolve(expression)
        select new RequirementStatement(Cover(expression.LocalSpan, list.Length > 0 ? list[^1].LocalSpan : expression.LocalSpan), resolved, list);

    private static readonly Parser<IEnumerable<Pattern>> MorePatterns =
        (from comma in Comma from item in Pattern select item).ZeroOrMore();

    public static readonly Parser<SetDeclaration> Set =
        from keyword in Lexical.Keyword("set")
        from name in Name
        from equalsSign in EqualsSign
        from system in SystemKeyword
        from first in Pattern
        from rest in MorePatterns
        let items = new[] { first }.Concat(rest).ToArray()
        select new SetDeclaration(Cover(keyword.LocalSpan, items[^1].LocalSpan), keyword, name, system, ToSystem(system.Text), items);

    // Conditions.
    private static readonly Parser<Condition> NestedCondition = Nested(() => ConditionExpr!);
    private static readonly Parser<Condition> NestedAtom = Nested(() => Atom!);
    private static readonly Parser<Pattern> Selector = Pattern.Named("a code, category, set name or one of main, subsidiary, asterisk, dagger");

    private static readonly Parser<Condition> Atom =
        (from open in OpenParen
         from inner in NestedCondition
         from close in CloseParen
         select inner with { LocalSpan = Cover(open.LocalSpan, close.LocalSpan) })
        .Or(from keyword in Lexical.Keyword("not")
            from operand in NestedAtom
            select (Condition)new NotCondition(Cover(keyword.LocalSpan, operand.LocalSpan), keyword, operand))
        .Or(from keyword in Lexical.Keyword("has").Or(Lexical.Keyword("first")).Or(Lexical.Keyword("second"))
            from system in SystemKeyword
            from selector in Selector
            select (Condition)new CodeCondition(Cover(keyword.LocalSpan, selector.LocalSpan), keyword, system, ToSystem(system.Text), selector))
        .Or(from keyword in Lexical.Keyword("position")
            from place in PositionNumber
            from system in SystemKeyword
            from selector in Selector
            select (Condition)new CodeCondition(Cover(keyword.LocalSpan, selector.LocalSpan), keyword, system, ToSystem(system.Text), selector, place))
        .Or(from fact in Lexical.Word.Where(w => !Keywords.IsReserved(w.Text) || Keywords.Facts.Contains(w.Text))
            select (Condition)new FactCondition(fact.LocalSpan, fact))
        .Named("a condition such as 'has opcs Y53.-' or 'image-guided'");

    private static readonly Parser<IEnumerable<Condition>> AndConditions =
        (from op in AndKeyword from c in Atom select c).ZeroOrMore();

    private static readonly Parser<Condition> Conjunction =
        from first in Atom
        from rest in AndConditions
        select rest.Any() ? new AndCondition(Cover(first.LocalSpan, rest.Last().LocalSpan), new[] { first }.Concat(rest).ToArray()) : first;

    private static readonly Parser<IEnumerable<Condition>> OrConditions =
        (from op in OrKeyword from c in Conjunction select c).ZeroOrMore();

    public static readonly Parser<Condition> ConditionExpr =
        from first in Conjunction
        from rest in OrConditions
        select rest.Any() ? new OrCondition(Cover(first.LocalSpan, rest.Last().LocalSpan), new[] { first }.Concat(rest).ToArray()) : first;

    private static readonly Parser<SyntaxToken> SeverityLevel =
        Lexical.Word.Where(w => Keywords.Severities.Contains(w.Text)).Named("'error', 'warning' or 'info'");
    private static readonly Parser<StringLiteral> MessageText = QuotedText.Named("the message as quoted text");
    private static readonly Parser<SyntaxToken> DiagnosticCode = Lexical.Word.Named("a diagnostic code such as CDSL0501");

    // Rule clauses: each is tried where its keyword starts a line of a rule (see Forms).
    public static readonly Parser<WhenClause> When =
        from keyword in Lexical.Keyword("when") from c in ConditionExpr select new WhenClause(Cover(keyword.LocalSpan, c.LocalSpan), keyword, c);

    public static readonly Parser<RequireClause> Require =
        from keyword in Lexical.Keyword("require") from c in ConditionExpr select new RequireClause(Cover(keyword.LocalSpan, c.LocalSpan), keyword, c);

    public static readonly Parser<SeverityClause> Severity =
        from keyword in Lexical.Keyword("severity")
        from level in SeverityLevel
        select new SeverityClause(Cover(keyword.LocalSpan, level.LocalSpan), keyword, level);

    public static readonly Parser<MessageClause> Message =
        from keyword in Lexical.Keyword("message") from text in MessageText
        select new MessageClause(Cover(keyword.LocalSpan, text.LocalSpan), keyword, text);

    public static readonly Parser<CodeClause> Code =
        from keyword in Lexical.Keyword("code")
        from code in DiagnosticCode
        select new CodeClause(Cover(keyword.LocalSpan, code.LocalSpan), keyword, code);

    public static readonly Parser<FixClause> Fix =
        from keyword in Lexical.Keyword("fix")
        from add in AddKeyword
        from expression in CodeExpr
        select new FixClause(Cover(keyword.LocalSpan, expression.LocalSpan), keyword, add, SystemInheritance.Resolve(expression));

    // The table of the language's words: each row its keyword, where it may stand, its grammar (above)
    // or block, and its line of the reference. Keywords' lists, the parser's dispatch and hover read it,
    // so a new statement is its grammar and its row, both here. It comes last: static fields are set in
    // the order written, and the rows hold the grammars above. The order of the rows is the order of
    // every list read from them (completion shows keywords in that order).
    private const WordPlaces CodeStatement = WordPlaces.SectionItem | WordPlaces.System;
    private const WordPlaces SectionFact = WordPlaces.SectionItem | WordPlaces.Fact;
    private const WordPlaces Joiner = WordPlaces.Operator | WordPlaces.Continues;

    public static readonly IReadOnlyList<StatementForm> Forms =
    [
        new("guidance", WordPlaces.TopLevel, "`guidance IPG327 \"title\" { … }` — the id NICE gives the guidance and its title.", Block: BlockForm.Guidance),
        new("rule", WordPlaces.TopLevel, "`rule name \"title\" { … }` — a coding rule checked on every path of every section.", Block: BlockForm.Rule),
        new("set", WordPlaces.TopLevel, "`set name = opcs U21.-, Y53.4` — a named set of patterns of one system, usable in rule conditions.", Set),
        new("use", WordPlaces.TopLevel, "`use \"../rules/team-rules.coding\"` — the rules and sets of that file apply to this one.", Use),

        new("source", WordPlaces.GuidanceItem, "`source \"https://…\"` — where the recommendation is published.", Source),
        new("classifications", WordPlaces.GuidanceItem, "`classifications opcs-4.10, icd-10-5` — the classification versions the codes were chosen in.", Classifications),
        new("snomed", WordPlaces.SectionItem, "`snomed 87628006 \"term\"` or `snomed pending` — the SNOMED CT concept, checked structurally.", Snomed),
        new("case-by-case", WordPlaces.SectionItem, "`case-by-case \"…\"` — no fixed codes: the procedure is coded case by case.", CaseByCase),
        new("note", WordPlaces.GuidanceItem | WordPlaces.SectionItem, "`note \"…\"` — text that is part of the recommendation.", Note),
        new("procedure", WordPlaces.GuidanceItem, "`procedure { … }` — what is recorded for the procedure; a quoted name makes a variant.", Block: BlockForm.Section),
        new("diagnosis", WordPlaces.GuidanceItem, "`diagnosis { … }` — what is recorded for the condition; a quoted name makes a variant.", Block: BlockForm.Section),
        new("opcs", CodeStatement, "`opcs J12.4 \"title\"` — an OPCS-4 code to record, with its official title (NICE's wording, where it differs, in `nice \"…\"`).", Requirement),
        new("icd10", CodeStatement, "`icd10 C78.7 \"title\"` — an ICD-10 code to record, with its official title (NICE's wording, where it differs, in `nice \"…\"`).", Requirement),
        new("image-guided", SectionFact, "Fact: the procedure is done under image control (rules test it).", Fact),
        new("percutaneous", SectionFact, "Fact: the procedure is done through the skin (rules test it).", Fact),
        new("laparoscopic", SectionFact, "Fact: the procedure is done laparoscopically (rules test it).", Fact),
        new("endoscopic", SectionFact, "Fact: the procedure is done endoscopically (rules test it).", Fact),
        new("open", SectionFact, "Fact: the procedure is done as an open operation (rules test it).", Fact),

        new("when", WordPlaces.RuleClause, "`when` — on which paths the rule applies (always, when left out).", When),
        new("require", WordPlaces.RuleClause, "`require` — what must hold where the rule applies; left out, the rule reports every path where `when` holds.", Require),
        new("severity", WordPlaces.RuleClause, "`severity error|warning|info` — how serious a finding of the rule is.", Severity),
        new("message", WordPlaces.RuleClause, "`message \"…\"` — what the finding says: what is wrong and what to record.", Message),
        new("code", WordPlaces.RuleClause, "`code CDSL0501` — the catalogue code the rule reports (a rule without one reports CDSL0500).", Code),
        new("fix", WordPlaces.RuleClause, "`fix add opcs Y53.- \"…\"` — a quick fix that inserts that requirement after the code the finding is on.", Fix),

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

    private static readonly Dictionary<string, StatementForm> ByKeyword = Forms.ToDictionary(f => f.Keyword, StringComparer.Ordinal);

    /// <summary>The words that may stand in <paramref name="place"/>, in the table's order.</summary>
    public static IReadOnlyList<string> WordsIn(WordPlaces place) => Forms.Where(f => f.Is(place)).Select(f => f.Keyword).ToArray();

    /// <summary>The form <paramref name="keyword"/> starts in <paramref name="place"/>; null when it starts nothing there.</summary>
    public static StatementForm? FormStarting(string? keyword, WordPlaces place) =>
        keyword is not null && ByKeyword.TryGetValue(keyword, out var form) && form.Is(place) ? form : null;

    /// <summary>The word's row; null for a word that is not the language's.</summary>
    public static StatementForm? FormOf(string keyword) => ByKeyword.GetValueOrDefault(keyword);
}
