using CodingDsl.Cli.Tests.Support;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Tests;

namespace CodingDsl.Export.Tests.Evaluation;

/// <summary>
/// `evaluate` with OPCS-4.10 in force from 2022-04-01 and the OPCS-4.11 fixture from 2026-04-01
/// (<see cref="ReleaseFixture"/>): each episode is judged by the release in force on its date, and the
/// report names it. Y68.2 (new in 4.11) before the change-over and Y76.4 (not in the 4.11 fixture)
/// after it are findings of their own; the same codes on the other side are not.
/// </summary>
public sealed class EvaluateByDateTests
{
    private const string Episodes =
        "id,date,opcs,icd10\n" +
        "Y682-BEFORE,2026-03-31,J12.4 Y68.2,C78.7 C18.7\n" +
        "Y682-AFTER,2026-04-01,J12.4 Y68.2,C78.7 C18.7\n" +
        "Y764-BEFORE,2025-06-01,E49.1 Y76.4,C78.7 C18.7\n" +
        "Y764-AFTER,2026-06-01,E49.1 Y76.4,C78.7 C18.7\n";

    private static CliResult Evaluate(TempFolder temp, string episodes, string format)
    {
        temp.WriteBytes("IPG327.coding", File.ReadAllBytes(Repo.Ipg327));
        temp.Write("episodes.csv", episodes);
        ReleaseFixture.WriteConfiguration(temp.Path, opcs410From: "2022-04-01", opcs411From: "2026-04-01");
        return CliHarness.Run(temp.Path, "evaluate", "--rules", "IPG327.coding", "--episodes", "episodes.csv", "--format", format);
    }

    [Fact]
    public void Episodes_either_side_of_the_change_over_are_judged_by_the_release_in_force()
    {
        using var temp = new TempFolder();

        var result = Evaluate(temp, Episodes, "csv");

        var rows = CsvText.Parse(result.Out);
        Assert.Equal(["line", "episode", "rule", "code", "level", "guidance", "matches", "message", "release"], rows[0]);
        var findings = rows.Skip(1).Where(r => !r[2].StartsWith("summary:", StringComparison.Ordinal))
            .Select(r => string.Join(" | ", r[1], r[2], r[3], r[8]))
            .ToArray();
        Assert.Equal(
            [
                "Y682-BEFORE | code-before-its-release | CDSL0706 | OPCS-4.10 (OPCS410 CodesAndTitles.txt)",
                "Y764-AFTER | retired-code | CDSL0707 | OPCS-4.11 (opcs-4.11-fixture.txt)",
            ],
            findings);
        Assert.Contains("Y68.2 is in OPCS-4.11 (opcs-4.11-fixture.txt), in force from 2026-04-01; the episode is dated 2026-03-31", result.Out);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void The_text_report_names_the_release_that_judged_each_finding()
    {
        using var temp = new TempFolder();

        var result = Evaluate(temp, Episodes, "text");

        Assert.Contains("Y764-AFTER (line 5, 2026-06-01): matches no guidance", result.Out);
        Assert.Contains("[judged by OPCS-4.11 (opcs-4.11-fixture.txt)]", result.Out);
    }

    [Fact]
    public void An_episode_without_a_date_is_judged_by_the_default_table_as_before()
    {
        using var temp = new TempFolder();

        var result = Evaluate(temp, "id,opcs,icd10\nUNDATED,J12.4 Y68.2,C78.7 C18.7\n", "csv");

        Assert.DoesNotContain("CDSL0706", result.Out);
        Assert.DoesNotContain("CDSL0707", result.Out);
    }

    [Theory]
    [InlineData("id,epistart,admidate,opertn_01,opertn_02,diag_01\nH1,20260331,20260330,J124,Y682,C787\n")]
    [InlineData("id,admidate,opertn_01,opertn_02,diag_01\nH1,31/03/2026,J124,Y682,C787\n")]
    public void HES_rows_take_their_date_from_epistart_else_admidate(string csv)
    {
        var record = Assert.Single(EpisodeCsvReader.Read(new StringReader(csv), new EpisodeCodeReader(ClassificationSet.Bundled)));

        Assert.Equal(new DateOnly(2026, 3, 31), Assert.IsType<EpisodeRow>(record).Episode.Date);
    }

    [Fact]
    public void A_date_that_is_not_a_date_makes_the_row_malformed_and_HES_placeholders_mean_no_date()
    {
        var records = EpisodeCsvReader.Read(new StringReader("id,date,opcs\nA,31.03.2026,J12.4\nB,1800-01-01,J12.4\n"), new EpisodeCodeReader(ClassificationSet.Bundled)).ToArray();

        Assert.Contains("date '31.03.2026' is not a date", Assert.IsType<MalformedRow>(records[0]).Reason);
        Assert.Null(Assert.IsType<EpisodeRow>(records[1]).Episode.Date);
    }

    [Fact]
    public void Json_episodes_take_a_date_property()
    {
        var record = Assert.Single(EpisodeJsonReader.Read(new StringReader("[{\"id\": \"J1\", \"date\": \"2026-04-01\", \"opcs\": [\"J12.4\"]}]"), new EpisodeCodeReader(ClassificationSet.Bundled)));

        Assert.Equal(new DateOnly(2026, 4, 1), Assert.IsType<EpisodeRow>(record).Episode.Date);
    }
}
