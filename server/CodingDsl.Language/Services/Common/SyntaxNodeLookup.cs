using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>A node found in a tree, with where its unit starts in the document: its spans are relative to that.</summary>
internal readonly record struct LocatedNode<T>(T Node, int UnitStart)
    where T : SyntaxNode
{
    /// <summary>The node's document span.</summary>
    public TextSpan Span => Node.LocalSpan.Shift(UnitStart);

    /// <summary>The document span of a token, quoted text or node of the same unit.</summary>
    public TextSpan SpanOf(SyntaxElement element) => element.LocalSpan.Shift(UnitStart);
}

/// <summary>
/// The one "which node is at this position" lookup the services share: it goes down the tree through
/// each node's children in order (<see cref="SyntaxNode.ChildNodes"/>), so it needs no case per
/// construct and a new one is found like any other. Nodes hold spans relative to their unit; the
/// lookup follows the units' offsets down (<see cref="SyntaxNode.UnitOffsets"/>) and hands each node
/// out with its unit's start.
/// </summary>
internal static class SyntaxNodeLookup
{
    /// <summary>
    /// The nodes below <paramref name="root"/> whose span contains <paramref name="offset"/>, outermost
    /// first: each is the first child of the one before it that contains the offset.
    /// </summary>
    /// <param name="inclusiveEnd">Whether a node ending at the offset contains it (a cursor just after the last character).</param>
    public static IEnumerable<LocatedNode<SyntaxNode>> NodesAt(SyntaxNode root, int offset, bool inclusiveEnd = false)
    {
        var node = root;
        var start = 0;
        while (ChildAt(node, start, offset, inclusiveEnd) is { } child)
        {
            yield return child;
            (node, start) = child;
        }
    }

    /// <summary>The innermost node of type <typeparamref name="T"/> at the offset (<see cref="NodesAt"/>), or null.</summary>
    public static LocatedNode<T>? Innermost<T>(SyntaxNode root, int offset, bool inclusiveEnd = false)
        where T : SyntaxNode
    {
        LocatedNode<T>? found = null;
        foreach (var (node, start) in NodesAt(root, offset, inclusiveEnd))
        {
            if (node is T match)
            {
                found = new LocatedNode<T>(match, start);
            }
        }
        return found;
    }

    private static LocatedNode<SyntaxNode>? ChildAt(SyntaxNode node, int start, int offset, bool inclusiveEnd)
    {
        var offsets = node.UnitOffsets;
        var unit = 0;
        foreach (var child in node.ChildNodes())
        {
            var childStart = offsets is null ? start : start + offsets[unit++];
            var span = child.LocalSpan.Shift(childStart);
            if (inclusiveEnd ? span.ContainsInclusive(offset) : span.Contains(offset))
            {
                return new LocatedNode<SyntaxNode>(child, childStart);
            }
        }
        return null;
    }
}
