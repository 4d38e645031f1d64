using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Services;

/// <summary>
/// The one "which node is at this position" lookup the services share: it goes down the tree through
/// each node's children in order (<see cref="SyntaxNode.ChildNodes"/>), so it needs no case per
/// construct and a new one is found like any other.
/// </summary>
internal static class SyntaxNodeLookup
{
    /// <summary>
    /// The nodes below <paramref name="root"/> whose span contains <paramref name="offset"/>, outermost
    /// first: each is the first child of the one before it that contains the offset.
    /// </summary>
    /// <param name="inclusiveEnd">Whether a node ending at the offset contains it (a cursor just after the last character).</param>
    public static IEnumerable<SyntaxNode> NodesAt(SyntaxNode root, int offset, bool inclusiveEnd = false)
    {
        var node = root;
        while (node.ChildNodes().FirstOrDefault(c => inclusiveEnd ? c.Span.ContainsInclusive(offset) : c.Span.Contains(offset)) is { } child)
        {
            yield return child;
            node = child;
        }
    }

    /// <summary>The innermost node of type <typeparamref name="T"/> at the offset (<see cref="NodesAt"/>), or null.</summary>
    public static T? Innermost<T>(SyntaxNode root, int offset, bool inclusiveEnd = false)
        where T : SyntaxNode =>
        NodesAt(root, offset, inclusiveEnd).OfType<T>().LastOrDefault();
}
