using System.Collections;

namespace CodingDsl.Language.Diagnostics;

/// <summary>
/// A diagnostic's fixes, made the first time they are read (a code action, `check`'s JSON or SARIF
/// output, an upgrade), not when the diagnostic is. A file can hold tens of thousands of findings whose
/// fixes nobody asks for: the 1 MB hostile file's 17,773 title warnings each carried two fixes with the
/// official title written out, 12 MB kept for as long as the document was open (docs/performance.md).
/// </summary>
public sealed class LazyCodeFixes(Func<IReadOnlyList<CodeFix>> make) : IReadOnlyList<CodeFix>
{
    private Func<IReadOnlyList<CodeFix>>? make = make;
    private IReadOnlyList<CodeFix>? made;

    public int Count => Fixes.Count;

    public CodeFix this[int index] => Fixes[index];

    public IEnumerator<CodeFix> GetEnumerator() => Fixes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Two threads reading at once may both make the fixes; they are equal, and one of them is kept.
    private IReadOnlyList<CodeFix> Fixes
    {
        get
        {
            if (Volatile.Read(ref made) is { } fixes)
            {
                return fixes;
            }
            var fresh = make is { } m ? m() : [];
            Interlocked.CompareExchange(ref made, fresh, null);
            make = null;
            return made!;
        }
    }
}
