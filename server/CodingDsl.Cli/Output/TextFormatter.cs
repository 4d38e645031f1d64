namespace CodingDsl.Cli.Output;

/// <summary>
/// Compiler-style lines, 1-based, one per diagnostic, then a summary:
/// <c>samples/bad.coding(3,9): error CDSL0201: message</c>. The shape MSBuild and VS Code's problem
/// matchers ($msCompile) already understand.
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var (document, diagnostic) in report.AllDiagnostics)
        {
            var start = document.GetRange(diagnostic.Span).Start;
            writer.WriteLine(
                $"{document.DisplayPath}({start.Line + 1},{start.Character + 1}): {LevelNames.Plain(diagnostic.Level)} {diagnostic.Code}: {SingleLine.Of(diagnostic.Message)}");
        }
        writer.WriteLine(Summary.For(report));
    }
}
