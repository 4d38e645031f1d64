using System.Text;

namespace CodingDsl.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per diagnostic, which GitHub shows as annotations on the
/// pull request: <c>::error file=a.coding,line=3,col=9,endLine=3,endColumn=14,title=CDSL0201::message</c>.
/// Columns are only given when the range is on one line (GitHub ignores them otherwise).
/// </summary>
public sealed class GitHubFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var (document, diagnostic) in report.AllDiagnostics)
        {
            var range = document.GetRange(diagnostic.Span);
            var line = new StringBuilder();
            line.Append("::").Append(LevelNames.GitHub(diagnostic.Level));
            line.Append(" file=").Append(EscapeProperty(report.Paths.ForPortable(document.Path)));
            line.Append(",line=").Append(range.Start.Line + 1);
            if (range.Start.Line == range.End.Line)
            {
                line.Append(",col=").Append(range.Start.Character + 1);
            }
            line.Append(",endLine=").Append(range.End.Line + 1);
            if (range.Start.Line == range.End.Line)
            {
                line.Append(",endColumn=").Append(range.End.Character + 1);
            }
            line.Append(",title=").Append(EscapeProperty(diagnostic.Code));
            line.Append("::").Append(EscapeData(diagnostic.Message));
            writer.WriteLine(line.ToString());
        }
        writer.WriteLine(Summary.For(report));
    }

    /// <summary>Message text: %, CR and LF are percent-encoded (GitHub's toCommandValue rules).</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Property values: as data, plus ':' and ',' which separate properties.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
