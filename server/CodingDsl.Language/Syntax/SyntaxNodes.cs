using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// What a node holds, in source order: tokens, quoted texts and other nodes. <see cref="LocalSpan"/> is
/// relative to the start of the unit the element is in: a unit is a top-level declaration or an item of a
/// guidance (a section, a `source`, `note` or `classifications` line), and a unit's own span starts at 0.
/// Where a unit stands is held by its parent (<see cref="CompilationUnit.DeclarationOffsets"/>,
/// <see cref="GuidanceDeclaration.ItemOffsets"/>), so an edit replaces only the unit it is in and the
/// offsets of those after it: every other unit is the same object in the new tree. Document spans are
/// made where a node is found: <see cref="SyntaxWalker"/>, the services' node lookup, the binder.
/// </summary>
public abstract record SyntaxElement(TextSpan LocalSpan);

/// <summary>A word or literal as it stands in the source.</summary>
public sealed record SyntaxToken(TextSpan LocalSpan, string Text) : SyntaxElement(LocalSpan);

/// <summary>A string literal: <see cref="Value"/> is unescaped, <see cref="SyntaxElement.LocalSpan"/> includes the quotes.</summary>
public sealed record StringLiteral(TextSpan LocalSpan, string Value) : SyntaxElement(LocalSpan);

public abstract record SyntaxNode(TextSpan LocalSpan) : SyntaxElement(LocalSpan)
{
    /// <summary>Which construct this is: switches over it are exhaustive, so a new kind is handled everywhere or the build fails.</summary>
    public abstract SyntaxKind NodeKind { get; }

    /// <summary>The tokens, quoted texts and nodes this node holds, in source order.</summary>
    public IEnumerable<SyntaxElement> ChildNodesAndTokens()
    {
        foreach (var child in Children())
        {
            if (child is not null)
            {
                yield return child;
            }
        }
    }

    /// <summary>What the node holds in source order, with null for an optional part not written. Abstract, so a new node type cannot forget it.</summary>
    internal abstract IReadOnlyList<SyntaxElement?> Children();

    /// <summary>
    /// Null, or, for a node whose child nodes are units (the root, a guidance), the start of each child
    /// node (in <see cref="ChildNodes"/> order) relative to this node's unit; its tokens are in its own unit.
    /// </summary>
    public virtual IReadOnlyList<int>? UnitOffsets => null;

    /// <summary>The text the parser passed over while recovering from an error, in this node's own spans: only the root and blocks (units) skip; empty for the rest.</summary>
    internal virtual IReadOnlyList<TextSpan> Skipped => [];

    /// <summary>Calls the walker's method for this node type (generated for each record, with <see cref="NodeKind"/>, by server/CodingDsl.Generators).</summary>
    public abstract void Accept(SyntaxWalker walker);

    /// <summary>`a or b or c`: each operator between the operands it joins.</summary>
    private protected static SyntaxElement?[] Interleave(IReadOnlyList<SyntaxNode> operands, IReadOnlyList<SyntaxToken> operators)
    {
        var children = new SyntaxElement?[operands.Count + operators.Count];
        var n = 0;
        for (var i = 0; i < operands.Count; i++)
        {
            if (i > 0)
            {
                children[n++] = i - 1 < operators.Count ? operators[i - 1] : null;
            }
            children[n++] = operands[i];
        }
        return children;
    }

    /// <summary>The nodes this node holds, in source order.</summary>
    public IEnumerable<SyntaxNode> ChildNodes() => ChildNodesAndTokens().OfType<SyntaxNode>();
}

