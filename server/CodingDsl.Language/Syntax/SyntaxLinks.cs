using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>The element is part of a tree: its parent and full span are set.</summary>
    Woven = 1,
    Skipped = 2,
    EndOfFile = 4,
}

/// <summary>
/// What the tree adds to an element once parsed: its parent and full span (24 bytes per element; the
/// text is the root's, found through the parents). Always equal to any other, so an element's equality
/// stays what the parser read (kind, text, spans): a parent in a record's equality would recurse, and
/// two parses of one text must compare equal.
/// </summary>
internal struct SyntaxLinks : IEquatable<SyntaxLinks>
{
    public SyntaxNode? Parent;
    public TextSpan FullSpan;
    public TokenFlags Flags;

    public readonly bool Woven => (Flags & TokenFlags.Woven) != 0;

    public readonly bool Equals(SyntaxLinks other) => true;

    public override readonly bool Equals(object? obj) => obj is SyntaxLinks;

    public override readonly int GetHashCode() => 0;
}

/// <summary>A node's children with its punctuation (and the root's text); always equal to any other, like <see cref="SyntaxLinks"/>.</summary>
internal struct NodeSlots : IEquatable<NodeSlots>
{
    public SyntaxElement[]? Slots;

    /// <summary>
    /// For a node an incremental parse moved (<see cref="SyntaxShifter"/>): the woven node it is a moved
    /// copy of, and by how much. Its children with punctuation are made from the original's on first use.
    /// </summary>
    public SyntaxNode? Original;
    public int Delta;

    public readonly bool Equals(NodeSlots other) => true;

    public override readonly bool Equals(object? obj) => obj is NodeSlots;

    public override readonly int GetHashCode() => 0;
}

/// <summary>Holds <see cref="SyntaxNode.ContentKey"/>: always equal to any other, so it is not part of a node's equality.</summary>
internal struct ContentIdentity : IEquatable<ContentIdentity>
{
    public object? Key;

    public readonly bool Equals(ContentIdentity other) => true;

    public override readonly bool Equals(object? obj) => obj is ContentIdentity;

    public override readonly int GetHashCode() => 0;
}
