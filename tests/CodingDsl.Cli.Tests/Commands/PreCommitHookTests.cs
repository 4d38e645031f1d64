using System.Text.RegularExpressions;
using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Tests;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>
/// .pre-commit-hooks.yaml on staged rule files in a temporary repository, with `codingdsl` on PATH
/// (the built one). Through the real pre-commit (`pre-commit try-repo`) when it is installed
/// (Debian: apt-get install pre-commit; PyPI is not reachable here); otherwise the hook's entry is
/// run as pre-commit runs a `language: system` hook: the entry's words, then the matching files.
/// </summary>
public partial class PreCommitHookTests
{
    private const string Clean =
        "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n" +
        "  procedure {\n" +
        "    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n" +
        "  }\n" +
        "}\n";

    // notes.txt is staged too: were it passed to `codingdsl check` (which checks any file it is
    // named), the good file's run would fail, so the files pattern is tested by the passing rows.
    [Theory]
    [InlineData("codingdsl-check", "good.coding", 0, "")]
    [InlineData("codingdsl-check", "bad.coding", 1, "error CDSL0201")]
    [InlineData("codingdsl-format", "good.coding", 0, "")]
    [InlineData("codingdsl-format", "untidy.coding", 1, "untidy.coding")]
    public void A_hook_passes_good_staged_files_and_fails_bad_ones(string hook, string file, int exitCode, string expected)
    {
        using var repo = new GitRepository();
        repo.Write("good.coding", Clean);
        repo.Write("bad.coding", Clean.Replace("J12.4", "j12.4", StringComparison.Ordinal));
        repo.Write("untidy.coding", Clean.Replace("  procedure {", "procedure   {", StringComparison.Ordinal));
        repo.Write("notes.txt", "not a rule file");
        repo.Git("add", "-A");
        using var bin = new TempFolder();
        var environment = new Dictionary<string, string?>
        {
            // The built apphost's folder (or a wrapper's): `codingdsl` is found on PATH, as after an install.
            ["PATH"] = Path.GetDirectoryName(BuiltTool.Executable(bin.Path)) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["PRE_COMMIT_HOME"] = Path.Combine(repo.Path, ".pre-commit-cache"),
        };

        var result = PreCommitInstalled()
            ? ExternalProcess.Run("pre-commit", ["try-repo", RepoPaths.Root, hook, "--files", file, "notes.txt"], repo.Path, environment)
            : RunAsPreCommitWould(Hook(hook), [file, "notes.txt"], repo.Path, environment);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains(expected, result.Out);
    }

    [Fact]
    public void The_hooks_file_declares_both_hooks_on_rule_files_with_the_installed_tool()
    {
        Assert.Equal(("codingdsl check", @"\.coding$"), Hook("codingdsl-check"));
        Assert.Equal(("codingdsl format --check", @"\.coding$"), Hook("codingdsl-format"));
        Assert.Equal(2, Regex.Count(File.ReadAllText(HooksFile), @"(?m)^\s*language: system$"));
    }

    private static string HooksFile => Path.Combine(RepoPaths.Root, ".pre-commit-hooks.yaml");

    private static bool PreCommitInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "pre-commit")));

    /// <summary>A hook's entry and files pattern, read from the (flat) hooks file.</summary>
    private static (string Entry, string Files) Hook(string id)
    {
        var block = File.ReadAllText(HooksFile).Split("\n- ").Single(b => b.StartsWith($"id: {id}\n", StringComparison.Ordinal));
        return (Field(block, "entry"), Field(block, "files"));
    }

    private static string Field(string block, string name) => Regex.Match(block, $@"(?m)^\s*{name}: (.*)$").Groups[1].Value.Trim();

    private static CliResult RunAsPreCommitWould((string Entry, string Files) hook, string[] staged, string repository, Dictionary<string, string?> environment)
    {
        var words = hook.Entry.Split(' ');
        var files = staged.Where(f => Regex.IsMatch(f, hook.Files));
        return ExternalProcess.Run("sh", ["-c", "exec \"$@\"", "hook", .. words, .. files], repository, environment);
    }
}
