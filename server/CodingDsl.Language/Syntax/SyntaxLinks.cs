using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    Skipped = 1,
    EndOfFile = 2,
}

/// <summary>
/// What the tree adds to an element once parsed: its parent, full span, the node's children with their
/// punctuation, and the text its trivia is read from. Always equal to any other, so a node's equality
/// stays what the parser read (its kind, text and spans): a parent link in the record's equality would
/// recurse, and two parses of one text must compare equal.
/// </summary>
internal struct SyntaxLinks : IEquatable<SyntaxLinks>
{
    public SyntaxNode? Parent;
    public TextSpan FullSpan;
    public SyntaxElement[]? Slots;
    public string? Source;
    public TokenFlags Flags;

    public readonly bool Woven => Source is not null;

    public readonly bool Equals(SyntaxLinks other) => true;

    public override readonly bool Equals(object? obj) => obj is SyntaxLinks;

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
