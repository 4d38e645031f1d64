using Sprache;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// A Sprache input that can start anywhere in the document, so each statement is parsed in place and
/// every result carries offsets relative to <see cref="UnitStart"/>, the start of the unit (section or
/// top-level declaration, see docs/contributing.md "Relative positions") the statement is in: a node does
/// not know where its unit stands, so a unit moved by an edit is kept as it is. Line and column are not
/// tracked: spans come from offsets. <see cref="Position"/> is a document offset.
/// </summary>
internal sealed class SourceInput : IInput
{
    public SourceInput(string source, int position, int unitStart)
    {
        Source = source;
        Position = position;
        UnitStart = unitStart;
    }

    public string Source { get; }

    /// <summary>The document offset the tokens' spans are relative to.</summary>
    public int UnitStart { get; }

    public int Position { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= Source.Length;

    public int Line => 0;

    public int Column => Position;

    // Sprache reads Memos only for memoised parsers, which the grammars do not use; an eager
    // dictionary per input cost one allocation per character consumed.
    public IDictionary<object, object> Memos => memos ??= new Dictionary<object, object>();

    private IDictionary<object, object>? memos;

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("Cannot advance past the end of the input.");
        }
        return new SourceInput(Source, Position + 1, UnitStart);
    }

    public bool Equals(IInput? other) => other is not null && other.Position == Position && ReferenceEquals(other.Source, Source);

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => Position;
}
