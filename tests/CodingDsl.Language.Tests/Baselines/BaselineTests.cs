using Xunit;

namespace CodingDsl.Language.Tests.Baselines;

/// <summary>
/// Every .coding file under samples/ and tests/cases/invalid/ has a checked-in baseline in
/// tests/baselines/ holding its source with the expected diagnostics inline. Any difference fails the
/// test with a diff. To accept new output, run scripts/update-baselines.sh (it sets
/// CODINGDSL_UPDATE_BASELINES=1, which makes these tests write the baselines instead of comparing).
/// </summary>
public class BaselineTests
{
    public const string UpdateVariable = "CODINGDSL_UPDATE_BASELINES";

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var relative in CaseFiles.All())
        {
            data.Add(relative);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_baseline(string relative)
    {
        var actual = BaselineRenderer.Render(CaseFiles.Analyze(relative), RepoPaths.Root);
        var baselinePath = CaseFiles.BaselinePath(relative);
        var baselineName = "tests/baselines/" + CaseFiles.BaselineName(relative);

        if (Updating)
        {
            Directory.CreateDirectory(CaseFiles.BaselineFolder);
            File.WriteAllText(baselinePath, actual);
            return;
        }

        Assert.True(File.Exists(baselinePath),
            $"{relative} has no baseline ({baselineName}). Run scripts/update-baselines.sh to create it, read it, and commit it.");
        var expected = File.ReadAllText(baselinePath);
        var diff = LineDiff.Unified(expected, actual, baselineName + " (expected)", relative + " (analysed now)");
        Assert.True(diff is null,
            $"The diagnostics of {relative} differ from its baseline:\n{diff}\n" +
            $"If the new output is right, regenerate the baselines with scripts/update-baselines.sh (or {UpdateVariable}=1 dotnet test --filter FullyQualifiedName~Baselines) and commit them.");
    }

    [Fact]
    public void Every_baseline_belongs_to_a_case()
    {
        var expected = CaseFiles.All().Select(CaseFiles.BaselineName).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.Exists(CaseFiles.BaselineFolder)
            ? Directory.GetFiles(CaseFiles.BaselineFolder, "*.diagnostics.coding")
                .Where(p => !expected.Contains(Path.GetFileName(p)))
                .ToArray()
            : [];
        if (Updating)
        {
            foreach (var path in stale)
            {
                File.Delete(path);
            }
            return;
        }
        Assert.True(stale.Length == 0,
            "These baselines have no .coding file any more: " + string.Join(", ", stale.Select(Path.GetFileName)) +
            ". Delete them (scripts/update-baselines.sh does).");
    }

    [Fact]
    public void There_are_cases_to_compare()
    {
        // A wrong root or a renamed folder would otherwise make the theory above vacuous.
        var cases = CaseFiles.All();
        Assert.Contains("samples/IPG327.coding", cases);
        Assert.Contains(cases, c => c.StartsWith("tests/cases/invalid/CDSL", StringComparison.Ordinal));
    }
}
