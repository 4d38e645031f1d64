using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Scenarios;

/// <summary>The seed guidance, edited the way an author would, with the bundled tables only.</summary>
public class Ipg327ScenarioTests
{
    private static readonly string SamplePath = Path.Combine(RepoPaths.Samples, "IPG327.coding");

    private static DocumentAnalysis Analyze(string text) =>
        WorkspaceAnalyzer.Analyze([new DocumentInput(SamplePath, text)])[0];

    private static string Sample => File.ReadAllText(SamplePath);

    [Fact]
    public void The_sample_has_no_errors_or_warnings()
    {
        var analysis = Analyze(Sample);
        Assert.All(analysis.Diagnostics, d => Assert.Equal(DiagnosticLevel.Info, d.Level));
        Assert.Equal(["CDSL0304"], analysis.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Removing_the_Y53_Y68_line_reports_image_control_on_J12_4_with_a_fix_that_restores_cleanliness()
    {
        var lines = Sample.Split('\n').ToList();
        var y53 = lines.FindIndex(l => l.Contains("Y53.-"));
        lines.RemoveRange(y53, 2); // the Y53.- line and its `or Y68.-` continuation
        var edited = string.Join('\n', lines);

        var analysis = Analyze(edited);
        var finding = Assert.Single(analysis.Diagnostics, d => d.Code == "CDSL0501");
        Assert.Equal(DiagnosticLevel.Error, finding.Level);
        Assert.Equal("J12.4", analysis.Text.GetText(finding.Span));
        Assert.Contains("Y53.- or Y68.-", finding.Message);
        Assert.Contains("on the path J12.4", finding.Message);

        var fix = Assert.Single(finding.Fixes);
        var fixedText = TextEdit.Apply(edited, fix.Edits);
        Assert.Contains("    opcs Y53.- \"Approach to organ under image control\" or Y68.- \"Other approach to organ under image control\"\n", fixedText);
        Assert.DoesNotContain(Analyze(fixedText).Diagnostics, d => d.Level >= DiagnosticLevel.Warning);
    }

    [Fact]
    public void A_changed_title_of_J12_4_gives_the_title_warning_with_a_fix_back_to_the_official_title()
    {
        var edited = Sample.Replace("\"Percutaneous radiofrequency ablation of lesion of liver\"", "\"Radiofrequency ablation of liver\"");
        var analysis = Analyze(edited);
        var finding = Assert.Single(analysis.Diagnostics, d => d.Code == "CDSL0203");
        Assert.Equal(DiagnosticLevel.Warning, finding.Level);
        Assert.Equal("\"Radiofrequency ablation of liver\"", analysis.Text.GetText(finding.Span));
        var fixedText = TextEdit.Apply(edited, finding.Fixes[0].Edits);
        Assert.Equal(Sample, fixedText);
    }

    [Fact]
    public void Dropping_the_image_guided_fact_means_no_image_control_rule_applies()
    {
        var edited = string.Join('\n', Sample.Split('\n').Where(l => !l.Contains("Y53.-") && !l.Contains("Y68.-") && !l.TrimStart().StartsWith("image-guided")));
        Assert.DoesNotContain(Analyze(edited).Diagnostics, d => d.Code == "CDSL0501");
    }

    [Fact]
    public void Severity_of_the_rule_follows_codingdsl_json()
    {
        using var workspace = new TestWorkspace(fullTables: false);
        workspace.Write("codingdsl.json", "{ \"rules\": { \"image-control\": \"warning\" }, \"diagnostics\": { \"CDSL0304\": \"off\" } }");
        var edited = string.Join('\n', Sample.Split('\n').Where(l => !l.Contains("Y53.-") && !l.Contains("Y68.-")));
        var analysis = workspace.Analyze("IPG327.coding", edited);
        Assert.Equal(DiagnosticLevel.Warning, Assert.Single(analysis.Diagnostics, d => d.Code == "CDSL0501").Level);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code == "CDSL0304");
    }

    [Fact]
    public void A_suppression_comment_silences_one_line_by_code_or_rule_name()
    {
        var edited = string.Join('\n', Sample.Split('\n').Where(l => !l.Contains("Y53.-") && !l.Contains("Y68.-")));
        var byCode = edited.Replace("of lesion of liver\"", "of lesion of liver\" // codingdsl-disable-line CDSL0501");
        var byRule = edited.Replace("    opcs J12.4", "    // codingdsl-disable-next-line image-control\n    opcs J12.4");
        Assert.DoesNotContain(Analyze(byCode).Diagnostics, d => d.Code == "CDSL0501");
        Assert.DoesNotContain(Analyze(byRule).Diagnostics, d => d.Code == "CDSL0501");
        var unknown = Analyze(edited.Replace("of lesion of liver\"", "of lesion of liver\" // codingdsl-disable-line image-contrl"));
        Assert.Contains(unknown.Diagnostics, d => d.Code == "CDSL0501");
        Assert.Contains(unknown.Diagnostics, d => d.Code == "CDSL0402" && d.Message.Contains("image-contrl"));
    }
}
