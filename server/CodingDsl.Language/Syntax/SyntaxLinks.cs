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
