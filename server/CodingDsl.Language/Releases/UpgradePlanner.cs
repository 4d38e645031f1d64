using CodingDsl.Language.Configuration;
using CodingDsl.Language.Syntax;
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
        var declaredNow = new List<string>();
        var written = target.ToString();
        foreach (var guidance in model.Guidances)
        {
            var declared = guidance.Versions.FirstOrDefault(v => v.System == target.System);
            if (declared is null)
            {
                if (Declare(guidance.Syntax, guidance.Start, text, written) is { } insertion)
                {
                    edits.Add(insertion);
                    declaredNow.Add(guidance.Id);
                }
            }
            else if (declared.Syntax.Text != written && ReleaseComparer.SourceTable(tables, guidance, target.System) != to)
            {
                edits.Add(new TextEdit(declared.Span, written));
            }
        }
        foreach (var change in changes.Where(c => c.Kind == ReleaseChangeKind.TitleChanged))
        {
            if (change.Diagnostic.Fixes is [{ } fix, ..] && !fix.Edits.Any(e => edits.Any(t => Overlap(e.Span, t.Span))))
            {
                edits.AddRange(fix.Edits);
            }
        }
        return new UpgradePlan(target, to, text, edits.OrderBy(e => e.Span.Start).ToArray(), changes, declaredNow);
    }

    /// <summary>
    /// A guidance without a version of the system follows the default table; after the upgrade its codes
    /// and titles are the target's, so it declares the target: appended to its `classifications` line,
    /// or a new line after `source` (else before its first statement), indented as its statements are.
    /// </summary>
    private static TextEdit? Declare(GuidanceDeclaration guidance, int start, string text, string version)
    {
        var items = guidance.Items;
        var lineAt = IndexOf<ClassificationsStatement>(items);
        if (lineAt >= 0)
        {
            var line = (ClassificationsStatement)items[lineAt];
            var last = start + guidance.ItemOffsets[lineAt] + (line.Versions.Count > 0 ? line.Versions[^1].LocalSpan.End : line.Keyword.LocalSpan.End);
            return new TextEdit(new TextSpan(last, 0), line.Versions.Count > 0 ? $", {version}" : $" {version}");
        }
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var sourceAt = IndexOf<SourceStatement>(items);
        if (sourceAt >= 0)
        {
            var source = guidance.ItemSpan(sourceAt).Shift(start);
            return new TextEdit(new TextSpan(source.End, 0), $"{newline}{Indent(text, source.Start)}classifications {version}");
        }
        if (items.Count > 0)
        {
            var first = guidance.ItemSpan(0).Shift(start);
            return new TextEdit(new TextSpan(first.Start, 0), $"classifications {version}{newline}{Indent(text, first.Start)}");
        }
        return null;
    }

    private static int IndexOf<T>(IReadOnlyList<SyntaxNode> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is T)
            {
                return i;
            }
        }
        return -1;
    }

    private static string Indent(string text, int position)
    {
        var start = position;
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }
        return text[start..position];
    }

    private static bool Overlap(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
