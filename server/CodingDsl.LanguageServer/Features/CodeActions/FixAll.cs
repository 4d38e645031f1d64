using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.LanguageServer.Features.CodeActions;

/// <summary>
/// The preferred fixes of all a document's diagnostics, as one set of edits. A fix whose edits would
/// overlap edits already taken is left out whole (it can be applied after the others), and the same
/// edit offered by two diagnostics is made once.
/// </summary>
public static class FixAll
{
    public static IReadOnlyList<TextEdit> Collect(IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        foreach (var fix in diagnostics.OrderBy(d => d.Span.Start).SelectMany(d => d.Fixes).Where(f => f.IsPreferred))
        {
            var fresh = fix.Edits.Where(e => !taken.Contains(e)).ToArray();
            if (fresh.Length == 0 || fresh.Any(e => taken.Any(t => Conflicts(t, e))) || HasInternalConflict(fresh))
            {
                continue;
            }
            taken.AddRange(fresh);
        }
        return taken.OrderBy(e => e.Span.Start).ToArray();
    }

    private static bool HasInternalConflict(IReadOnlyList<TextEdit> edits)
    {
        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                if (Conflicts(edits[i], edits[j]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // Two inserts at one offset would apply in an order the client chooses: treat them as a conflict too.
    private static bool Conflicts(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) || a.Span.Start == b.Span.Start ||
        (a.Span.Length == 0 && b.Span.Contains(a.Span.Start)) || (b.Span.Length == 0 && a.Span.Contains(b.Span.Start));
}
