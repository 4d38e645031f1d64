namespace CodingDsl.Language.Syntax;

/// <summary>
/// Visits a tree depth-first in source order. Override a <c>VisitX</c> to act on one construct (call the
/// base to go on into its children), or <see cref="VisitToken"/> / <see cref="VisitLiteral"/> for every
/// token. Each node type dispatches to its own method (<see cref="SyntaxNode.Accept"/>, abstract, so a
/// new node type cannot be missed); services subclass this instead of writing their own recursion.
/// </summary>
public abstract class SyntaxWalker
{
    public void Visit(SyntaxNode node) => node.Accept(this);

    /// <summary>Visits every child of <paramref name="node"/> in order.</summary>
    protected virtual void DefaultVisit(SyntaxNode node)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            switch (child)
            {
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
