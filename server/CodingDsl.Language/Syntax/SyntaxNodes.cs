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

    /// <summary>Calls the walker's method for this node type.</summary>
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
public sealed record CompilationUnit(
    TextSpan LocalSpan,
    IReadOnlyList<SyntaxNode> Declarations,
    IReadOnlyList<int> DeclarationOffsets,
    IReadOnlyList<IReadOnlyList<Comment>> DeclarationComments,
    IReadOnlyList<Comment> EndComments) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.CompilationUnit;

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

    public override void Accept(SyntaxWalker walker) => walker.VisitCompilationUnit(this);
}

/// <summary>A `//` comment: where the tree stores it, <see cref="Span"/> is relative to its unit; <see cref="CompilationUnit.DocumentComments"/> hands it out in document offsets.</summary>
public sealed record Comment(TextSpan Span, string Text);

public sealed record UseDeclaration(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral? Path) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.UseDeclaration;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Path];

    public override void Accept(SyntaxWalker walker) => walker.VisitUseDeclaration(this);
}

/// <summary>
/// `guidance IPG327 "title" { … }`. <see cref="CloseBrace"/> is null when the block is not closed. Each
/// item is a unit: <see cref="ItemOffsets"/> holds where it starts, relative to the guidance's start.
/// </summary>
public sealed record GuidanceDeclaration(
    TextSpan LocalSpan,
    SyntaxToken Keyword,
    SyntaxToken Id,
    StringLiteral? Title,
    IReadOnlyList<SyntaxNode> Items,
    IReadOnlyList<int> ItemOffsets,
    SyntaxToken? CloseBrace) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.GuidanceDeclaration;

    /// <summary>What the parser passed over in this guidance (not inside its items), relative to the guidance: usually none, the shared empty list.</summary>
    public IReadOnlyList<TextSpan> SkippedSpans { get; init; } = Array.Empty<TextSpan>();

    internal override IReadOnlyList<TextSpan> Skipped => SkippedSpans;

    public override IReadOnlyList<int>? UnitOffsets => ItemOffsets;

    /// <summary>Each item's comments (see <see cref="UnitComments"/>), relative to the item's start: parallel to <see cref="Items"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Comment>> ItemComments { get; init; } = [];

    /// <summary>The span of item <paramref name="index"/> relative to the guidance's start.</summary>
    public TextSpan ItemSpan(int index) => Items[index].LocalSpan.Shift(ItemOffsets[index]);

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Id, Title, .. Items, CloseBrace];

    public override void Accept(SyntaxWalker walker) => walker.VisitGuidanceDeclaration(this);
}

public sealed record SourceStatement(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Url) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.SourceStatement;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Url];

    public override void Accept(SyntaxWalker walker) => walker.VisitSourceStatement(this);
}

public sealed record ClassificationsStatement(TextSpan LocalSpan, SyntaxToken Keyword, IReadOnlyList<SyntaxToken> Versions) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.ClassificationsStatement;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, .. Versions];

    public override void Accept(SyntaxWalker walker) => walker.VisitClassificationsStatement(this);
}

public sealed record NoteStatement(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.NoteStatement;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Text];

    public override void Accept(SyntaxWalker walker) => walker.VisitNoteStatement(this);
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
public sealed record SectionDeclaration(
    TextSpan LocalSpan,
    SyntaxToken Keyword,
    SectionKind Kind,
    StringLiteral? VariantName,
    IReadOnlyList<SyntaxNode> Items,
    SyntaxToken? CloseBrace,
    IfModifier? Condition = null) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.SectionDeclaration;

    /// <summary>What the parser passed over in this section (a section holds no unit), relative to the section: usually none, the shared empty list.</summary>
    public IReadOnlyList<TextSpan> SkippedSpans { get; init; } = Array.Empty<TextSpan>();

    internal override IReadOnlyList<TextSpan> Skipped => SkippedSpans;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, VariantName, Condition, .. Items, CloseBrace];

    public override void Accept(SyntaxWalker walker) => walker.VisitSectionDeclaration(this);
}

