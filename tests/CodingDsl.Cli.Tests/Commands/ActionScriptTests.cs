using System.Collections;
using System.Text.Json.Nodes;
using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Tests;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>
/// scripts/action/run.sh, the GitHub Action's work, run by bash with the environment GitHub gives a
/// job (GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_BASE_REF …) in a temporary git
/// repository with two commits, against the built codingdsl (CODINGDSL) rather than a packed one.
/// </summary>
public class ActionScriptTests
{
    private const string Ipg327 = RuleTexts.Ipg327;

    [Fact]
    public void A_pull_request_gets_annotations_sarif_and_the_diff_from_its_merge_base_in_the_summary()
    {
        using var job = new Job();
        job.Repository.Write("rules/IPG327.coding", Ipg327);
        var mainCommit = job.Repository.Commit("main");
        job.Repository.Git("update-ref", "refs/remotes/origin/main", mainCommit);
        job.Repository.Git("checkout", "-q", "-b", "feature");
        // Y70.3 does not state the image control: the image-control rule reports an error on one path.
        job.Repository.Write("rules/IPG327.coding", RuleTexts.Ipg327WithY70);
        var head = job.Repository.Commit("feature");

        var result = job.Run(new() { ["GITHUB_EVENT_NAME"] = "pull_request", ["GITHUB_BASE_REF"] = "main", ["INPUT_PATHS"] = "rules" });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Matches(@"(?m)^::error file=rules/IPG327\.coding,line=3,.*title=CDSL0501::", result.Out);
        var sarif = JsonNode.Parse(File.ReadAllText(Path.Combine(job.Repository.Path, "codingdsl.sarif")))!;
        Assert.Equal("CDSL0501", (string?)sarif["runs"]![0]!["results"]![0]!["ruleId"]);
        Assert.Contains("#### ✏️ changed guidance IPG327 — Radiofrequency ablation for colorectal liver metastases", job.Summary);
        Assert.Contains($"| ➕ added | `procedure` › `opcs Y53.- or Y68.- or Y70.3` | alternative |  | `opcs Y70.3 \"First stage of staged operations NOC\"` | [L5](https://github.com/example/rules/blob/{head}/rules/IPG327.coding#L5) |", job.Summary);
        Assert.Contains("**codingdsl check:** 1 file checked: 1 error", job.Summary);
        Assert.Contains("check-exit-code=1\n", job.Outputs);
        Assert.Contains($"diff-base={mainCommit}\n", job.Outputs);
        Assert.Contains("sarif-file=codingdsl.sarif\n", job.Outputs);
    }

    [Fact]
    public void A_push_is_compared_with_the_commit_before_it_and_a_clean_check_exits_0()
    {
        using var job = new Job();
        job.Repository.Write("IPG327.coding", Ipg327);
        var before = job.Repository.Commit("first");
        job.Repository.Write("IPG327.coding", Ipg327.Replace("\"Radiofrequency ablation for", "\"RF ablation for", StringComparison.Ordinal));
        job.Repository.Commit("second");

        var result = job.Run(new() { ["GITHUB_EVENT_NAME"] = "push", ["CODINGDSL_PUSH_BEFORE"] = before });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("| ✏️ changed |  | title | `\"Radiofrequency ablation for colorectal liver metastases\"` | `\"RF ablation for colorectal liver metastases\"` |", job.Summary);
        Assert.Contains("check-exit-code=0\n", job.Outputs);
    }

    [Fact]
    public void A_push_that_creates_the_branch_says_there_is_nothing_to_compare_with()
    {
        using var job = new Job();
        job.Repository.Write("IPG327.coding", Ipg327);
        job.Repository.Commit("first");

        var result = job.Run(new() { ["GITHUB_EVENT_NAME"] = "push", ["CODINGDSL_PUSH_BEFORE"] = new string('0', 40) });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Not compared: the push created the branch (no previous commit).", job.Summary);
        Assert.Contains("diff-base=\n", job.Outputs);
    }

    [Fact]
    public void Action_yml_runs_the_scripts_and_passes_every_input_the_script_reads()
    {
        var action = File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml"));
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "scripts", "action", "run.sh"));

        Assert.Contains("using: composite", action);
        Assert.Contains("bash \"$GITHUB_ACTION_PATH/scripts/action/install.sh\"", action);
        Assert.Contains("bash \"$GITHUB_ACTION_PATH/scripts/action/run.sh\"", action);
        var read = System.Text.RegularExpressions.Regex.Matches(script, @"\$\{(INPUT_[A-Z_]+|CODINGDSL_PUSH_BEFORE|CODINGDSL)[:}]").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.Matches($@"(?m)^\s+{name}: \$\{{\{{ ", action));
    }

    /// <summary>A job's files and environment: the repository it checked out, the summary and output files.</summary>
    private sealed class Job : IDisposable
    {
        private readonly TempFolder runner = new();

        public GitRepository Repository { get; } = new();

        public string Summary => File.ReadAllText(Path.Combine(runner.Path, "summary.md"));

        public string Outputs => File.ReadAllText(Path.Combine(runner.Path, "output.txt"));

        public CliResult Run(Dictionary<string, string?> variables)
        {
            var environment = new Dictionary<string, string?>();
            // Nothing of a real CI job running these tests may leak in.
            foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
            {
                if (name.StartsWith("GITHUB_", StringComparison.Ordinal) || name.StartsWith("INPUT_", StringComparison.Ordinal) || name.StartsWith("RUNNER_", StringComparison.Ordinal))
                {
                    environment[name] = null;
                }
            }
            environment["CODINGDSL"] = BuiltTool.Executable(runner.Path);
            environment["GITHUB_WORKSPACE"] = Repository.Path;
            environment["GITHUB_STEP_SUMMARY"] = Path.Combine(runner.Path, "summary.md");
            environment["GITHUB_OUTPUT"] = Path.Combine(runner.Path, "output.txt");
            environment["GITHUB_SERVER_URL"] = "https://github.com";
            environment["GITHUB_REPOSITORY"] = "example/rules";
            environment["RUNNER_TEMP"] = runner.Path;
            foreach (var (name, value) in variables)
            {
                environment[name] = value;
            }
            return ExternalProcess.Run("bash", [Path.Combine(RepoPaths.Root, "scripts", "action", "run.sh")], Repository.Path, environment);
        }

        public void Dispose()
        {
            Repository.Dispose();
            runner.Dispose();
        }
    }
}
