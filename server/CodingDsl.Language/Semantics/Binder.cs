using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Classifications.Snomed;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// Turns a syntax tree into a <see cref="SemanticModel"/>: reads codes against the classification
/// tables, resolves names in rules, and reports what is wrong with each part on its own. Rules that
/// span a whole path are checked afterwards by the rule engine.
/// </summary>
public sealed partial class Binder
{
    private readonly string path;
    private readonly SyntaxTree tree;
    private readonly ClassificationSet tables;
    private readonly IReadOnlyDictionary<string, BoundSet> visibleSets;
    private readonly DiagnosticBag diagnostics = new();
    private readonly CodeChecker codes;
    private readonly SectionMemo? memo;

    // Set while binding a section when a finding depends on more than the section's own text (a fix
    // moving a statement into another section, a message citing a line): the section is never reused.
    private bool sectionLooksOutside;

    private Binder(string path, SyntaxTree tree, ClassificationSet tables, IReadOnlyDictionary<string, BoundSet> visibleSets, SectionMemo? memo)
    {
        this.path = path;
        this.tree = tree;
        this.tables = tables;
        this.visibleSets = visibleSets;
        this.memo = memo;
        codes = new CodeChecker(tables, diagnostics);
    }

    /// <param name="importedSets">Sets from `use`d files and the standard library, by name; the file's own sets shadow them.</param>
    public static SemanticModel Bind(string path, SyntaxTree tree, ClassificationSet tables, IReadOnlyDictionary<string, BoundSet> importedSets) =>
        Bind(path, tree, tables, importedSets, null);

    /// <param name="memo">The sections of the document's previous analysis: those whose text did not change are reused, not bound again.</param>
    internal static SemanticModel Bind(string path, SyntaxTree tree, ClassificationSet tables, IReadOnlyDictionary<string, BoundSet> importedSets, SectionMemo? memo)
    {
        var ownSets = SetBinder.Bind(tree);
        var visible = new Dictionary<string, BoundSet>(importedSets, StringComparer.Ordinal);
        foreach (var set in ownSets)
        {
            visible[set.Name] = set;
        }
        var binder = new Binder(path, tree, tables, visible, memo);
        return binder.BindFile(ownSets);
    }

    private SemanticModel BindFile(IReadOnlyList<BoundSet> ownSets)
    {
        var guidances = new List<BoundGuidance>();
        var rules = new List<BoundRule>();
        var uses = new List<BoundUse>();
        var declarations = tree.Root.Declarations;
        for (var i = 0; i < declarations.Count; i++)
        {
            var start = tree.Root.DeclarationOffsets[i];
            diagnostics.UnitStart = start;
            switch (declarations[i])
            {
                case GuidanceDeclaration guidance:
                    guidances.Add(BindGuidance(guidance, start));
                    break;
                case RuleDeclaration rule:
                    if (BindRule(rule, start) is { } bound)
                    {
                        rules.Add(bound);
                    }
                    break;
                case UseDeclaration use when use.Path is not null:
                    var directory = Path.GetDirectoryName(path) ?? ".";
                    // A path the file system cannot name (a NUL in it) keeps an empty full path: the workspace reports it.
                    uses.Add(new BoundUse(use, use.Path.Value, use.Path.Value.Contains('\0') ? "" : Path.GetFullPath(Path.Combine(directory, use.Path.Value)), start));
                    break;
                case SetDeclaration set:
                    CheckSetItems(set);
                    break;
            }
        }
        // What follows compares declarations with each other: each finding is placed by its own declaration's start.
        diagnostics.UnitStart = 0;
        ReportDuplicateNames(ownSets.Select(s => (s.Syntax.Name, s.Start)), "set");
        ReportDuplicateNames(rules.Select(r => (r.Syntax.Name, r.Start)), "rule");
        for (var i = 1; i < guidances.Count; i++)
        {
            var first = guidances.First(g => g.Id == guidances[i].Id);
            if (first != guidances[i] && guidances[i].Id.Length > 0)
            {
                var line = tree.Text.GetPosition(first.Start + first.Syntax.Id.LocalSpan.Start).Line + 1;
                diagnostics.Add(DiagnosticFactory.DuplicateGuidanceInFile(guidances[i].Syntax.Id.LocalSpan.Shift(guidances[i].Start), guidances[i].Id, line));
            }
        }
        return new SemanticModel(path, tree, guidances, ownSets, rules, uses, diagnostics.Items);
    }

