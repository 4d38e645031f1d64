using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Visits a tree depth-first in source order. Override a <c>VisitX</c> to act on one construct (call the
/// base to go on into its children), or <see cref="VisitToken"/> / <see cref="VisitLiteral"/> for every
/// token. Each node type dispatches to its own method (<see cref="SyntaxNode.Accept"/>, abstract, so a
/// new node type cannot be missed); services subclass this instead of writing their own recursion.
/// The walker knows where the unit being visited starts (<see cref="UnitStart"/>): nodes hold spans
/// relative to their unit, and <see cref="SpanOf"/> gives the document span of what is visited.
/// </summary>
public abstract class SyntaxWalker
{
    /// <summary>The document offset the visited node's <see cref="SyntaxElement.LocalSpan"/> is relative to.</summary>
    protected int UnitStart { get; private set; }

    /// <summary>Visits a root, or a unit of a tree whose document start is <see cref="UnitStart"/>'s.</summary>
    public void Visit(SyntaxNode node) => node.Accept(this);

    /// <summary>Visits <paramref name="node"/>, a node of the unit that starts at <paramref name="unitStart"/> in the document.</summary>
    public void Visit(SyntaxNode node, int unitStart)
    {
        var outer = UnitStart;
        UnitStart = unitStart;
        node.Accept(this);
        UnitStart = outer;
    }

    /// <summary>The document span of a token, quoted text or node of the unit being visited.</summary>
    protected TextSpan SpanOf(SyntaxElement element) => element.LocalSpan.Shift(UnitStart);

    /// <summary>Visits every child of <paramref name="node"/> in order; a child that is a unit is visited with its own start.</summary>
    protected virtual void DefaultVisit(SyntaxNode node)
    {
        var offsets = node.UnitOffsets;
        var unit = 0;
        foreach (var child in node.ChildNodesAndTokens())
        {
            switch (child)
            {
                case SyntaxNode n when offsets is not null:
                    Visit(n, UnitStart + offsets[unit++]);
                    break;
                case SyntaxNode n:
                    Visit(n);
                    break;
                case SyntaxToken t:
                    VisitToken(t);
                    break;
                case StringLiteral l:
                    VisitLiteral(l);
                    break;
            }
        }
    }

    protected virtual void VisitToken(SyntaxToken token)
    {
    }

    protected virtual void VisitLiteral(StringLiteral literal)
    {
    }

    protected internal virtual void VisitCompilationUnit(CompilationUnit node) => DefaultVisit(node);

    protected internal virtual void VisitUseDeclaration(UseDeclaration node) => DefaultVisit(node);

    protected internal virtual void VisitGuidanceDeclaration(GuidanceDeclaration node) => DefaultVisit(node);

    protected internal virtual void VisitSourceStatement(SourceStatement node) => DefaultVisit(node);

    protected internal virtual void VisitClassificationsStatement(ClassificationsStatement node) => DefaultVisit(node);

    protected internal virtual void VisitNoteStatement(NoteStatement node) => DefaultVisit(node);

    protected internal virtual void VisitSectionDeclaration(SectionDeclaration node) => DefaultVisit(node);

    protected internal virtual void VisitSnomedStatement(SnomedStatement node) => DefaultVisit(node);

    protected internal virtual void VisitFactStatement(FactStatement node) => DefaultVisit(node);

    protected internal virtual void VisitCaseByCaseStatement(CaseByCaseStatement node) => DefaultVisit(node);

    protected internal virtual void VisitRequirementStatement(RequirementStatement node) => DefaultVisit(node);

    protected internal virtual void VisitAlternativeExpression(AlternativeExpression node) => DefaultVisit(node);

    protected internal virtual void VisitCombinationExpression(CombinationExpression node) => DefaultVisit(node);

    protected internal virtual void VisitParenthesizedExpression(ParenthesizedExpression node) => DefaultVisit(node);

    protected internal virtual void VisitCodeReference(CodeReference node) => DefaultVisit(node);

    protected internal virtual void VisitCodeAnnotation(CodeAnnotation node) => DefaultVisit(node);

    protected internal virtual void VisitPattern(Pattern node) => DefaultVisit(node);

    protected internal virtual void VisitOptionalModifier(OptionalModifier node) => DefaultVisit(node);

    protected internal virtual void VisitIfModifier(IfModifier node) => DefaultVisit(node);

    protected internal virtual void VisitPositionModifier(PositionModifier node) => DefaultVisit(node);

    protected internal virtual void VisitDefaultModifier(DefaultModifier node) => DefaultVisit(node);

    protected internal virtual void VisitSetDeclaration(SetDeclaration node) => DefaultVisit(node);

    protected internal virtual void VisitRuleDeclaration(RuleDeclaration node) => DefaultVisit(node);

    protected internal virtual void VisitWhenClause(WhenClause node) => DefaultVisit(node);

    protected internal virtual void VisitRequireClause(RequireClause node) => DefaultVisit(node);

    protected internal virtual void VisitSeverityClause(SeverityClause node) => DefaultVisit(node);

    protected internal virtual void VisitMessageClause(MessageClause node) => DefaultVisit(node);

    protected internal virtual void VisitCodeClause(CodeClause node) => DefaultVisit(node);

    protected internal virtual void VisitFixClause(FixClause node) => DefaultVisit(node);

    protected internal virtual void VisitOrCondition(OrCondition node) => DefaultVisit(node);

    protected internal virtual void VisitAndCondition(AndCondition node) => DefaultVisit(node);

    protected internal virtual void VisitNotCondition(NotCondition node) => DefaultVisit(node);

    protected internal virtual void VisitFactCondition(FactCondition node) => DefaultVisit(node);

    protected internal virtual void VisitCodeCondition(CodeCondition node) => DefaultVisit(node);
}
