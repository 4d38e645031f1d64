namespace CodingDsl.Language.Syntax;

/// <summary>
/// One unit (a top-level declaration, an item of a guidance, or the root) read with every token: what
/// <see cref="SyntaxWeaver"/> makes of it. Spans are relative to the unit's start, so a unit an edit did
/// not touch (the same node object in the new tree) keeps its weave: a keystroke weaves only the units
/// it re-parsed, and the guidance and root around them.
/// </summary>
public sealed class WovenUnit
{
    private readonly Dictionary<SyntaxNode, SyntaxElement[]> children;

    internal WovenUnit(SyntaxNode node, SyntaxElement[] sequence, Dictionary<SyntaxNode, SyntaxElement[]> children)
    {
        Node = node;
        Sequence = sequence;
        this.children = children;
    }

    public SyntaxNode Node { get; }

    /// <summary>
    /// The unit's tokens in source order (<see cref="WovenToken"/>), with each unit it holds (a guidance's
    /// items, the root's declarations) as the node, in its place: that unit is woven on its own.
    /// </summary>
    public IReadOnlyList<SyntaxElement> Sequence { get; }

    /// <summary>
    /// What <paramref name="node"/> (this unit or a node inside it) holds, in source order: its child nodes
    /// and every token, each a <see cref="WovenToken"/> (punctuation, skipped text and missing tokens too).
    /// Null for a node not in this unit.
    /// </summary>
    public IReadOnlyList<SyntaxElement>? ChildNodesAndTokens(SyntaxNode node) =>
        children.TryGetValue(node, out var slots) ? slots : null;
}
