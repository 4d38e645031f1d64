using Xunit;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests.Workspace;

/// <summary>Inputs the fuzzer (fuzz/run.sh, docs/fuzzing.md) found to break the analysis; each must stay fixed.</summary>
public sealed class FuzzFindingTests
{
    [Theory]
    [InlineData("use \"rules/mis\0d.coding\"\n")]
    [InlineData("use \"\0\"\nguidance X \"x\" { }\n")]
    public void A_use_path_with_a_nul_is_reported_as_not_readable_not_an_internal_error(string text)
    {
        var workspace = new CodingWorkspace();
        var path = Path.Combine(Path.GetTempPath(), "codingdsl-fuzz", "nul.coding");
        workspace.SetDocument(path, text);

        var analysis = workspace.Analyze(path);

        var notReadable = Assert.Single(analysis.Diagnostics, d => d.Code == CodingDsl.Language.Diagnostics.DiagnosticCatalog.UseNotReadable.Code);
        Assert.InRange(notReadable.Span.End, 0, text.Length);
    }

    /// <summary>
    /// Found by RandomTextPropertyTests (seed 9b1Kg2YsSsU1): two sections on one line had the same memo key
    /// (a section was keyed by its whole lines), so the second reused the first's bound form and the analysis threw.
    /// </summary>
    [Theory]
    [InlineData("guidance IPG1 \"t\" {\nprocedure { opcs J12.4 } procedure { }\n}\n")]
    [InlineData("guidance IPG1 \"t\" {\nprocedure { opcs J12.4 } procedure { opcs J12.4 }\n}\n")]
    public void Two_sections_on_one_line_are_each_analysed_as_themselves(string text)
    {
        var workspace = new CodingWorkspace();
        var path = Path.Combine(Path.GetTempPath(), "codingdsl-fuzz", "sections.coding");
        workspace.SetDocument(path, text);
        var shared = workspace.Analyze(path);

        var alone = new CodingWorkspace();
        var split = text.Replace("} procedure", "}\nprocedure", StringComparison.Ordinal);
        alone.SetDocument(path, split);

        Assert.Equal(
            alone.Analyze(path).Diagnostics.Select(d => d.Code + " " + d.Message),
            shared.Diagnostics.Select(d => d.Code + " " + d.Message));
    }
}
