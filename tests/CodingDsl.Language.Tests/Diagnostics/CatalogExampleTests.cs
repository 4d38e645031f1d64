using CodingDsl.Language.Diagnostics;
using Xunit;

namespace CodingDsl.Language.Tests.Diagnostics;

/// <summary>The documented examples are real: each bad example raises its code and each fixed one does not.</summary>
public class CatalogExampleTests
{
    // Examples that are prose or JSON rather than a .coding file; each has a test of its own elsewhere.
    private static readonly Dictionary<string, string> NotRunnable = new()
    {
        ["CDSL0106"] = "needs over a hundred broken lines: RobustnessTests",
        ["CDSL0407"] = "needs a section with over 1,024 paths: RuleEngineTests",
        ["CDSL0409"] = "the examples are codingdsl.json files: ConfigurationDiagnosticTests",
        ["CDSL0701"] = "raised by check --against with two releases configured: ReleaseCaseTests",
        ["CDSL0702"] = "raised by check --against with two releases configured: ReleaseCaseTests",
        ["CDSL0703"] = "raised by check --against with two ICD-10 editions configured: ReleaseComparerTests",
        ["CDSL0704"] = "raised by check --against with two releases configured: ReleaseCaseTests",
        ["CDSL0705"] = "raised by check --against with two releases configured: ReleaseCaseTests",
        ["CDSL0706"] = "an episode, not a .coding file: EvaluateByDateTests (Export tests)",
        ["CDSL0707"] = "an episode, not a .coding file: EvaluateByDateTests (Export tests)",
    };

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var d in DiagnosticCatalog.All.Where(d => !NotRunnable.ContainsKey(d.Code)))
        {
            data.Add(d.Code);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Bad_example_raises_the_code(string code)
    {
        var descriptor = DiagnosticCatalog.Find(code)!;
        using var workspace = new TestWorkspace();
        var analysis = workspace.Analyze("bad.coding", descriptor.BadExample);
        Assert.Contains(analysis.Diagnostics, d => d.Code == code);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Fixed_example_does_not_raise_the_code_nor_any_error(string code)
    {
        var descriptor = DiagnosticCatalog.Find(code)!;
        using var workspace = new TestWorkspace();
        var analysis = workspace.Analyze("fixed.coding", descriptor.FixedExample);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Code == code);
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Level == DiagnosticLevel.Error);
    }
}
