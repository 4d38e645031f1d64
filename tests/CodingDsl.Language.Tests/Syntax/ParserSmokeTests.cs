using CodingDsl.Language.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace CodingDsl.Language.Tests.Syntax;

public class ParserSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "IPG327.coding"));
        var tree = SyntaxTree.Parse(text);
        foreach (var d in tree.Diagnostics) output.WriteLine(d.ToString());
        output.WriteLine(tree.Root.ToString());
        Assert.Empty(tree.Diagnostics);
    }
}