/// <summary>
/// A whole `.coding` file. <see cref="DeclarationOffsets"/>: where each declaration starts in the document.
/// Comments belong to units (see <see cref="UnitComments"/>): <see cref="DeclarationComments"/> holds each
/// declaration's, relative to its start (a guidance's items hold their own, <see cref="GuidanceDeclaration.ItemComments"/>);
/// <see cref="EndComments"/> those after the last declaration, in document offsets. Read them all with
/// <see cref="DocumentComments"/>.
/// </summary>
public sealed partial record CompilationUnit(
    TextSpan LocalSpan,
    IReadOnlyList<SyntaxNode> Declarations,
    IReadOnlyList<int> DeclarationOffsets,
    IReadOnlyList<IReadOnlyList<Comment>> DeclarationComments,
    IReadOnlyList<Comment> EndComments) : SyntaxNode(LocalSpan)
{
    /// <summary>What the parser passed over in this file (not inside its declarations), relative to the document: usually none, the shared empty list.</summary>
    public IReadOnlyList<TextSpan> SkippedSpans { get; init; } = Array.Empty<TextSpan>();

    internal override IReadOnlyList<TextSpan> Skipped => SkippedSpans;

    public override IReadOnlyList<int>? UnitOffsets => DeclarationOffsets;

    /// <summary>The document span of declaration <paramref name="index"/>.</summary>
    public TextSpan DeclarationSpan(int index) => Declarations[index].LocalSpan.Shift(DeclarationOffsets[index]);

    /// <summary>Every comment of the document in order, each placed in document offsets as it is read.</summary>
    public IEnumerable<Comment> DocumentComments()
    {
        for (var k = 0; k < Declarations.Count; k++)
        {
            var start = DeclarationOffsets[k];
            var own = DeclarationComments[k];
            var next = 0;
            if (Declarations[k] is GuidanceDeclaration { ItemComments.Count: > 0 } guidance)
            {
                // The guidance's own comments (header, tail) around its items' comments, by position.
                for (var i = 0; i < guidance.Items.Count; i++)
                {
                    var itemStart = start + guidance.ItemOffsets[i];
                    foreach (var comment in guidance.ItemComments[i])
                    {
                        var placed = comment.Span.Shift(itemStart);
                        for (; next < own.Count && own[next].Span.Start + start < placed.Start; next++)
                        {
                            yield return Placed(own[next], start);
                        }
                        yield return Placed(comment, itemStart);
                    }
                }
            }
            for (; next < own.Count; next++)
            {
                yield return Placed(own[next], start);
            }
        }
        foreach (var comment in EndComments)
        {
            yield return comment;
        }
    }

    private static Comment Placed(Comment comment, int unitStart) => unitStart == 0 ? comment : comment with { Span = comment.Span.Shift(unitStart) };

    internal override IReadOnlyList<SyntaxElement?> Children() => [.. Declarations];
}

/// <summary>A `//` comment: where the tree stores it, <see cref="Span"/> is relative to its unit; <see cref="CompilationUnit.DocumentComments"/> hands it out in document offsets.</summary>
public sealed record Comment(TextSpan Span, string Text);

public sealed partial record UseDeclaration(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral? Path) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Path];
}

/// <summary>
/// `guidance IPG327 "title" { … }`. <see cref="CloseBrace"/> is null when the block is not closed. Each
/// item is a unit: <see cref="ItemOffsets"/> holds where it starts, relative to the guidance's start.
/// </summary>
public sealed partial record GuidanceDeclaration(
    TextSpan LocalSpan,
    SyntaxToken Keyword,
    SyntaxToken Id,
    StringLiteral? Title,
    IReadOnlyList<SyntaxNode> Items,
    IReadOnlyList<int> ItemOffsets,
    SyntaxToken? CloseBrace) : SyntaxNode(LocalSpan)
{
    /// <summary>What the parser passed over in this guidance (not inside its items), relative to the guidance: usually none, the shared empty list.</summary>
    public IReadOnlyList<TextSpan> SkippedSpans { get; init; } = Array.Empty<TextSpan>();

    internal override IReadOnlyList<TextSpan> Skipped => SkippedSpans;

    public override IReadOnlyList<int>? UnitOffsets => ItemOffsets;

    /// <summary>Each item's comments (see <see cref="UnitComments"/>), relative to the item's start: parallel to <see cref="Items"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Comment>> ItemComments { get; init; } = [];

    /// <summary>The span of item <paramref name="index"/> relative to the guidance's start.</summary>
    public TextSpan ItemSpan(int index) => Items[index].LocalSpan.Shift(ItemOffsets[index]);

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Id, Title, .. Items, CloseBrace];
}

public sealed partial record SourceStatement(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Url) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Url];
}

public sealed partial record ClassificationsStatement(TextSpan LocalSpan, SyntaxToken Keyword, IReadOnlyList<SyntaxToken> Versions) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, .. Versions];
}

public sealed partial record NoteStatement(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Text];
}

public enum SectionKind
{
    Procedure,
    Diagnosis,
}

