using CodingDsl.Language.Classifications;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>A code reference with its pattern read and, where the table has it, its official entry.</summary>
public sealed record BoundCode(CodeReference Syntax, CodePattern? Pattern, ClassificationEntry? Entry)
{
    public CodeSystem System => Syntax.System;

    public string Text => Syntax.Pattern.Value.Text;

    public string? StatedTitle => Syntax.Title?.Value;

    /// <summary>`nice "…"`: the title as NICE printed it, where it differs from the official one.</summary>
    public string? NiceTitle => Syntax.Nice?.Text.Value;

    /// <summary>`remark "…"`: a note on this one code ("Includes: …").</summary>
    public string? Remark => Syntax.Remark?.Text.Value;

    /// <summary>The official title of the code or category, else the stated one.</summary>
    public string? Title => Entry?.Title ?? StatedTitle;
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

/// <summary>A declared classification version: `opcs-4.10` → (Opcs4, "4.10"). <see cref="UnitStart"/>: where its `classifications` line starts (the token's span is relative to it).</summary>
public sealed record ClassificationVersion(CodeSystem System, string Version, SyntaxToken Syntax, int UnitStart)
{
    /// <summary>The version's document span.</summary>
    public TextSpan Span => Syntax.LocalSpan.Shift(UnitStart);
}

/// <param name="Start">Where the guidance starts in the document.</param>
/// <param name="SectionStarts">Where each of <paramref name="Sections"/> starts: a bound section is reused across edits as it is, so it does not hold its place.</param>
public sealed record BoundGuidance(
    GuidanceDeclaration Syntax,
    string Id,
    string? Title,
    string? Source,
    IReadOnlyList<ClassificationVersion> Versions,
    IReadOnlyList<string> Notes,
    IReadOnlyList<BoundSection> Sections,
    int Start,
    IReadOnlyList<int> SectionStarts);

/// <param name="Start">Where the declaration starts in the document (its nodes' spans are relative to it).</param>
public sealed record BoundSet(SetDeclaration Syntax, string Name, CodeSystem System, IReadOnlyList<CodePattern> Patterns, int Start);

public enum BuiltinSelector
{
    Main,
    Subsidiary,
    Asterisk,
    Dagger,
}

/// <summary>What a `has`/`first` condition tests codes against.</summary>
public abstract record Selector
{
    public abstract TResult Accept<TResult>(ISelectorVisitor<TResult> visitor);
}

public sealed record PatternSelector(CodePattern Pattern) : Selector
{
    public override TResult Accept<TResult>(ISelectorVisitor<TResult> visitor) => visitor.VisitPattern(this);
}

public sealed record SetSelector(BoundSet Set) : Selector
{
    public override TResult Accept<TResult>(ISelectorVisitor<TResult> visitor) => visitor.VisitSet(this);
}

public sealed record BuiltinSelectorRef(BuiltinSelector Builtin) : Selector
{
    public override TResult Accept<TResult>(ISelectorVisitor<TResult> visitor) => visitor.VisitBuiltin(this);
}

public abstract record BoundCondition
{
    public abstract TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor);
}

public sealed record AnyOf(IReadOnlyList<BoundCondition> Operands) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitAnyOf(this);
}

public sealed record AllConditions(IReadOnlyList<BoundCondition> Operands) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitAllConditions(this);
}

public sealed record NotCondition(BoundCondition Operand) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitNot(this);
}

public sealed record FactIs(string Fact) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitFactIs(this);
}

/// <param name="Place">Null for `has` (anywhere on the path); 1 for `first`, 2 for `second`, N for `position N`: the code in that place among the codes of <paramref name="System"/>.</param>
public sealed record HasCode(CodeSystem System, Selector Selector, int? Place = null) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitHasCode(this);
}

/// <summary>A condition that could not be bound (unknown name): never holds, so it never raises a false finding.</summary>
public sealed record Unbound : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitUnbound(this);
}

public sealed record BoundRule(
    RuleDeclaration Syntax,
    string Name,
    string? Title,
    BoundCondition? When,
    BoundCondition? Require,
    DiagnosticLevel Level,
    string Message,
    DiagnosticDescriptor Descriptor,
    CodeExpression? Fix,
    string SourcePath,
    int Start);

public sealed record BoundUse(UseDeclaration Syntax, string RelativePath, string FullPath, int Start);

/// <summary>
/// The bound form of one document. Bound parts point at their syntax, whose spans are relative to their
/// unit: a guidance, rule, set or use holds its declaration's <c>Start</c>, and a section's start is its
/// guidance's (<see cref="BoundGuidance.SectionStarts"/>), since a section is reused across edits as it is.
/// </summary>
public sealed record SemanticModel(
    string Path,
    SyntaxTree Tree,
    IReadOnlyList<BoundGuidance> Guidances,
    IReadOnlyList<BoundSet> Sets,
    IReadOnlyList<BoundRule> Rules,
    IReadOnlyList<BoundUse> Uses,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every section of every guidance, in order, with where it starts in the document.</summary>
    public IEnumerable<(BoundSection Section, int Start)> PlacedSections() =>
        Guidances.SelectMany(g => g.Sections.Select((s, i) => (s, g.SectionStarts[i])));
}