    private BoundGuidance BindGuidance(GuidanceDeclaration syntax, int start)
    {
        string? source = null;
        var versions = new List<ClassificationVersion>();
        var notes = new List<string>();
        var sections = new List<BoundSection>(syntax.Items.Count);
        var sectionStarts = new List<int>(syntax.Items.Count);
        for (var i = 0; i < syntax.Items.Count; i++)
        {
            diagnostics.UnitStart = start + syntax.ItemOffsets[i];
            switch (syntax.Items[i])
            {
                case SourceStatement s:
                    source = s.Url.Value;
                    break;
                case NoteStatement n:
                    notes.Add(n.Text.Value);
                    break;
                case ClassificationsStatement c:
                    versions.AddRange(c.Versions.Select(BindVersion).OfType<ClassificationVersion>());
                    break;
            }
        }
        currentGuidance = syntax;
        currentGuidanceStart = start;
        var versionsKey = memo is null ? null : SectionKey.Versions(versions);
        for (var i = 0; i < syntax.Items.Count; i++)
        {
            if (syntax.Items[i] is SectionDeclaration section)
            {
                var sectionStart = start + syntax.ItemOffsets[i];
                diagnostics.UnitStart = sectionStart;
                sections.Add(versionsKey is null ? BindSection(section, versions) : BindSectionOnce(section, versions, versionsKey));
                sectionStarts.Add(sectionStart);
            }
        }
        currentGuidance = null;
        diagnostics.UnitStart = start;
        if (sections.Count == 0 && syntax.Id.Text.Length > 0)
        {
            diagnostics.Add(DiagnosticFactory.EmptyGuidance(syntax.Id.LocalSpan, syntax.Id.Text));
        }
        if (syntax.Id.Text.Length > 0 && !GuidanceIdPattern().IsMatch(syntax.Id.Text))
        {
            diagnostics.Add(DiagnosticFactory.BadGuidanceId(syntax.Id.LocalSpan, syntax.Id.Text));
        }
        return new BoundGuidance(syntax, syntax.Id.Text, syntax.Title?.Value, source, versions, notes, sections, start, sectionStarts);
    }

    private ClassificationVersion? BindVersion(SyntaxToken token)
    {
        var m = VersionPattern().Match(token.Text);
        if (!m.Success)
        {
            diagnostics.Add(DiagnosticFactory.BadVersion(token.LocalSpan, token.Text));
            return null;
        }
        var system = m.Groups["s"].Value == "opcs" ? CodeSystem.Opcs4 : CodeSystem.Icd10;
        var version = new ClassificationVersion(system, m.Groups["v"].Value, token, diagnostics.UnitStart);
        if (tables.GetTable(system, version.Version) is null)
        {
            var fallback = tables.GetDefault(system);
            if (fallback.Version != version.Version)
            {
                diagnostics.Add(DiagnosticFactory.VersionNotConfigured(token.LocalSpan, token.Text, fallback.DisplayName));
            }
        }
        return version;
    }

    /// <summary>
    /// The section from the memo when it is the same node as in the last analysis, else bound and kept
    /// there. The memo keeps findings in the section's own spans; the bag places them where it now stands.
    /// </summary>
    private BoundSection BindSectionOnce(SectionDeclaration syntax, IReadOnlyList<ClassificationVersion> versions, string versionsKey)
    {
        var key = new SectionKey(syntax, versionsKey);
        if (memo!.Reuse(key) is var (reused, found))
        {
            foreach (var diagnostic in found)
            {
                diagnostics.Add(diagnostic);
            }
            return reused;
        }
        var first = diagnostics.Items.Count;
        sectionLooksOutside = false;
        var bound = BindSection(syntax, versions);
        var start = diagnostics.UnitStart;
        memo.Record(key, bound, diagnostics.Items.Skip(first).Select(d => DiagnosticBag.Place(d, -start)).ToArray(), reusable: !sectionLooksOutside);
        return bound;
    }