/// <summary>
/// `procedure "Percutaneous" { … }` or `diagnosis { … }`. <see cref="Condition"/> is the variant's
/// `if "a rigid bronchoscope is used"`: the clinical condition under which this variant is the one coded.
/// </summary>
public sealed partial record SectionDeclaration(
    TextSpan LocalSpan,
    SyntaxToken Keyword,
    SectionKind Kind,
    StringLiteral? VariantName,
    IReadOnlyList<SyntaxNode> Items,
    SyntaxToken? CloseBrace,
    IfModifier? Condition = null) : SyntaxNode(LocalSpan)
{
    /// <summary>What the parser passed over in this section (a section holds no unit), relative to the section: usually none, the shared empty list.</summary>
    public IReadOnlyList<TextSpan> SkippedSpans { get; init; } = Array.Empty<TextSpan>();

    internal override IReadOnlyList<TextSpan> Skipped => SkippedSpans;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, VariantName, Condition, .. Items, CloseBrace];
}

/// <summary>`snomed pending` (<see cref="Pending"/> set) or `snomed 87628006 "term"`.</summary>
public sealed partial record SnomedStatement(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken? Pending, SyntaxToken? Id, StringLiteral? Term) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Pending, Id, Term];
}

/// <summary>`image-guided`, `percutaneous` … : a fact about the procedure.</summary>
public sealed partial record FactStatement(TextSpan LocalSpan, SyntaxToken Name) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Name];
}

public sealed partial record CaseByCaseStatement(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral? Text) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Text];
}

/// <summary>`opcs J12.4 "title" or Y68.- optional`: codes to record, with modifiers.</summary>
public sealed partial record RequirementStatement(
    TextSpan LocalSpan,
    CodeExpression Expression,
    IReadOnlyList<RequirementModifier> Modifiers) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Expression, .. Modifiers];
}

public abstract record CodeExpression(TextSpan LocalSpan) : SyntaxNode(LocalSpan)
{
    /// <summary>Calls the visitor's method for this kind of expression: a new kind must be handled by every visitor, or the build fails.</summary>
    public abstract TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor);

    /// <inheritdoc cref="Accept{TResult}(ICodeExpressionVisitor{TResult})"/>
    public abstract TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg);
}

/// <summary>One of the alternatives is recorded.</summary>
public sealed partial record AlternativeExpression(TextSpan LocalSpan, IReadOnlyList<CodeExpression> Alternatives, IReadOnlyList<SyntaxToken> Operators) : CodeExpression(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => Interleave(Alternatives, Operators);

    public override TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor) => visitor.VisitAlternative(this);

    public override TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitAlternative(this, arg);
}

/// <summary>All of the parts are recorded.</summary>
public sealed partial record CombinationExpression(TextSpan LocalSpan, IReadOnlyList<CodeExpression> Parts, IReadOnlyList<SyntaxToken> Operators) : CodeExpression(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => Interleave(Parts, Operators);

    public override TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor) => visitor.VisitCombination(this);

    public override TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitCombination(this, arg);
}

public sealed partial record ParenthesizedExpression(TextSpan LocalSpan, CodeExpression Inner) : CodeExpression(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Inner];

    public override TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor) => visitor.VisitParenthesized(this);

    public override TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitParenthesized(this, arg);
}

/// <summary>
/// `opcs J12.4 "title"`. <see cref="SystemKeyword"/> is null when the system is inherited from the
/// code before it in the statement; <see cref="System"/> is always resolved. <see cref="Nice"/> is
/// `nice "…"` (the title as NICE printed it, when it differs from the official one) and
/// <see cref="Remark"/> is `remark "…"` (a note on this one code: "Includes: …").
/// </summary>
public sealed partial record CodeReference(
    TextSpan LocalSpan,
    SyntaxToken? SystemKeyword,
    CodeSystem System,
    Pattern Pattern,
    StringLiteral? Title,
    CodeAnnotation? Nice = null,
    CodeAnnotation? Remark = null) : CodeExpression(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [SystemKeyword, Pattern, Title, Nice, Remark];

    public override TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor) => visitor.VisitCodeReference(this);

    public override TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitCodeReference(this, arg);
}

/// <summary>`nice "…"` or `remark "…"` after a code: text the guidance gives about that one code.</summary>
public sealed partial record CodeAnnotation(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Text];
}

/// <summary>A code, category, range, chapter or name as written; classified by the binder.</summary>
/// <param name="ChapterKeyword">Set for `chapter Z`.</param>
public sealed partial record Pattern(TextSpan LocalSpan, SyntaxToken? ChapterKeyword, SyntaxToken Value) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [ChapterKeyword, Value];

    /// <summary>
    /// What the pattern is for <paramref name="system"/> (code, category, range, chapter or name, with
    /// its letter, numbers and marks): read once per spelling (the reader keeps each reading) and shared
    /// by the binder, the checker, highlighting, hover and export.
    /// </summary>
    public Semantics.CodePatternReader.Outcome ReadAs(CodeSystem system) =>
        Semantics.CodePatternReader.Read(system, Value.Text, ChapterKeyword is not null);
}

