using CodingDsl.Language.Classifications;
using CodingDsl.Language.Classifications.Snomed;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Semantics;

/// <summary>A section (procedure or diagnosis) and the statements in it: requirements, facts, SNOMED concepts, notes, case by case.</summary>
public sealed partial class Binder
{
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
}

/// <summary>The shape of a requirement: one code, all of some parts, or one of some alternatives.</summary>
public abstract record CodeChoice
{
    /// <summary>Calls the visitor's method for this shape: a new shape must be handled by every visitor, or the build fails.</summary>
    public abstract TResult Accept<TResult>(ICodeChoiceVisitor<TResult> visitor);

    /// <inheritdoc cref="Accept{TResult}(ICodeChoiceVisitor{TResult})"/>
    public abstract TResult Accept<TArg, TResult>(ICodeChoiceVisitor<TArg, TResult> visitor, TArg arg);
}

public sealed record SingleCode(BoundCode Code) : CodeChoice
{
    public override TResult Accept<TResult>(ICodeChoiceVisitor<TResult> visitor) => visitor.VisitSingle(this);

    public override TResult Accept<TArg, TResult>(ICodeChoiceVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitSingle(this, arg);
}

public sealed record AllOf(IReadOnlyList<CodeChoice> Parts) : CodeChoice
{
    public override TResult Accept<TResult>(ICodeChoiceVisitor<TResult> visitor) => visitor.VisitAllOf(this);

    public override TResult Accept<TArg, TResult>(ICodeChoiceVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitAllOf(this, arg);
}

public sealed record OneOf(IReadOnlyList<CodeChoice> Alternatives) : CodeChoice
{
    public override TResult Accept<TResult>(ICodeChoiceVisitor<TResult> visitor) => visitor.VisitOneOf(this);

    public override TResult Accept<TArg, TResult>(ICodeChoiceVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitOneOf(this, arg);
}

public sealed record BoundRequirement(
    RequirementStatement Syntax,
    CodeChoice Choice,
    bool IsOptional,
    string? Condition,
    int? Position,
    BoundCode? Default)
{
    public IEnumerable<BoundCode> Codes => Flatten(Choice).Concat(Default is null ? [] : [Default]);

    public static IEnumerable<BoundCode> Flatten(CodeChoice choice) => choice.Accept(Flattener.Instance);

    private sealed class Flattener : ICodeChoiceVisitor<IEnumerable<BoundCode>>
    {
        public static readonly Flattener Instance = new();

        public IEnumerable<BoundCode> VisitSingle(SingleCode choice) => [choice.Code];

        public IEnumerable<BoundCode> VisitAllOf(AllOf choice) => choice.Parts.SelectMany(Flatten);

        public IEnumerable<BoundCode> VisitOneOf(OneOf choice) => choice.Alternatives.SelectMany(Flatten);
    }
}

public sealed record BoundSnomed(SnomedStatement Syntax, string? ConceptId, string? Term, bool Pending);

public sealed record BoundSection(
    SectionDeclaration Syntax,
    SectionKind Kind,
    string? Variant,
    IReadOnlyList<BoundRequirement> Requirements,
    IReadOnlySet<string> Facts,
    IReadOnlyList<BoundSnomed> Snomed,
    IReadOnlyList<string> Notes,
    string? CaseByCase,
    bool IsCaseByCase,
    string? Condition = null)
{
    /// <summary>"procedure", "procedure \"Open\"", for messages.</summary>
    public string DisplayName => Variant is null ? Syntax.Keyword.Text : $"{Syntax.Keyword.Text} \"{Variant}\"";
}