    private BoundSection BindSection(SectionDeclaration syntax, IReadOnlyList<ClassificationVersion> versions)
    {
        var requirements = new List<BoundRequirement>();
        var facts = new HashSet<string>(StringComparer.Ordinal);
        var snomed = new List<BoundSnomed>();
        var notes = new List<string>();
        string? caseByCase = null;
        var isCaseByCase = false;
        currentSection = syntax;
        foreach (var item in syntax.Items)
        {
            switch (item)
            {
                case RequirementStatement r:
                    requirements.Add(BindRequirement(r, versions));
                    break;
                case FactStatement f:
                    facts.Add(f.Name.Text);
                    break;
                case SnomedStatement s:
                    snomed.Add(BindSnomed(s));
                    break;
                case NoteStatement n:
                    notes.Add(n.Text.Value);
                    break;
                case CaseByCaseStatement c:
                    isCaseByCase = true;
                    caseByCase = c.Text?.Value;
                    break;
            }
        }
        currentSection = null;
        ReportDuplicateCodes(requirements);
        ReportPositionClashes(requirements);
        CheckAnnotations(syntax, requirements);
        return new BoundSection(syntax, syntax.Kind, syntax.VariantName?.Value, requirements, facts, snomed, notes, caseByCase, isCaseByCase, syntax.Condition?.Condition.Value);
    }

    private BoundRequirement BindRequirement(RequirementStatement syntax, IReadOnlyList<ClassificationVersion> versions)
    {
        currentStatement = syntax;
        var choice = BindChoice(syntax.Expression, versions);
        currentStatement = null;
        var optional = syntax.Modifiers.Any(m => m is OptionalModifier or IfModifier);
        var condition = syntax.Modifiers.OfType<IfModifier>().Select(m => m.Condition.Value).FirstOrDefault();
        var position = BindPosition(syntax);
        // A default written without its keyword takes the system of the statement's codes (`icd10 C18.- default C18.9`).
        var statementSystem = BoundRequirement.Flatten(choice).LastOrDefault()?.System ?? CodeSystem.Opcs4;
        var defaultCode = syntax.Modifiers.OfType<DefaultModifier>()
            .Select(m => codes.Check(m.Code.SystemKeyword is null ? m.Code with { System = statementSystem } : m.Code, versions))
            .FirstOrDefault();
        CheckDefault(syntax, choice, defaultCode);
        return new BoundRequirement(syntax, choice, optional, condition, position, defaultCode);
    }

    private ChoiceBinder? choiceBinder;

    private CodeChoice BindChoice(CodeExpression expression, IReadOnlyList<ClassificationVersion> versions) =>
        expression.Accept(choiceBinder ??= new ChoiceBinder(this), versions);

    /// <summary>What each kind of code expression means; one per binder, the section's classification versions handed down.</summary>
    private sealed class ChoiceBinder(Binder binder) : ICodeExpressionVisitor<IReadOnlyList<ClassificationVersion>, CodeChoice>
    {
        public CodeChoice VisitCodeReference(CodeReference reference, IReadOnlyList<ClassificationVersion> versions) => new SingleCode(binder.BindReference(reference, versions));

        public CodeChoice VisitAlternative(AlternativeExpression alternatives, IReadOnlyList<ClassificationVersion> versions) => new OneOf(alternatives.Alternatives.Select(a => binder.BindChoice(a, versions)).ToArray());

        public CodeChoice VisitCombination(CombinationExpression combination, IReadOnlyList<ClassificationVersion> versions) => new AllOf(combination.Parts.Select(p => binder.BindChoice(p, versions)).ToArray());

        public CodeChoice VisitParenthesized(ParenthesizedExpression group, IReadOnlyList<ClassificationVersion> versions) => binder.BindChoice(group.Inner, versions);
    }

    private BoundSnomed BindSnomed(SnomedStatement syntax)
    {
        if (syntax.Pending is not null)
        {
            diagnostics.Add(DiagnosticFactory.SnomedPending(syntax.LocalSpan));
            return new BoundSnomed(syntax, null, null, true);
        }
        var id = syntax.Id!;
        switch (SctId.CheckConcept(id.Text))
        {
            case SctIdCheck.Valid:
                if (tables.Snomed is { } concepts)
                {
                    var status = concepts.Find(id.Text);
                    if (status != SnomedConceptStatus.Active)
                    {
                        diagnostics.Add(DiagnosticFactory.SnomedUnknownConcept(id.LocalSpan, id.Text, concepts.DisplayName, inactive: status is not null));
                    }
                }
                break;
            case SctIdCheck.BadCheckDigit:
                diagnostics.Add(DiagnosticFactory.SnomedCheckDigit(id.LocalSpan, id.Text, Verhoeff.Compute(id.Text.AsSpan(0, id.Text.Length - 1))));
                break;
            case SctIdCheck.NotAConcept:
            case SctIdCheck.UnknownPartition:
                diagnostics.Add(DiagnosticFactory.SnomedNotConcept(id.LocalSpan, id.Text));
                break;
            default:
                diagnostics.Add(DiagnosticFactory.SnomedIdMalformed(id.LocalSpan, id.Text));
                break;
        }
        return new BoundSnomed(syntax, id.Text, syntax.Term?.Value, false);
    }

