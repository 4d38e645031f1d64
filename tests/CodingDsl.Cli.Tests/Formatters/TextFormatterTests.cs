using CodingDsl.Cli.Output;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Formatters;

public class TextFormatterTests
{
    private static readonly string B = $"samples{Path.DirectorySeparatorChar}b.coding";

    [Fact]
    public void Prints_one_compiler_style_line_per_diagnostic_in_path_then_position_order_and_a_summary()
    {
        var text = SyntheticReport.Format(new TextFormatter(), SyntheticReport.Report());

        Assert.Equal(
            "a.coding(1,1): info CDSL0208: No table for opcs-4.6; checked against OPCS-4.10.\n" +
            $"{B}(2,13): error CDSL0103: Block not closed. Add a '}}' after the last line of the section.\n" +
            $"{B}(3,10): error CDSL0201: Malformed OPCS-4 code 'j12.4': write 'J12.4'.\n" +
            $"{B}(3,16): warning CDSL0203: Title differs from the official title: 100% sure it is \"Percutaneous radiofrequency ablation of lesion of liver\"\n" +
            "2 files checked: 2 errors, 1 warning, 1 info\n",
            text);
    }

    [Theory]
    [InlineData(1, "1 file is clean.\n")]
    [InlineData(12, "All 12 files are clean.\n")]
    public void Clean_check_says_so(int files, string expected)
    {
        Assert.Equal(expected, SyntheticReport.Format(new TextFormatter(), SyntheticReport.Clean(files)));
    }

    [Fact]
    public void Information_only_still_counts_as_clean_and_says_how_much_information()
    {
        var analysis = new Language.Workspace.DocumentAnalysis(
            SyntheticReport.PathOfA,
            new Language.Text.SourceText("snomed pending"),
            [new Language.Diagnostics.Diagnostic(Language.Diagnostics.DiagnosticCatalog.Find("CDSL0304")!, Language.Diagnostics.DiagnosticLevel.Info, new Language.Text.TextSpan(0, 14), "pending")]);
        var report = CheckReport.Create([analysis], new PathDisplay(SyntheticReport.Root));

        var text = SyntheticReport.Format(new TextFormatter(), report);

        Assert.Equal("a.coding(1,1): info CDSL0304: pending\n1 file is clean (1 info).\n", text);
    }

    [Fact]
    public void A_diagnostic_outside_the_text_prints_at_the_end_instead_of_throwing()
    {
        var analysis = new Language.Workspace.DocumentAnalysis(
            SyntheticReport.PathOfA,
            new Language.Text.SourceText("ab\ncd"),
            [new Language.Diagnostics.Diagnostic(Language.Diagnostics.DiagnosticCatalog.Find("CDSL0101")!, Language.Diagnostics.DiagnosticLevel.Error, new Language.Text.TextSpan(400, 10), "past the end")]);
        var report = CheckReport.Create([analysis], new PathDisplay(SyntheticReport.Root));

        var text = SyntheticReport.Format(new TextFormatter(), report);

        Assert.StartsWith("a.coding(2,3): error CDSL0101: past the end\n", text);
    }
}
