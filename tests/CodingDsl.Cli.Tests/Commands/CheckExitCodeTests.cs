using System.Text.Json.Nodes;
using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>
/// `check` with the real analyzer, on the catalogue's own bad examples: exit codes follow
/// --fail-level, and checks across files work because all files are analysed together.
/// </summary>
public class CheckExitCodeTests
{
    private const string Ipg327 =
        "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n" +
        "  source \"https://www.nice.org.uk/guidance/ipg327\"\n" +
        "  procedure {\n" +
        "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n" +
        "  }\n" +
        "}\n";

    [Fact]
    public void An_error_exits_1_and_is_printed()
    {
        using var temp = new TempFolder();
        temp.Write("bad.coding", DiagnosticCatalog.SyntaxError.BadExample);

        var result = CliHarness.Run(temp.Path, "check", "bad.coding");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^bad\.coding\(\d+,\d+\): error CDSL0101: ", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void The_fixed_example_exits_0()
    {
        using var temp = new TempFolder();
        temp.Write("good.coding", DiagnosticCatalog.SyntaxError.FixedExample);

        var result = CliHarness.Run(temp.Path, "check", "good.coding");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("CDSL0101", result.Out);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    public void A_warning_fails_only_at_fail_level_warning_or_below(string failLevel, int exitCode)
    {
        using var temp = new TempFolder();
        temp.Write("title.coding", DiagnosticCatalog.TitleMismatch.BadExample);

        var result = CliHarness.Run(temp.Path, "check", ".", "--fail-level", failLevel);

        Assert.Contains("warning CDSL0203", result.Out);
        Assert.Equal(exitCode, result.ExitCode);
    }

    [Theory]
    [InlineData("warning", 0)]
    [InlineData("info", 1)]
    public void Information_fails_only_at_fail_level_info(string failLevel, int exitCode)
    {
        using var temp = new TempFolder();
        temp.Write("pending.coding", DiagnosticCatalog.SnomedPending.BadExample);

        var result = CliHarness.Run(temp.Path, "check", ".", "--fail-level", failLevel);

        Assert.Contains("info CDSL0304", result.Out);
        Assert.Equal(exitCode, result.ExitCode);
    }

    [Fact]
    public void The_same_guidance_in_two_files_is_found_because_files_are_analysed_together()
    {
        using var temp = new TempFolder();
        temp.Write("a/IPG327.coding", Ipg327);
        temp.Write("b/IPG327-copy.coding", Ipg327);

        var result = CliHarness.Run(temp.Path, "check", "a", "b", "-f", "json");

        Assert.Equal(1, result.ExitCode);
        var duplicates = JsonNode.Parse(result.Out)!.AsArray().Where(d => (string)d!["code"]! == "CDSL0401").ToArray();
        Assert.NotEmpty(duplicates);
    }

    [Fact]
    public void Sarif_of_real_diagnostics_with_fixes_is_schema_valid_and_carries_the_fix()
    {
        using var temp = new TempFolder();
        temp.Write("title.coding", DiagnosticCatalog.TitleMismatch.BadExample);
        temp.Write("bad.coding", DiagnosticCatalog.SyntaxError.BadExample);

        var result = CliHarness.Run(temp.Path, "check", ".", "-f", "sarif");

        var sarif = JsonNode.Parse(result.Out)!;
        var validation = SarifSchema.Evaluate(sarif);
        Assert.True(validation.IsValid, SarifSchema.DescribeErrors(validation));
        var titleResult = sarif["runs"]![0]!["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "CDSL0203")!;
        Assert.NotEmpty(titleResult["fixes"]!.AsArray());
    }
}