    // One finding per code repeated in a statement, on its first repeat, counting the others: a
    // statement of 116,508 alternatives `J12.4 or J12.4 or …` gave as many identical warnings on one
    // line, which told the author nothing more and took the server past 480 MB (issue 11).
    private void ReportDuplicateCodes(IEnumerable<BoundRequirement> requirements)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new List<(BoundCode First, int More)>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var requirement in requirements)
        {
            foreach (var code in BoundRequirement.Flatten(requirement.Choice))
            {
                if (code.Pattern is not { } pattern)
                {
                    continue;
                }
                var key = pattern.Kind + pattern.Code + pattern.Text;
                if (seen.Add(key))
                {
                    continue;
                }
                if (indexOf.TryGetValue(key, out var index))
                {
                    repeated[index] = (repeated[index].First, repeated[index].More + 1);
                }
                else
                {
                    indexOf[key] = repeated.Count;
                    repeated.Add((code, 0));
                }
            }
            foreach (var (first, more) in repeated)
            {
                diagnostics.Add(DiagnosticFactory.DuplicateCode(first.Syntax.Pattern.LocalSpan, first.Text, more));
            }
            repeated.Clear();
            indexOf.Clear();
        }
    }

    private void CheckSetItems(SetDeclaration set)
    {
        foreach (var item in set.Items)
        {
            var outcome = item.ReadAs(set.System);
            if (outcome.Pattern is null || outcome.Pattern.Kind == PatternKind.Name)
            {
                diagnostics.Add(DiagnosticFactory.MalformedSetItem(item.LocalSpan, item.Value.Text, outcome.Problem));
            }
            CheckChapter(set.System, outcome.Pattern, item.LocalSpan);
        }
    }

    /// <param name="names">Each name with the start of the declaration it is in.</param>
    private void ReportDuplicateNames(IEnumerable<(SyntaxToken Name, int Start)> names, string kind)
    {
        foreach (var group in names.Where(n => n.Name.Text.Length > 0).GroupBy(n => n.Name.Text).Where(g => g.Count() > 1))
        {
            foreach (var (duplicate, start) in group.Skip(1))
            {
                diagnostics.Add(DiagnosticFactory.DuplicateName(duplicate.LocalSpan.Shift(start), kind, duplicate.Text));
            }
        }
    }

    private BoundRule? BindRule(RuleDeclaration syntax, int start)
    {
        if (syntax.Name.Text.Length == 0)
        {
            return null;
        }
        var when = syntax.Clauses.OfType<WhenClause>().ToArray();
        var require = syntax.Clauses.OfType<RequireClause>().ToArray();
        var severity = syntax.Clauses.OfType<SeverityClause>().ToArray();
        var message = syntax.Clauses.OfType<MessageClause>().ToArray();
        var code = syntax.Clauses.OfType<CodeClause>().ToArray();
        var fix = syntax.Clauses.OfType<FixClause>().ToArray();
        foreach (var extra in new SyntaxNode[][] { when, require, severity, message, code, fix }.Where(c => c.Length > 1).SelectMany(c => c.Skip(1)))
        {
            diagnostics.Add(DiagnosticFactory.RuleClauseTwice(extra.LocalSpan, syntax.Name.Text));
        }
        if (message.Length == 0)
        {
            diagnostics.Add(DiagnosticFactory.RuleWithoutMessage(syntax.Name.LocalSpan, syntax.Name.Text));
        }
        var descriptor = DiagnosticCatalog.RuleNotMet;
        if (code.Length > 0)
        {
            var found = DiagnosticCatalog.Find(code[0].DiagnosticCode.Text);
            if (found is null)
            {
                diagnostics.Add(DiagnosticFactory.RuleCodeNotInCatalogue(code[0].DiagnosticCode.LocalSpan, code[0].DiagnosticCode.Text));
            }
            else
            {
                descriptor = found;
            }
        }
        var level = severity.Length > 0 ? ParseLevel(severity[0].Level.Text) : descriptor.DefaultLevel;
        return new BoundRule(
            syntax,
            syntax.Name.Text,
            syntax.Title?.Value,
            when.Length > 0 ? BindCondition(when[0].Condition) : null,
            require.Length > 0 ? BindCondition(require[0].Condition) : null,
            level,
            message.Length > 0 ? message[0].Text.Value : syntax.Title?.Value ?? $"Rule '{syntax.Name.Text}' is not met.",
            descriptor,
            fix.Length > 0 ? fix[0].Expression : null,
            path,
            start);
    }

    // The grammar admits only error, warning and info here.
    private static DiagnosticLevel ParseLevel(string text) => DiagnosticLevels.Parse(text) ?? DiagnosticLevel.Error;

    private ConditionBinder? conditionBinder;

    private BoundCondition BindCondition(Condition condition) => condition.Accept(conditionBinder ??= new ConditionBinder(this));

    /// <summary>What each kind of rule condition means; one per binder.</summary>
    private sealed class ConditionBinder(Binder binder) : IConditionVisitor<BoundCondition>
    {
        public BoundCondition VisitOr(OrCondition or) => new AnyOf(or.Operands.Select(binder.BindCondition).ToArray());

        public BoundCondition VisitAnd(AndCondition and) => new AllConditions(and.Operands.Select(binder.BindCondition).ToArray());

        public BoundCondition VisitNot(Syntax.NotCondition not) => new NotCondition(binder.BindCondition(not.Operand));

        public BoundCondition VisitFact(FactCondition fact) => binder.BindFact(fact);

        public BoundCondition VisitCode(CodeCondition code) => binder.BindCodeCondition(code);
    }

    private BoundCondition BindFact(FactCondition fact)
    {
        if (Keywords.Facts.Contains(fact.Name.Text))
        {
            return new FactIs(fact.Name.Text);
        }
        var nearest = Spelling.Nearest(fact.Name.Text, Keywords.Facts);
        diagnostics.Add(DiagnosticFactory.UnknownFact(fact.Name.LocalSpan, fact.Name.Text, Keywords.Facts, nearest));
        return new Unbound();
    }

    private BoundCondition BindCodeCondition(CodeCondition condition)
    {
        var place = Place(condition);
        if (place == 0)
        {
            return new Unbound();
        }
        var text = condition.Selector.Value.Text;
        if (condition.Selector.ChapterKeyword is null && Keywords.BuiltinSelectors.Contains(text))
        {
            var builtin = Enum.Parse<BuiltinSelector>(text, ignoreCase: true);
            return new HasCode(condition.System, new BuiltinSelectorRef(builtin), place);
        }
        var outcome = condition.Selector.ReadAs(condition.System);
        if (outcome.Pattern is null)
        {
            diagnostics.Add(DiagnosticFactory.MalformedPattern(condition.Selector.LocalSpan, text, outcome.Problem));
            return new Unbound();
        }
        if (outcome.Pattern.Kind != PatternKind.Name)
        {
            CheckChapter(condition.System, outcome.Pattern, condition.Selector.LocalSpan);
            return new HasCode(condition.System, new PatternSelector(outcome.Pattern), place);
        }
        if (!visibleSets.TryGetValue(text, out var set))
        {
            var nearest = Spelling.Nearest(text, visibleSets.Keys.Concat(Keywords.BuiltinSelectors));
            diagnostics.Add(DiagnosticFactory.UnknownSet(condition.Selector.LocalSpan, text, nearest));
            return new Unbound();
        }
        if (set.System != condition.System)
        {
            diagnostics.Add(DiagnosticFactory.SystemMismatch(condition.Selector.LocalSpan, text, set.System));
            return new Unbound();
        }
        return new HasCode(condition.System, new SetSelector(set), place);
    }

    [GeneratedRegex(@"^(?<s>opcs)-(?<v>4\.\d+)$|^(?<s>icd)-10-(?<v>\d+)$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[A-Z]+[0-9]+$")]
    private static partial Regex GuidanceIdPattern();
}
