using System.Text.Json.Nodes;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>`codingdsl diff` through the command line: two folders, and two commits of a real git repository.</summary>
public class DiffCommandTests
{
    private const string Ipg327 = RuleTexts.Ipg327;

    private static readonly string Ipg327WithY70 = RuleTexts.Ipg327WithY70;

    [Fact]
    public void Two_folders_a_renamed_file_is_no_change_and_exits_0_even_with_exit_code()
    {
        using var temp = new TempFolder();
        temp.Write("before/IPG327.coding", Ipg327);
        temp.Write("after/liver/ablation.coding", "// moved\n" + Ipg327.Replace("  ", "    ", StringComparison.Ordinal));

        var result = CliHarness.Run(temp.Path, "diff", "before", "after", "--exit-code");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("No change in meaning (1 guidance compared).\n", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Two_folders_an_added_alternative_is_reported_at_its_line_and_exit_code_makes_it_1()
    {
        using var temp = new TempFolder();
        temp.Write("before/IPG327.coding", Ipg327);
        temp.Write("after/IPG327.coding", Ipg327WithY70);

        var plain = CliHarness.Run(temp.Path, "diff", "before", "after");
        var strict = CliHarness.Run(temp.Path, "diff", "before", "after", "--exit-code");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(
            "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" changed (after/IPG327.coding:1)\n" +
            "  added    procedure › opcs Y53.- or Y68.- or Y70.3: alternative opcs Y70.3 \"First stage of staged operations NOC\" (line 5)\n" +
            "1 guidance compared: 1 changed.\n",
            plain.Out);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(plain.Out, strict.Out);
    }

    [Fact]
    public void Two_commits_of_a_git_repository_are_compared_with_links_to_the_head_lines()
    {
        using var repo = new GitRepository();
        repo.Write("rules/IPG327.coding", Ipg327);
        repo.Write("README.md", "not a rule file");
        repo.Commit("first");
        repo.Write("rules/IPG327.coding", Ipg327WithY70);
        repo.Write("rules/IPG2.coding", "guidance IPG2 \"New\" {\n  procedure {\n    opcs J02.- \"Partial excision of liver\"\n  }\n}\n");
        var head = repo.Commit("second");

        var result = CliHarness.Run(repo.Path, "diff", "HEAD~1", "HEAD", "rules", "--format", "markdown", "--link-base", $"https://github.com/o/r/blob/{head}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("`HEAD~1` → `HEAD`: 2 guidances compared: 1 changed, 1 added.", result.Out);
        Assert.Contains("#### ➕ added guidance IPG2 — New", result.Out);
        Assert.Contains($"| ➕ added | `procedure` › `opcs Y53.- or Y68.- or Y70.3` | alternative |  | `opcs Y70.3 \"First stage of staged operations NOC\"` | [L5](https://github.com/o/r/blob/{head}/rules/IPG327.coding#L5) |", result.Out);
    }

    [Fact]
    public void A_revision_is_read_from_git_not_from_the_working_tree()
    {
        using var repo = new GitRepository();
        repo.Write("IPG327.coding", Ipg327);
        repo.Commit("first");
        repo.Write("IPG327.coding", Ipg327WithY70);

        var committed = CliHarness.Run(repo.Path, "diff", "HEAD", "HEAD", "--format", "json");
        var working = CliHarness.Run(repo.Path, "diff", "HEAD", ".", "--format", "json");

        Assert.False((bool)JsonNode.Parse(committed.Out)!["changed"]!, committed.ToString());
        Assert.True((bool)JsonNode.Parse(working.Out)!["changed"]!, working.ToString());
        Assert.Equal("IPG327.coding", (string?)JsonNode.Parse(working.Out)!["guidances"]![0]!["head"]!["path"]);
    }

    [Fact]
    public void A_revision_is_analysed_with_the_rule_library_it_uses_as_committed()
    {
        using var repo = new GitRepository();
        repo.Write("lib/team.coding", "rule needs-imaging {\n  when image-guided\n  require has opcs Y53.-\n  severity warning\n}\n");
        repo.Write("IPG327.coding", "use \"lib/team.coding\"\n" + Ipg327);
        repo.Commit("first");
        repo.Write("lib/team.coding", "rule needs-imaging {\n  when image-guided\n  require has opcs Y53.-\n  severity error\n}\n");
        repo.Commit("second");

        var result = CliHarness.Run(repo.Path, "diff", "HEAD~1", "HEAD");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("rule needs-imaging changed (lib/team.coding:1)\n  changed  severity warning → error (line 1)\n", result.Out);
    }

    [Fact]
    public void A_file_that_does_not_parse_exits_1_and_the_report_says_so()
    {
        using var temp = new TempFolder();
        temp.Write("before/IPG327.coding", Ipg327);
        temp.Write("after/IPG327.coding", Ipg327.Replace("  }\n}\n", "", StringComparison.Ordinal));

        var result = CliHarness.Run(temp.Path, "diff", "before", "after");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("warning: after: 1 file has syntax errors (after/IPG327.coding); what does not parse is missing from the comparison.", result.Out);
    }

    [Theory]
    [InlineData("no-such-revision", "HEAD", "codingdsl: error: 'no-such-revision' is neither a folder nor a revision of the git repository at ")]
    [InlineData("HEAD", "HEAD", "codingdsl: error: path '../elsewhere' is outside the git repository at ")]
    public void A_bad_revision_or_path_exits_2_with_one_line(string baseSide, string headSide, string expected)
    {
        using var repo = new GitRepository();
        repo.Write("IPG327.coding", Ipg327);
        repo.Commit("first");

        var result = CliHarness.Run(repo.Path, "diff", baseSide, headSide, "../elsewhere");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith(expected, result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_revision_outside_any_git_repository_exits_2()
    {
        var outside = Directory.CreateTempSubdirectory("codingdsl-nogit-").FullName;
        try
        {
            var result = CliHarness.Run(outside, "diff", "HEAD~1", "HEAD");

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("codingdsl: error: 'HEAD~1' is not a folder, and git cannot read a repository at ", result.Error);
            Assert.Contains("not a git repository", result.Error);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void The_report_goes_to_the_output_file()
    {
        using var temp = new TempFolder();
        temp.Write("before/IPG327.coding", Ipg327);
        temp.Write("after/IPG327.coding", Ipg327WithY70);

        var result = CliHarness.Run(temp.Path, "diff", "before", "after", "-f", "markdown", "-o", "summary.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Out);
        Assert.StartsWith("### CodingDsl: changes in meaning\n", File.ReadAllText(Path.Combine(temp.Path, "summary.md")));
    }
}
