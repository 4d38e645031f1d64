using CodingDsl.Cli.Tests.Support;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Commands;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Clean_episodes_exit_0_and_only_the_summary_is_printed()
    {
        using var temp = new TempFolder();
        temp.Write("clean.csv", "id,opcs,icd10\nA,J12.4 Y53.9,C78.7 C18.7\nB,,I10\n");

        var result = CliHarness.Run(temp.Path, "evaluate", "--rules", Repo.Ipg327, "--episodes", "clean.csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2 episodes evaluated, 0 malformed rows skipped; 1 matched a guidance; 0 with findings (0 errors, 0 warnings, 0 info)\n  IPG327: 1 episode matched\n", result.Out);
        Assert.Equal("", result.Error); // no progress bar into a captured writer
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var temp = new TempFolder();
        temp.Write("warn.csv", "id,opcs,icd10\nA,J12.4 Y53.9,C22.0\n");

        var result = CliHarness.Run(temp.Path, "evaluate", "--rules", Repo.Ipg327, "--episodes", "warn.csv", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2,A,guidance-diagnosis,,warning,IPG327,IPG327,", result.Out);
    }

    [Fact]
    public void A_report_file_is_written_whole_through_a_rename()
    {
        using var temp = new TempFolder();

        var result = CliHarness.Run(Repo.Episodes, "evaluate", "--rules", Repo.Ipg327, "--episodes", "simple-episodes.csv", "--format", "json", "--output", Path.Combine(temp.Path, "report.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(5, (long?)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(temp.Path, "report.json")))!["summary"]!["episodes"]);
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Theory]
    [InlineData("missing.csv", "episode file 'missing.csv' does not exist")]
    [InlineData("noheader.csv", "names neither the simple columns")]
    [InlineData("empty.csv", "the episode file is empty")]
    [InlineData("notarray.json", "not a JSON array of episodes")]
    public void An_episode_file_that_cannot_be_read_exits_2_with_one_line(string file, string reason)
    {
        using var temp = new TempFolder();
        temp.Write("noheader.csv", "a,b\n1,2\n");
        temp.Write("empty.csv", "");
        temp.Write("notarray.json", "{\"id\": 1}");

        var result = CliHarness.Run(temp.Path, "evaluate", "--rules", Repo.Ipg327, "--episodes", file);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codingdsl: error: ", result.Error);
        Assert.Contains(reason, result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("evaluate", "--episodes", "x.csv")]
    [InlineData("evaluate", "--rules", "samples")]
    [InlineData("evaluate", "--rules", "samples", "--episodes", "x.csv", "--format", "xml")]
    [InlineData("evaluate", "--rules", "no-such-folder", "--episodes", "tests/cases/episodes/episodes.json")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var result = CliHarness.Run(Repo.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codingdsl: error: ", result.Error);
    }
}
