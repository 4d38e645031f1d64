namespace CodingDsl.Language.Text;

/// <summary>A half-open range of UTF-16 offsets into a document.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>The span <paramref name="offset"/> characters on: a node's span relative to its unit, made a document span by the unit's start.</summary>
    public TextSpan Shift(int offset) => new(Start + offset, Length);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool ContainsInclusive(int offset) => offset >= Start && offset <= End;

    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start}..{End})";
}
