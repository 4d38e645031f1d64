using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Baselines;

/// <summary>The inline format itself, and that a baseline that differs is reported, with a diff.</summary>
public class BaselineFormatTests
{
    private const string Source =
        "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n" +
        "  source \"https://www.nice.org.uk/guidance/ipg327\"\n" +
        "  procedure {\n" +
        "    opcs J12.4 \"Radiofrequency ablation of liver\"\n" +
        "  }\n" +
        "}\n";

    [Fact]
    public void Diagnostics_and_fixes_follow_the_line_they_start_on()
    {
        var analysis = WorkspaceAnalyzer.Analyze([new DocumentInput(Path.Combine(Path.GetTempPath(), "format-test", "IPG327.coding"), Source)])[0];

        var rendered = BaselineRenderer.Render(analysis);

        Assert.Equal(
            "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n" +
            "  source \"https://www.nice.org.uk/guidance/ipg327\"\n" +
            "  procedure {\n" +
            "    opcs J12.4 \"Radiofrequency ablation of liver\"\n" +
            "//@[03:15..03:49) CDSL0203 (warning) The title of J12.4 in OPCS-4.10 (bundled) is \"Percutaneous radiofrequency ablation of lesion of liver\", not \"Radiofrequency ablation of liver\". |\"Radiofrequency ablation of liver\"|\n" +
            "//   fix: Use the official title: [03:15..03:49) => \"\\\"Percutaneous radiofrequency ablation of lesion of liver\\\"\"\n" +
            "//   fix: Use the official title and keep this wording as NICE's: [03:15..03:49) => \"\\\"Percutaneous radiofrequency ablation of lesion of liver\\\" nice \\\"Radiofrequency ablation of liver\\\"\"\n" +
            "  }\n" +
            "}\n",
            rendered);
    }

    [Fact]
    public void A_baseline_that_differs_gives_a_diff_naming_both_lines()
    {
        var expected = "a\nb\nc\nd\ne\nf\ng\nh\n";
        var actual = "a\nb\nc\nd\nE\nf\ng\nh\n";

        var diff = LineDiff.Unified(expected, actual, "expected", "actual");

        Assert.NotNull(diff);
        Assert.Contains("-e\n+E\n", diff);
        Assert.Contains("@@ -2,7 +2,7 @@", diff);
        Assert.DoesNotContain(" a\n", diff); // more than three lines away: not shown
    }

    [Fact]
    public void Line_endings_alone_are_no_difference()
    {
        Assert.Null(LineDiff.Unified("a\r\nb\r\n", "a\nb\n", "expected", "actual"));
        Assert.NotNull(LineDiff.Unified("a\nb\n", "a\nb\nc\n", "expected", "actual"));
    }

    [Fact]
    public void A_repository_path_in_a_message_is_written_relative()
    {
        var root = Path.Combine(Path.GetTempPath(), "repo-root");
        var first = Path.Combine(root, "cases", "a.coding");
        var second = Path.Combine(root, "cases", "b.coding");
        var text = "guidance IPG1 \"A\" {\n  procedure {\n    case-by-case \"x\"\n  }\n}\n";

        var analyses = WorkspaceAnalyzer.Analyze([new DocumentInput(first, text), new DocumentInput(second, text)]);
        var rendered = BaselineRenderer.Render(analyses[0], root);

        Assert.Contains("CDSL0401 (error) Guidance IPG1 is also declared in cases/b.coding.", rendered);
        Assert.DoesNotContain(root, rendered);
    }
}
