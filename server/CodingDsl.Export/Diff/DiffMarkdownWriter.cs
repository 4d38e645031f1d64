using System.Text;

namespace CodingDsl.Export.Diff;

/// <summary>
/// The diff as GitHub-flavoured Markdown for a pull-request comment or a job summary: a summary line,
/// then per guidance (rule, set) a heading marked added/removed/changed, a link to it and a table of
/// its changes, each linked to its line on the head side.
/// </summary>
/// <param name="linkBase">
/// Prefixed to head-side paths in links (`https://github.com/o/r/blob/&lt;sha&gt;/`); empty leaves the
/// links relative to where the Markdown is shown.
/// </param>
public sealed class DiffMarkdownWriter(string linkBase)
{
    public void Write(DiffReport report, TextWriter writer)
    {
        writer.WriteLine("### CodingDsl: changes in meaning");
        writer.WriteLine();
        writer.WriteLine($"{Code(report.Base.Label)} → {Code(report.Head.Label)}: {Escape(DiffWording.Summary(report.Diff))}");
        foreach (var note in new[] { report.Base, report.Head }.Select(DiffWording.ErrorsNote).OfType<string>())
        {
            writer.WriteLine();
            writer.WriteLine($"> **Warning:** {Escape(note)}.");
        }
        foreach (var declaration in report.Diff.All)
        {
            writer.WriteLine();
            var title = declaration.Title is null ? "" : " — " + Escape(declaration.Title);
            writer.WriteLine($"#### {Mark(declaration.Status)} {declaration.Kind} {Escape(declaration.Name)}{title}");
            writer.WriteLine();
            writer.WriteLine(declaration.Head is { } head
                ? $"{Link($"{head.Path}#L{head.Line}", head)}{(declaration.Base is { } moved && moved.Path != head.Path ? $" (was {Code(moved.Path)})" : "")}"
                : $"was {Code($"{declaration.Base!.Path}:{declaration.Base.Line}")}");
            if (declaration.Changes.Count == 0)
            {
                continue;
            }
            writer.WriteLine();
            writer.WriteLine("| | where | what | before | after | line |");
            writer.WriteLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var change in declaration.Changes)
            {
                var where = string.Join(" › ", new[] { change.Section, change.Subject }.OfType<string>().Select(Code));
                writer.WriteLine($"| {Mark(change.Status)} | {where} | {change.Aspect} | {Value(change.Before)} | {Value(change.After)} | {Place(change)} |");
            }
        }
    }

    private string Place(MeaningChange change) => change.Location switch
    {
        null => "",
        { } at when change.Status == ChangeStatus.Removed => $"base {at.Line}",
        { } at => Link($"L{at.Line}", at),
    };

    private string Link(string text, SourceLocation at) => $"[{Escape(text)}]({Uri(at)})";

    private string Uri(SourceLocation at)
    {
        var path = string.Join('/', at.Path.Split('/').Select(System.Uri.EscapeDataString));
        var prefix = linkBase.Length == 0 || linkBase.EndsWith('/') ? linkBase : linkBase + "/";
        return $"{prefix}{path}#L{at.Line}";
    }

    private static string Mark(ChangeStatus status) => status switch
    {
        ChangeStatus.Added => "➕ added",
        ChangeStatus.Removed => "➖ removed",
        _ => "✏️ changed",
    };

    private static string Value(string? text) => text is null ? "" : Code(text);

    /// <summary>A code span that survives backticks and table pipes in the text.</summary>
    private static string Code(string text)
    {
        var fence = text.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        var pad = fence.Length > 1 ? " " : "";
        return fence + pad + OneLine(text).Replace("|", "\\|", StringComparison.Ordinal) + pad + fence;
    }

    /// <summary>Plain text with Markdown's active characters escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in OneLine(text))
        {
            if ("\\`*_[]<>|".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
