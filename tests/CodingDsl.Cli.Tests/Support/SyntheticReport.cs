using CodingDsl.Cli.Output;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Tests.Support;

/// <summary>
/// Analyses built by hand, so the formatters can be tested on every kind of diagnostic (levels, fixes,
/// multi-line ranges, awkward messages) independently of what the analyzer reports today.
/// </summary>
public static class SyntheticReport
{
    /// <summary>The base folder the synthetic paths are relative to.</summary>
    public static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "codingdsl-synthetic-repo"));

    public const string TextOfB =
        "guidance IPG327 \"Ablation\" {\n" +
        "  procedure {\n" +
        "    opcs j12.4 \"Liver, ablation\"\n" +
        "  }\n" +
        "}\n";

    public const string TextOfA = "guidance A1 {\n}\n";

    public static string PathOfA => Path.Combine(Root, "a.coding");

    public static string PathOfB => Path.Combine(Root, "samples", "b.coding");

    public static TextSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);

    /// <summary>
    /// Two documents given out of order, with diagnostics out of order: b has an error with a fix, a
    /// warning whose message needs escaping, a block error spanning lines and one switched off; a has an info.
    /// </summary>
    public static IReadOnlyList<DocumentAnalysis> Analyses()
    {
        var code = SpanOf(TextOfB, "j12.4");
        var title = SpanOf(TextOfB, "\"Liver, ablation\"");
        var block = TextSpan.FromBounds(TextOfB.IndexOf("{\n    opcs", StringComparison.Ordinal), TextOfB.Length);
        var b = new DocumentAnalysis(PathOfB, new SourceText(TextOfB),
        [
            new Diagnostic(DiagnosticCatalog.Find("CDSL0203")!, DiagnosticLevel.Warning, title,
                "Title differs from the official title: 100% sure it is \"Percutaneous radiofrequency ablation of lesion of liver\"",
                [new CodeFix("Write the official title", [new TextEdit(title, "\"Percutaneous radiofrequency ablation of lesion of liver\"")])]),
            new Diagnostic(DiagnosticCatalog.Find("CDSL0201")!, DiagnosticLevel.Error, code, "Malformed OPCS-4 code 'j12.4': write 'J12.4'.",
                [new CodeFix("Write J12.4", [new TextEdit(code, "J12.4")])]),
            new Diagnostic(DiagnosticCatalog.Find("CDSL0103")!, DiagnosticLevel.Error, block, "Block not closed.\nAdd a '}' after the last line of the section."),
            new Diagnostic(DiagnosticCatalog.Find("CDSL0207")!, DiagnosticLevel.Off, code, "Switched off in configuration: never printed."),
        ]);
        var a = new DocumentAnalysis(PathOfA, new SourceText(TextOfA),
        [
            new Diagnostic(DiagnosticCatalog.Find("CDSL0208")!, DiagnosticLevel.Info, SpanOf(TextOfA, "guidance"), "No table for opcs-4.6; checked against OPCS-4.10."),
        ]);
        return [b, a];
    }

    public static CheckReport Report() => CheckReport.Create(Analyses(), new PathDisplay(Root));

    public static CheckReport Clean(int files) => CheckReport.Create(
        Enumerable.Range(1, files).Select(i => new DocumentAnalysis(Path.Combine(Root, $"f{i}.coding"), new SourceText("guidance X1 {}\n"), [])),
        new PathDisplay(Root));

    public static string Format(IReportFormatter formatter, CheckReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        formatter.Write(report, writer);
        return writer.ToString();
    }
}