/// <summary>`snomed pending` (<see cref="Pending"/> set) or `snomed 87628006 "term"`.</summary>
public sealed record SnomedStatement(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken? Pending, SyntaxToken? Id, StringLiteral? Term) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.SnomedStatement;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Pending, Id, Term];

    public override void Accept(SyntaxWalker walker) => walker.VisitSnomedStatement(this);
}

/// <summary>`image-guided`, `percutaneous` … : a fact about the procedure.</summary>
public sealed record FactStatement(TextSpan LocalSpan, SyntaxToken Name) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.FactStatement;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Name];

    public override void Accept(SyntaxWalker walker) => walker.VisitFactStatement(this);
}

public sealed record CaseByCaseStatement(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral? Text) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.CaseByCaseStatement;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Text];

    public override void Accept(SyntaxWalker walker) => walker.VisitCaseByCaseStatement(this);
}

/// <summary>`opcs J12.4 "title" or Y68.- optional`: codes to record, with modifiers.</summary>
public sealed record RequirementStatement(
    TextSpan LocalSpan,
    CodeExpression Expression,
    IReadOnlyList<RequirementModifier> Modifiers) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.RequirementStatement;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Expression, .. Modifiers];

    public override void Accept(SyntaxWalker walker) => walker.VisitRequirementStatement(this);
}

public abstract record CodeExpression(TextSpan LocalSpan) : SyntaxNode(LocalSpan)
{
    /// <summary>Calls the visitor's method for this kind of expression: a new kind must be handled by every visitor, or the build fails.</summary>
    public abstract TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor);

    /// <inheritdoc cref="Accept{TResult}(ICodeExpressionVisitor{TResult})"/>
    public abstract TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg);
}

/// <summary>One of the alternatives is recorded.</summary>
public sealed record AlternativeExpression(TextSpan LocalSpan, IReadOnlyList<CodeExpression> Alternatives, IReadOnlyList<SyntaxToken> Operators) : CodeExpression(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.AlternativeExpression;

    internal override IReadOnlyList<SyntaxElement?> Children() => Interleave(Alternatives, Operators);

    public override void Accept(SyntaxWalker walker) => walker.VisitAlternativeExpression(this);

    public override TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor) => visitor.VisitAlternative(this);

    public override TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitAlternative(this, arg);
}

/// <summary>All of the parts are recorded.</summary>
public sealed record CombinationExpression(TextSpan LocalSpan, IReadOnlyList<CodeExpression> Parts, IReadOnlyList<SyntaxToken> Operators) : CodeExpression(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.CombinationExpression;

    internal override IReadOnlyList<SyntaxElement?> Children() => Interleave(Parts, Operators);

    public override void Accept(SyntaxWalker walker) => walker.VisitCombinationExpression(this);

    public override TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor) => visitor.VisitCombination(this);

    public override TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitCombination(this, arg);
}

public sealed record ParenthesizedExpression(TextSpan LocalSpan, CodeExpression Inner) : CodeExpression(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.ParenthesizedExpression;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Inner];

    public override void Accept(SyntaxWalker walker) => walker.VisitParenthesizedExpression(this);

    public override TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor) => visitor.VisitParenthesized(this);

    public override TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitParenthesized(this, arg);
}

/// <summary>
/// `opcs J12.4 "title"`. <see cref="SystemKeyword"/> is null when the system is inherited from the
/// code before it in the statement; <see cref="System"/> is always resolved. <see cref="Nice"/> is
/// `nice "…"` (the title as NICE printed it, when it differs from the official one) and
/// <see cref="Remark"/> is `remark "…"` (a note on this one code: "Includes: …").
/// </summary>
public sealed record CodeReference(
    TextSpan LocalSpan,
    SyntaxToken? SystemKeyword,
    CodeSystem System,
    Pattern Pattern,
    StringLiteral? Title,
    CodeAnnotation? Nice = null,
    CodeAnnotation? Remark = null) : CodeExpression(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.CodeReference;

    internal override IReadOnlyList<SyntaxElement?> Children() => [SystemKeyword, Pattern, Title, Nice, Remark];

    public override void Accept(SyntaxWalker walker) => walker.VisitCodeReference(this);

    public override TResult Accept<TResult>(ICodeExpressionVisitor<TResult> visitor) => visitor.VisitCodeReference(this);

    public override TResult Accept<TArg, TResult>(ICodeExpressionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitCodeReference(this, arg);
}

/// <summary>`nice "…"` or `remark "…"` after a code: text the guidance gives about that one code.</summary>
public sealed record CodeAnnotation(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.CodeAnnotation;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Text];

    public override void Accept(SyntaxWalker walker) => walker.VisitCodeAnnotation(this);
}

