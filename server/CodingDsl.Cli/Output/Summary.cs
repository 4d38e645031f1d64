using CodingDsl.Language;

namespace CodingDsl.Cli.Output;

/// <summary>The closing line of text and GitHub output.</summary>
public static class Summary
{
    public static string For(CheckReport report)
    {
        var files = report.Documents.Count;
        if (report.DiagnosticCount == 0)
        {
            return files == 1 ? "1 file is clean." : $"All {files} files are clean.";
        }
        if (report.ErrorCount == 0 && report.WarningCount == 0)
        {
            // Information (a pending SNOMED CT concept, a version checked against the default table)
            // is shown above but does not make a file unclean.
            var all = files == 1 ? "1 file is clean" : $"All {files} files are clean";
            return $"{all} ({report.InfoCount} info).";
        }
        return $"{Counted.Of(files, "file")} checked: {Counted.Of(report.ErrorCount, "error")}, {Counted.Of(report.WarningCount, "warning")}, {report.InfoCount} info";
    }
}
