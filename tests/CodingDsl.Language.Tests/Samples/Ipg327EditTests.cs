using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Samples;

/// <summary>
/// The two edits of samples/IPG327.coding the issue names: dropping the Y53/Y68 line gives the
/// image-control error on J12.4 whose fix puts the line back, and a changed J12.4 title gives the title
/// warning whose fix restores the official title. Applying each fix leaves a clean file.
/// </summary>
public class Ipg327EditTests
{
    private static readonly string SamplePath = Path.Combine(RepoPaths.Samples, "IPG327.coding");

    private const string ApproachLines =
        "    opcs Y53.- \"Approach to organ under image control\"\n" +
        "      or Y68.- \"Other approach to organ under image control\"\n";

    [Fact]
    public void Removing_the_image_control_line_gives_CDSL0501_on_J12_4_with_a_fix_that_adds_it()
    {
        var original = File.ReadAllText(SamplePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(ApproachLines, original);
        var edited = original.Replace(ApproachLines, string.Empty, StringComparison.Ordinal);

        var analysis = Analyze(edited);

        var error = Assert.Single(analysis.Diagnostics, d => d.Level >= DiagnosticLevel.Warning);
        Assert.Equal(DiagnosticCatalog.ImageControl.Code, error.Code);
        Assert.Equal("J12.4", analysis.Text.GetText(error.Span));
        var fix = Assert.Single(error.Fixes);
        var fixedText = TextEdit.Apply(edited, fix.Edits);
        Assert.Contains("opcs Y53.- \"Approach to organ under image control\"", fixedText);
        Assert.DoesNotContain(Analyze(fixedText).Diagnostics, d => d.Level >= DiagnosticLevel.Warning);
    }

    [Fact]
    public void A_changed_J12_4_title_gives_CDSL0203_with_a_fix_back_to_the_official_title()
    {
        const string official = "\"Percutaneous radiofrequency ablation of lesion of liver\"";
        var original = File.ReadAllText(SamplePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var edited = original.Replace(official, "\"Radiofrequency ablation of liver lesion\"", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);

        var analysis = Analyze(edited);

        var warning = Assert.Single(analysis.Diagnostics, d => d.Level >= DiagnosticLevel.Warning);
        Assert.Equal(DiagnosticCatalog.TitleMismatch.Code, warning.Code);
        Assert.Equal(DiagnosticLevel.Warning, warning.Level);
        Assert.Equal("\"Radiofrequency ablation of liver lesion\"", analysis.Text.GetText(warning.Span));
        Assert.Equal(original, TextEdit.Apply(edited, Assert.Single(warning.Fixes, f => f.IsPreferred).Edits));
        var keepAsNice = Assert.Single(warning.Fixes, f => !f.IsPreferred);
        Assert.Equal(
            original.Replace(official, official + " nice \"Radiofrequency ablation of liver lesion\"", StringComparison.Ordinal),
            TextEdit.Apply(edited, keepAsNice.Edits));
    }

    private static DocumentAnalysis Analyze(string text) =>
        WorkspaceAnalyzer.Analyze([new DocumentInput(SamplePath, text)])[0];
}
