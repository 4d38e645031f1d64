using System.Text;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>No text makes analysis throw; hostile input ends in diagnostics.</summary>
public class RobustnessTests
{
    private static DocumentAnalysis Analyze(string text) =>
        WorkspaceAnalyzer.Analyze([new DocumentInput(Path.Combine(Path.GetTempPath(), "robust.coding"), text)])[0];

    [Fact]
    public void An_empty_file_is_clean()
    {
        Assert.Empty(Analyze(string.Empty).Diagnostics);
    }

    [Fact]
    public void Random_bytes_give_syntax_errors_capped_with_too_many_errors()
    {
        var random = new Random(327);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var analysis = Analyze(Encoding.UTF8.GetString(bytes));
        Assert.NotEmpty(analysis.Diagnostics);
        Assert.Contains(analysis.Diagnostics, d => d.Code == "CDSL0106");
        Assert.True(analysis.Diagnostics.Count(d => d.Code.StartsWith("CDSL01")) <= 101);
    }

    [Fact]
    public void Ten_thousand_nested_braces_give_one_diagnostic_not_a_stack_overflow()
    {
        var analysis = Analyze(new string('{', 10_000));
        var d = Assert.Single(analysis.Diagnostics);
        Assert.Equal("CDSL0104", d.Code);
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_in_a_code_expression_are_reported_not_overflowed()
    {
        var text = "guidance IPG1 \"t\" {\n  procedure {\n    opcs " + new string('(', 10_000) + "\n  }\n}\n";
        var analysis = Analyze(text);
        Assert.Contains(analysis.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }

    [Fact]
    public void A_ten_megabyte_file_of_guidances_is_analysed()
    {
        var one = File.ReadAllText(Path.Combine(RepoPaths.Samples, "IPG327.coding"));
        var builder = new StringBuilder();
        var i = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(one.Replace("IPG327", $"IPG{i++}"));
        }
        var analysis = Analyze(builder.ToString());
        Assert.Equal(i, analysis.Model!.Guidances.Count);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }
}
