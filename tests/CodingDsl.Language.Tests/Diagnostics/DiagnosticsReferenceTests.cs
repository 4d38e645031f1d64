using CodingDsl.Language.Diagnostics;
using Xunit;

namespace CodingDsl.Language.Tests.Diagnostics;

public class DiagnosticsReferenceTests
{
    private static string DocPath => Path.Combine(RepoPaths.Root, "docs", "diagnostics.md");

    [Fact]
    public void Docs_diagnostics_md_is_generated_from_the_catalogue()
    {
        var expected = DiagnosticsReference.Generate();
        if (Environment.GetEnvironmentVariable("CODINGDSL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocPath, expected);
        }
        var actual = File.Exists(DocPath) ? File.ReadAllText(DocPath) : string.Empty;
        Assert.True(expected == actual, "docs/diagnostics.md is out of date with DiagnosticCatalog.cs: run scripts/update-docs.sh and commit the result.");
    }

    [Fact]
    public void Every_code_is_documented_with_a_heading_and_both_examples()
    {
        var doc = DiagnosticsReference.Generate();
        foreach (var d in DiagnosticCatalog.All)
        {
            Assert.Contains($"\n## {d.Code}\n", doc);
            Assert.False(string.IsNullOrWhiteSpace(d.BadExample), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.FixedExample), d.Code);
            Assert.Matches(@"^CDSL\d{4}$", d.Code);
        }
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Code).Distinct().Count());
    }
}
