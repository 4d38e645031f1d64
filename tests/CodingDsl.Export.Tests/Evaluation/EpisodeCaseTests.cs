using CodingDsl.Cli.Tests.Support;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>
/// The hand-made episode files in tests/cases/episodes, evaluated by the real `evaluate` command
/// against samples/IPG327.coding and the fixture rules: exactly the findings in each *.expected.csv.
/// Together they break every rule of the standard library and every guidance check.
/// </summary>
public sealed class EpisodeCaseTests
{
    [Theory]
    [InlineData("hes-episodes.csv", "hes-episodes.expected.csv")]
    [InlineData("simple-episodes.csv", "simple-episodes.expected.csv")]
    [InlineData("episodes.json", "episodes.expected.csv")]
    public void Evaluate_gives_exactly_the_expected_findings(string episodes, string expected)
    {
        var result = CliHarness.Run(Repo.Episodes, "evaluate", "--rules", Repo.Ipg327, "rules", "--episodes", episodes, "--format", "csv");

        Assert.Equal(1, result.ExitCode);
        var rows = CsvText.Parse(result.Out);
        var actual = rows.Skip(1).Where(r => !r[2].StartsWith("summary:", StringComparison.Ordinal))
            .Select(r => string.Join(",", r[0], r[1], r[2], r[4], r[5]))
            .ToArray();
        var wanted = File.ReadAllLines(Path.Combine(Repo.Episodes, expected)).Skip(1).Where(l => l.Length > 0).ToArray();
        Assert.Equal(wanted, actual);
    }

    [Fact]
    public void The_hand_made_hes_file_breaks_every_standard_rule_and_every_guidance_check()
    {
        var expected = File.ReadAllLines(Path.Combine(Repo.Episodes, "hes-episodes.expected.csv")).Skip(1).Select(l => l.Split(',')[2]).ToHashSet();
        var standard = CodingDsl.Language.StandardLibrary.StandardRules.Rules.Select(r => r.Name);
        string[] guidanceChecks =
        [
            Language.Evaluation.GuidanceChecks.Combination, Language.Evaluation.GuidanceChecks.Requirement,
            Language.Evaluation.GuidanceChecks.Diagnosis, Language.Evaluation.GuidanceChecks.Position,
            Language.Evaluation.GuidanceChecks.UnknownCode, "malformed-row",
        ];

        Assert.All(standard.Concat(guidanceChecks), rule => Assert.Contains(rule, expected));
    }

    [Fact]
    public void The_summary_counts_episodes_findings_and_skipped_rows()
    {
        var result = CliHarness.Run(Repo.Episodes, "evaluate", "--rules", Repo.Ipg327, "rules", "--episodes", "hes-episodes.csv");

        Assert.Contains("17 episodes evaluated, 3 malformed rows skipped; 11 matched a guidance; 13 with findings (14 errors, 3 warnings, 0 info)", result.Out);
        Assert.Contains("  image-control CDSL0501 (error): 2 episodes", result.Out);
        Assert.Contains("  IPG327: 8 episodes matched", result.Out);
        Assert.Contains("line 15: skipped: episode EP14: opertn_01: 'J1X4' is not an OPCS-4 code", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Json_report_parses_and_ends_with_the_summary()
    {
        var result = CliHarness.Run(Repo.Episodes, "evaluate", "--rules", Repo.Ipg327, "rules", "--episodes", "hes-episodes.csv", "--format", "json");

        var json = System.Text.Json.Nodes.JsonNode.Parse(result.Out)!;
        Assert.Equal("1.0", (string?)json["formatVersion"]);
        Assert.Equal(17, (long?)json["summary"]!["episodes"]);
        Assert.Equal(3, (long?)json["summary"]!["malformedRows"]);
        Assert.Equal(2, (long?)json["summary"]!["rules"]!["subsidiary-first"]!["episodes"]);
        var ep03 = json["results"]!.AsArray().Single(r => (string?)r!["id"] == "EP03")!;
        // C78.7 alone breaks IPG327's combination and the standard rule that a secondary has its primary.
        Assert.Equal(["secondary-neoplasm-primary", "guidance-combination"], ep03["findings"]!.AsArray().Select(f => (string?)f!["rule"]));
        Assert.Contains("C18.- is missing", (string?)ep03["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "guidance-combination")!["message"]);
        Assert.Equal("IPG327", (string?)ep03["matches"]![0]!["guidance"]);
    }
}
