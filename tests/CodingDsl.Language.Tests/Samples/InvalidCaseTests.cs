using System.Text.RegularExpressions;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Tests.Baselines;
using Xunit;

namespace CodingDsl.Language.Tests.Samples;

/// <summary>
/// tests/cases/invalid/ holds one case per catalogue code, named CDSLnnnn-what.coding (or a folder
/// CDSLnnnn-what/ when the case needs a codingdsl.json or two files). Each must raise its code, and
/// nothing but its code, except where a case cannot help raising another (listed below).
/// </summary>
public partial class InvalidCaseTests
{
    /// <summary>Codes a case raises besides its own, by construction.</summary>
    private static readonly Dictionary<string, string[]> AlsoRaised = new()
    {
        ["CDSL0106"] = ["CDSL0101"], // the hundred syntax errors before the limit
    };

    /// <summary>
    /// Codes that analysing a file never raises: `check --against` (CDSL0701–0705; their catalogue
    /// examples are run by ReleaseCaseTests with two releases configured) and `evaluate` by date
    /// (CDSL0706–0707, episodes: EvaluateByDateTests).
    /// </summary>
    private static readonly HashSet<string> RaisedOutsideAnalysis = ["CDSL0701", "CDSL0702", "CDSL0703", "CDSL0704", "CDSL0705", "CDSL0706", "CDSL0707"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var relative in CaseFiles.All().Where(c => CodeOf(c) is not null))
        {
            data.Add(relative);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_raises_the_code_in_its_name(string relative)
    {
        var code = CodeOf(relative)!;
        var analysis = CaseFiles.Analyze(relative);
        var raised = analysis.Diagnostics.Select(d => d.Code).ToArray();

        Assert.True(raised.Contains(code), $"{relative} should raise {code}; it raised: {(raised.Length == 0 ? "nothing" : string.Join(", ", raised))}");
        var allowed = AlsoRaised.GetValueOrDefault(code) ?? [];
        var others = raised.Where(c => c != code && !allowed.Contains(c)).Distinct().ToArray();
        Assert.True(others.Length == 0, $"{relative} should raise only {code}; it also raised {string.Join(", ", others)}");
    }

    [Fact]
    public void Every_catalogue_code_has_a_case()
    {
        var covered = CaseFiles.All().Select(CodeOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var missing = DiagnosticCatalog.All.Select(d => d.Code).Where(c => !covered.Contains(c) && !RaisedOutsideAnalysis.Contains(c)).ToArray();

        Assert.True(missing.Length == 0, "No case in tests/cases/invalid/ for " + string.Join(", ", missing) + ": add CDSLnnnn-short-name.coding.");
    }

    [Fact]
    public void Five_syntax_errors_are_each_reported_and_the_rest_is_still_checked()
    {
        var analysis = CaseFiles.Analyze("tests/cases/invalid/five-syntax-errors.coding");
        var syntax = analysis.Diagnostics.Where(d => d.Code.StartsWith("CDSL01", StringComparison.Ordinal)).ToArray();

        Assert.Equal(5, syntax.Length);
        Assert.Equal(5, syntax.Select(d => analysis.Text.GetPosition(d.Span.Start).Line).Distinct().Count());
        Assert.Contains(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.TitleMismatch.Code);
        Assert.Contains(analysis.Diagnostics, d => d.Code == DiagnosticCatalog.ImageControl.Code);
    }

    /// <summary>The code a case is named for: its file name or the folder directly holding it.</summary>
    private static string? CodeOf(string relative)
    {
        if (!relative.StartsWith("tests/cases/invalid/", StringComparison.Ordinal))
        {
            return null;
        }
        var parts = relative["tests/cases/invalid/".Length..].Split('/');
        var m = CaseName().Match(parts[0]);
        return m.Success ? m.Groups["code"].Value : null;
    }

    [GeneratedRegex(@"^(?<code>CDSL\d{4})-")]
    private static partial Regex CaseName();
}
