using CodingDsl.Language.Releases;
using CodingDsl.Language.Text;

namespace CodingDsl.Cli.Output;

/// <summary>
/// The Markdown `codingdsl upgrade` prints per file, for the pull request that carries the upgrade:
/// the `classifications` line, the titles rewritten, the codes left in place for a person (with
/// candidates), and what to review. Line numbers are 1-based, as editors show them, and those of the
/// file after the upgrade (a declared version may add a line).
/// </summary>
public static class UpgradeMarkdown
{
    public static void WriteHeader(TextWriter writer, ReleaseName target, bool write)
    {
        writer.WriteLine($"# Upgrade to {target.DisplayName}");
        writer.WriteLine();
        writer.WriteLine(write
            ? "Files were rewritten where the summary says so; codes that could not be carried over are unchanged."
            : "Nothing was written (run with --write to rewrite the files).");
        writer.WriteLine();
    }

    /// <param name="status">One line on what happened to the file: "rewritten", "would be rewritten" …</param>
    public static void WriteFile(TextWriter writer, string displayPath, UpgradePlan plan, string status)
    {
        var text = new SourceText(plan.NewText);
        writer.WriteLine($"## {displayPath.Replace('\\', '/')}");
        writer.WriteLine();
        writer.WriteLine($"{status}.");
        writer.WriteLine();
        var rewritten = plan.Edits.Count(e => e.NewText == plan.Target.ToString());
        if (rewritten > 0)
        {
            writer.WriteLine($"- `classifications`: now `{plan.Target}` ({Count(rewritten, "guidance", "guidances")}).");
        }
        if (plan.Declared.Count > 0)
        {
            writer.WriteLine($"- `classifications`: `{plan.Target}` declared by {string.Join(", ", plan.Declared)}, which followed the default table.");
        }
        var titles = plan.Changes.Where(c => c.Kind == ReleaseChangeKind.TitleChanged).ToArray();
        var errors = plan.Errors.ToArray();
        var review = plan.Changes.Where(c => c.Kind is ReleaseChangeKind.CategoryGainsCodes or ReleaseChangeKind.RuleNeedsReview).ToArray();
        if (rewritten == 0 && plan.Declared.Count == 0 && plan.Changes.Count == 0)
        {
            writer.WriteLine("- No changes.");
        }
        writer.WriteLine();
        if (titles.Length > 0)
        {
            writer.WriteLine($"### Titles updated ({titles.Length})");
            writer.WriteLine();
            writer.WriteLine("| line | code | old title | new title |");
            writer.WriteLine("| --- | --- | --- | --- |");
            foreach (var t in titles)
            {
                writer.WriteLine($"| {Line(text, plan, t)} | `{t.Code}` | {Cell(t.OldTitle)} | {Cell(t.NewTitle)} |");
            }
            writer.WriteLine();
        }
        if (errors.Length > 0)
        {
            writer.WriteLine($"### Left in place: a person must choose ({errors.Length})");
            writer.WriteLine();
            foreach (var e in errors)
            {
                writer.WriteLine($"- [ ] line {Line(text, plan, e)}: `{e.Code}`{(e.OldTitle is { Length: > 0 } title ? $" {title}" : string.Empty)} ({e.Diagnostic.Code}): {Reason(e)}");
                foreach (var candidate in e.Codes.Take(5))
                {
                    writer.WriteLine($"  - `{candidate.Code}` {candidate.Title}");
                }
            }
            writer.WriteLine();
        }
        if (review.Length > 0)
        {
            writer.WriteLine($"### To review ({review.Length})");
            writer.WriteLine();
            foreach (var r in review)
            {
                writer.WriteLine($"- line {Line(text, plan, r)} ({r.Diagnostic.Code}): {r.Diagnostic.Message}");
            }
            writer.WriteLine();
        }
    }

    public static void WriteTotals(TextWriter writer, int files, int changed, int errors, bool write)
    {
        writer.WriteLine("---");
        writer.WriteLine();
        writer.WriteLine($"{Count(files, "file", "files")}, {changed} {(write ? "rewritten" : "to rewrite")}, {Count(errors, "code", "codes")} left in place for a person.");
    }

    private static string Reason(ReleaseChange change) => change.Kind == ReleaseChangeKind.NowSubdivided
        ? "now needs a fourth character; candidates:"
        : change.Codes.Count > 0 ? "not in the target release; candidates:" : "not in the target release; no candidate of the same category or a similar title.";

    private static int Line(SourceText text, UpgradePlan plan, ReleaseChange change) => text.GetPosition(plan.MapToNewText(change.Span.Start)).Line + 1;

    private static string Cell(string? value) => string.IsNullOrEmpty(value) ? "—" : value.Replace("|", "\\|");

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