/// <summary>A code, category, range, chapter or name as written; classified by the binder.</summary>
/// <param name="ChapterKeyword">Set for `chapter Z`.</param>
public sealed record Pattern(TextSpan LocalSpan, SyntaxToken? ChapterKeyword, SyntaxToken Value) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.Pattern;

    internal override IReadOnlyList<SyntaxElement?> Children() => [ChapterKeyword, Value];

    public override void Accept(SyntaxWalker walker) => walker.VisitPattern(this);

    /// <summary>
    /// What the pattern is for <paramref name="system"/> (code, category, range, chapter or name, with
    /// its letter, numbers and marks): read once per spelling (the reader keeps each reading) and shared
    /// by the binder, the checker, highlighting, hover and export.
    /// </summary>
    public Semantics.CodePatternReader.Outcome ReadAs(CodeSystem system) =>
        Semantics.CodePatternReader.Read(system, Value.Text, ChapterKeyword is not null);
}

public abstract record RequirementModifier(TextSpan LocalSpan, SyntaxToken Keyword) : SyntaxNode(LocalSpan);

public sealed record OptionalModifier(TextSpan LocalSpan, SyntaxToken Keyword) : RequirementModifier(LocalSpan, Keyword)
{
    public override SyntaxKind NodeKind => SyntaxKind.OptionalModifier;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword];

    public override void Accept(SyntaxWalker walker) => walker.VisitOptionalModifier(this);
}

public sealed record IfModifier(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Condition) : RequirementModifier(LocalSpan, Keyword)
{
    public override SyntaxKind NodeKind => SyntaxKind.IfModifier;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Condition];

    public override void Accept(SyntaxWalker walker) => walker.VisitIfModifier(this);
}

public sealed record PositionModifier(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken Position) : RequirementModifier(LocalSpan, Keyword)
{
    public override SyntaxKind NodeKind => SyntaxKind.PositionModifier;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Position];

    public override void Accept(SyntaxWalker walker) => walker.VisitPositionModifier(this);
}

public sealed record DefaultModifier(TextSpan LocalSpan, SyntaxToken Keyword, CodeReference Code) : RequirementModifier(LocalSpan, Keyword)
{
    public override SyntaxKind NodeKind => SyntaxKind.DefaultModifier;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Code];

    public override void Accept(SyntaxWalker walker) => walker.VisitDefaultModifier(this);
}

/// <summary>`set name = opcs U21.-, Y53.4`.</summary>
public sealed record SetDeclaration(
    TextSpan LocalSpan,
    SyntaxToken Keyword,
    SyntaxToken Name,
    SyntaxToken SystemKeyword,
    CodeSystem System,
    IReadOnlyList<Pattern> Items) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.SetDeclaration;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Name, SystemKeyword, .. Items];

    public override void Accept(SyntaxWalker walker) => walker.VisitSetDeclaration(this);
}

/// <summary>`rule name "title" { when … require … }`.</summary>
public sealed record RuleDeclaration(
    TextSpan LocalSpan,
    SyntaxToken Keyword,
    SyntaxToken Name,
    StringLiteral? Title,
    IReadOnlyList<SyntaxNode> Clauses,
    SyntaxToken? CloseBrace) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.RuleDeclaration;

    /// <summary>What the parser passed over in this rule (a rule holds no unit), relative to the rule: usually none, the shared empty list.</summary>
    public IReadOnlyList<TextSpan> SkippedSpans { get; init; } = Array.Empty<TextSpan>();

    internal override IReadOnlyList<TextSpan> Skipped => SkippedSpans;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Name, Title, .. Clauses, CloseBrace];

    public override void Accept(SyntaxWalker walker) => walker.VisitRuleDeclaration(this);
}

