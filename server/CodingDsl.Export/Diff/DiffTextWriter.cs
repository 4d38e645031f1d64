namespace CodingDsl.Export.Diff;

/// <summary>
/// The diff for a terminal: a heading line per guidance, rule or set, one indented line per change
/// (`added    procedure › opcs Y53.- or Y68.-: alternative opcs Y70.3 (line 11)`), then a summary.
/// </summary>
public static class DiffTextWriter
{
    public static void Write(DiffReport report, TextWriter writer)
    {
        foreach (var declaration in report.Diff.All)
        {
            var at = declaration.Head ?? declaration.Base!;
            var title = declaration.Title is null ? "" : " " + MeaningText.Quote(declaration.Title);
            writer.WriteLine($"{declaration.Kind} {declaration.Name}{title} {DiffWording.Status(declaration.Status)} ({(declaration.Head is null ? "was " : "")}{at.Path}:{at.Line})");
            foreach (var change in declaration.Changes)
            {
                writer.WriteLine("  " + Line(change, declaration));
            }
        }
        foreach (var note in new[] { report.Base, report.Head }.Select(DiffWording.ErrorsNote).OfType<string>())
        {
            writer.WriteLine("warning: " + note + ".");
        }
        writer.WriteLine(DiffWording.Summary(report.Diff));
    }

    private static string Line(MeaningChange change, DeclarationDiff declaration)
    {
        var where = DiffWording.Where(change);
        var value = change.Status switch
        {
            ChangeStatus.Added => change.After,
            ChangeStatus.Removed => change.Before,
            _ => $"{change.Before ?? "(none)"} → {change.After ?? "(none)"}",
        };
        var what = string.IsNullOrEmpty(value) ? change.Aspect : $"{change.Aspect} {value}";
        return $"{DiffWording.Status(change.Status),-8} {(where.Length == 0 ? "" : where + ": ")}{what}{Place(change, declaration)}";
    }

    /// <summary>"(line 11)" in the declaration's own file on that side, else "(rules/a.coding:11)"; "base" for removed lines.</summary>
    private static string Place(MeaningChange change, DeclarationDiff declaration)
    {
        if (change.Location is not { } location)
        {
            return "";
        }
        var home = change.Status == ChangeStatus.Removed ? declaration.Base : declaration.Head;
        var side = change.Status == ChangeStatus.Removed && declaration.Head is not null ? "base " : "";
        return location.Path == home?.Path ? $" ({side}line {location.Line})" : $" ({side}{location.Path}:{location.Line})";
    }
}
