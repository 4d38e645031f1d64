using Sprache;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// A Sprache input that can start anywhere in the document, so each statement is parsed in place and
/// every result carries document offsets. Line and column are not tracked: spans come from offsets.
/// </summary>
internal sealed class SourceInput : IInput
{
    public SourceInput(string source, int position)
    {
        Source = source;
        Position = position;
    }

    public string Source { get; }

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
        return new SourceInput(Source, Position + 1);
    }

    public bool Equals(IInput? other) => other is not null && other.Position == Position && ReferenceEquals(other.Source, Source);

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => Position;
}
