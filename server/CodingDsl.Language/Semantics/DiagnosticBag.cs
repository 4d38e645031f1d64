using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>
/// Collects diagnostics made by <see cref="DiagnosticFactory"/> at their catalogue default level; configuration is applied later, in one place.
/// Findings about a unit (a section, a top-level declaration, a guidance's line) are made with the unit's
/// relative spans, as its nodes hold them, and placed in the document here, by <see cref="UnitStart"/>: the
/// one place a unit's findings get document offsets, so a reused section's findings are kept relative and
/// placed again wherever the section now stands.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    /// <summary>Where the unit whose findings are being added starts in the document (0: findings in document offsets).</summary>
    public int UnitStart { get; set; }

    /// <summary>Adds a finding about the current unit, in its relative spans.</summary>
    public void Add(Diagnostic diagnostic) => items.Add(Place(diagnostic, UnitStart));

    /// <summary>A finding made in the spans of a unit that starts at <paramref name="unitStart"/>, in document offsets (its fixes too, still made only when asked for).</summary>
    public static Diagnostic Place(Diagnostic diagnostic, int unitStart)
    {
        if (unitStart == 0)
        {
            return diagnostic;
        }
        var fixes = diagnostic.Fixes switch
        {
            LazyCodeFixes lazy => new LazyCodeFixes(() => Shift(lazy, unitStart)),
            { Count: 0 } none => none,
            var made => Shift(made, unitStart),
        };
        return diagnostic with { Span = diagnostic.Span.Shift(unitStart), Fixes = fixes };
    }

    /// <summary>Edits made in document offsets, in the spans of the unit that starts at <paramref name="unitStart"/> (a fix built from the document's text).</summary>
    public static TextEdit[] Relative(IEnumerable<TextEdit> edits, int unitStart) => Shift(edits, -unitStart);

    private static CodeFix[] Shift(IReadOnlyList<CodeFix> fixes, int offset) =>
        fixes.Select(f => f with { Edits = Shift(f.Edits, offset) }).ToArray();

    private static TextEdit[] Shift(IEnumerable<TextEdit> edits, int offset) =>
        edits.Select(e => e with { Span = e.Span.Shift(offset) }).ToArray();
}