public abstract record RequirementModifier(TextSpan LocalSpan, SyntaxToken Keyword) : SyntaxNode(LocalSpan);

public sealed partial record OptionalModifier(TextSpan LocalSpan, SyntaxToken Keyword) : RequirementModifier(LocalSpan, Keyword)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword];
}

public sealed partial record IfModifier(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Condition) : RequirementModifier(LocalSpan, Keyword)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Condition];
}

public sealed partial record PositionModifier(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken Position) : RequirementModifier(LocalSpan, Keyword)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Position];
}

public sealed partial record DefaultModifier(TextSpan LocalSpan, SyntaxToken Keyword, CodeReference Code) : RequirementModifier(LocalSpan, Keyword)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Code];
}

/// <summary>`set name = opcs U21.-, Y53.4`.</summary>
public sealed partial record SetDeclaration(
    TextSpan LocalSpan,
    SyntaxToken Keyword,
    SyntaxToken Name,
    SyntaxToken SystemKeyword,
    CodeSystem System,
    IReadOnlyList<Pattern> Items) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Name, SystemKeyword, .. Items];
}

/// <summary>`rule name "title" { when … require … }`.</summary>
public sealed partial record RuleDeclaration(
    TextSpan LocalSpan,
    SyntaxToken Keyword,
    SyntaxToken Name,
    StringLiteral? Title,
    IReadOnlyList<SyntaxNode> Clauses,
    SyntaxToken? CloseBrace) : SyntaxNode(LocalSpan)
{
    /// <summary>What the parser passed over in this rule (a rule holds no unit), relative to the rule: usually none, the shared empty list.</summary>
    public IReadOnlyList<TextSpan> SkippedSpans { get; init; } = Array.Empty<TextSpan>();

    internal override IReadOnlyList<TextSpan> Skipped => SkippedSpans;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Name, Title, .. Clauses, CloseBrace];
}

public sealed partial record WhenClause(TextSpan LocalSpan, SyntaxToken Keyword, Condition Condition) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Condition];
}

public sealed partial record RequireClause(TextSpan LocalSpan, SyntaxToken Keyword, Condition Condition) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Condition];
}

public sealed partial record SeverityClause(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken Level) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Level];
}

public sealed partial record MessageClause(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Text];
}

public sealed partial record CodeClause(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken DiagnosticCode) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, DiagnosticCode];
}

public sealed partial record FixClause(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken AddKeyword, CodeExpression Expression) : SyntaxNode(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, AddKeyword, Expression];
}

public abstract record Condition(TextSpan LocalSpan) : SyntaxNode(LocalSpan)
{
    /// <summary>Calls the visitor's method for this kind of condition: a new kind must be handled by every visitor, or the build fails.</summary>
    public abstract TResult Accept<TResult>(IConditionVisitor<TResult> visitor);

    /// <inheritdoc cref="Accept{TResult}(IConditionVisitor{TResult})"/>
    public abstract TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg);
}

public sealed partial record OrCondition(TextSpan LocalSpan, IReadOnlyList<Condition> Operands) : Condition(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [.. Operands];

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitOr(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitOr(this, arg);
}

public sealed partial record AndCondition(TextSpan LocalSpan, IReadOnlyList<Condition> Operands) : Condition(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [.. Operands];

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitAnd(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitAnd(this, arg);
}

public sealed partial record NotCondition(TextSpan LocalSpan, SyntaxToken Keyword, Condition Operand) : Condition(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Operand];

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitNot(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitNot(this, arg);
}

public sealed partial record FactCondition(TextSpan LocalSpan, SyntaxToken Name) : Condition(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Name];

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitFact(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitFact(this, arg);
}

/// <summary>`has opcs Y53.-`, `first opcs subsidiary`, `second opcs V55.-` or `position 3 opcs Z94.-` (<see cref="Place"/> holds the 3).</summary>
public sealed partial record CodeCondition(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken SystemKeyword, CodeSystem System, Pattern Selector, SyntaxToken? Place = null) : Condition(LocalSpan)
{
    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Place, SystemKeyword, Selector];

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitCode(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitCode(this, arg);
}
