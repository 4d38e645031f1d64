using CodingDsl.Language.Workspace;
using Xunit;
using Xunit.Abstractions;

namespace CodingDsl.Language.Tests.Syntax;

public class ParserSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Samples, "*.coding").Concat(Directory.GetFiles("/tmp/t")))
        {
            var a = WorkspaceAnalyzer.Analyze([new DocumentInput(file, File.ReadAllText(file))])[0];
            foreach (var d in a.Diagnostics) output.WriteLine($"{Path.GetFileName(file)} {a.Text.GetPosition(d.Span.Start)} {d.Code} {d.Level} {d.Message}");
        }
        var std = CodingDsl.Language.StandardLibrary.StandardRules.Model;
        foreach (var d in std.Diagnostics.Concat(std.Tree.Diagnostics)) output.WriteLine($"STD {d}");
    }
}
