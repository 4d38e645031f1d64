using CodingDsl.Language.Configuration;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Releases;

/// <summary>
/// Plans the upgrade of one analysed file to another configured release. The edits replace exact
/// token spans of the syntax tree (version tokens, title literals), so comments, blank lines and
/// layout stay as they were. Codes that cannot be carried over are not touched: they are in
/// <see cref="UpgradePlan.Errors"/> with their suggestions. Never throws; writes nothing.
/// </summary>
public static class UpgradePlanner
{
    public static UpgradePlan Plan(DocumentAnalysis analysis, ReleaseName target)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(target);
        var text = analysis.Text.Text;
        var to = ReleaseComparer.TargetTable(analysis, target);
        if (analysis.Model is not { } model || to is null)
        {
            return new UpgradePlan(target, to, text, [], [], []);
        }
        var tables = analysis.Configuration?.Classifications ?? ClassificationSet.Bundled;
        var changes = ReleaseComparer.Compare(analysis, target);
        var edits = new List<TextEdit>();
        var unversioned = new List<string>();
        var written = target.ToString();
        foreach (var guidance in model.Guidances)
        {
            var declared = guidance.Versions.FirstOrDefault(v => v.System == target.System);
            if (declared is null)
            {
                unversioned.Add(guidance.Id);
            }
            else if (declared.Syntax.Text != written && ReleaseComparer.SourceTable(tables, guidance, target.System) != to)
            {
                edits.Add(new TextEdit(declared.Syntax.Span, written));
            }
        }
        foreach (var change in changes.Where(c => c.Kind == ReleaseChangeKind.TitleChanged))
        {
            if (change.Diagnostic.Fixes.FirstOrDefault() is { } fix && !fix.Edits.Any(e => edits.Any(t => Overlap(e.Span, t.Span))))
            {
                edits.AddRange(fix.Edits);
            }
        }
        return new UpgradePlan(target, to, text, edits.OrderBy(e => e.Span.Start).ToArray(), changes, unversioned);
    }

    private static bool Overlap(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