public sealed record WhenClause(TextSpan LocalSpan, SyntaxToken Keyword, Condition Condition) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.WhenClause;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Condition];

    public override void Accept(SyntaxWalker walker) => walker.VisitWhenClause(this);
}

public sealed record RequireClause(TextSpan LocalSpan, SyntaxToken Keyword, Condition Condition) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.RequireClause;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Condition];

    public override void Accept(SyntaxWalker walker) => walker.VisitRequireClause(this);
}

public sealed record SeverityClause(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken Level) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.SeverityClause;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Level];

    public override void Accept(SyntaxWalker walker) => walker.VisitSeverityClause(this);
}

public sealed record MessageClause(TextSpan LocalSpan, SyntaxToken Keyword, StringLiteral Text) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.MessageClause;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Text];

    public override void Accept(SyntaxWalker walker) => walker.VisitMessageClause(this);
}

public sealed record CodeClause(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken DiagnosticCode) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.CodeClause;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, DiagnosticCode];

    public override void Accept(SyntaxWalker walker) => walker.VisitCodeClause(this);
}

public sealed record FixClause(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken AddKeyword, CodeExpression Expression) : SyntaxNode(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.FixClause;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, AddKeyword, Expression];

    public override void Accept(SyntaxWalker walker) => walker.VisitFixClause(this);
}

public abstract record Condition(TextSpan LocalSpan) : SyntaxNode(LocalSpan)
{
    /// <summary>Calls the visitor's method for this kind of condition: a new kind must be handled by every visitor, or the build fails.</summary>
    public abstract TResult Accept<TResult>(IConditionVisitor<TResult> visitor);

    /// <inheritdoc cref="Accept{TResult}(IConditionVisitor{TResult})"/>
    public abstract TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg);
}

public sealed record OrCondition(TextSpan LocalSpan, IReadOnlyList<Condition> Operands) : Condition(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.OrCondition;

    internal override IReadOnlyList<SyntaxElement?> Children() => [.. Operands];

    public override void Accept(SyntaxWalker walker) => walker.VisitOrCondition(this);

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitOr(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitOr(this, arg);
}

public sealed record AndCondition(TextSpan LocalSpan, IReadOnlyList<Condition> Operands) : Condition(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.AndCondition;

    internal override IReadOnlyList<SyntaxElement?> Children() => [.. Operands];

    public override void Accept(SyntaxWalker walker) => walker.VisitAndCondition(this);

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitAnd(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitAnd(this, arg);
}

public sealed record NotCondition(TextSpan LocalSpan, SyntaxToken Keyword, Condition Operand) : Condition(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.NotCondition;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Operand];

    public override void Accept(SyntaxWalker walker) => walker.VisitNotCondition(this);

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitNot(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitNot(this, arg);
}

public sealed record FactCondition(TextSpan LocalSpan, SyntaxToken Name) : Condition(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.FactCondition;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Name];

    public override void Accept(SyntaxWalker walker) => walker.VisitFactCondition(this);

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitFact(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitFact(this, arg);
}

/// <summary>`has opcs Y53.-`, `first opcs subsidiary`, `second opcs V55.-` or `position 3 opcs Z94.-` (<see cref="Place"/> holds the 3).</summary>
public sealed record CodeCondition(TextSpan LocalSpan, SyntaxToken Keyword, SyntaxToken SystemKeyword, CodeSystem System, Pattern Selector, SyntaxToken? Place = null) : Condition(LocalSpan)
{
    public override SyntaxKind NodeKind => SyntaxKind.CodeCondition;

    internal override IReadOnlyList<SyntaxElement?> Children() => [Keyword, Place, SystemKeyword, Selector];

    public override void Accept(SyntaxWalker walker) => walker.VisitCodeCondition(this);

    public override TResult Accept<TResult>(IConditionVisitor<TResult> visitor) => visitor.VisitCode(this);

    public override TResult Accept<TArg, TResult>(IConditionVisitor<TArg, TResult> visitor, TArg arg) => visitor.VisitCode(this, arg);
}
