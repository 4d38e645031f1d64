using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Visits a tree depth-first in source order. Override a <c>VisitX</c> to act on one construct (call the
/// base to go on into its children), or <see cref="VisitToken"/> / <see cref="VisitLiteral"/> for every
/// token. Each node type dispatches to its own method (<see cref="SyntaxNode.Accept"/>); the
/// <c>VisitX</c> methods, one per node record, are generated (server/CodingDsl.Generators) and visit the
/// children: a method written here by hand is not generated. Services subclass this instead of writing
/// their own recursion.
/// The walker knows where the unit being visited starts (<see cref="UnitStart"/>): nodes hold spans
/// relative to their unit, and <see cref="SpanOf"/> gives the document span of what is visited.
/// </summary>
public abstract partial class SyntaxWalker
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
}
