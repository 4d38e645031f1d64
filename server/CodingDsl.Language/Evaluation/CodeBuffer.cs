using System.Collections;
using CodingDsl.Language.Rules;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// A list of recorded codes that a reusable <see cref="Episode"/> refills row after row: its array
/// grows to the widest row once and is then kept. Readers index it (no enumerator per row).
/// </summary>
internal sealed class CodeBuffer : IReadOnlyList<RecordedCode>
{
    private RecordedCode[] items = new RecordedCode[8];

    public int Count { get; private set; }

    public RecordedCode this[int index] =>
        (uint)index < (uint)Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The codes as a span, for the rules' loops (no interface call per code).</summary>
    public ReadOnlySpan<RecordedCode> AsSpan() => items.AsSpan(0, Count);

    public void Clear()
    {
        items.AsSpan(0, Count).Clear();
        Count = 0;
    }

    public void Add(RecordedCode code)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }
        items[Count++] = code;
    }

    public void AddRange(CodeBuffer other)
    {
        for (var i = 0; i < other.Count; i++)
        {
            Add(other.items[i]);
        }
    }

    public IEnumerator<RecordedCode> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
