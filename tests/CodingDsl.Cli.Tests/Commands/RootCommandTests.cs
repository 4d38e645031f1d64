using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Commands;

public class RootCommandTests
{
    private static readonly string Here = Path.GetTempPath();

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = CliHarness.Run(Here, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("check <paths>", result.Out);
        Assert.Contains("--version", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Check_help_describes_its_arguments_and_options_with_defaults()
    {
        var result = CliHarness.Run(Here, "check", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<paths>...", result.Out);
        Assert.Contains("--format <github|json|sarif|text>", result.Out);
        Assert.Contains("--fail-level <error|info|warning>", result.Out);
        Assert.Contains("--output <file>", result.Out);
        Assert.Contains("[default: text]", result.Out);
        Assert.Contains("[default: error]", result.Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("format", "--help")]
    [InlineData("export", "--help")]
    [InlineData("import", "--help")]
    [InlineData("evaluate", "--help")]
    [InlineData("lsp", "--help")]
    public void Every_usage_line_has_balanced_brackets(params string[] args)
    {
        var result = CliHarness.Run(Here, args);

        var usage = result.Out.Split('\n').SkipWhile(line => line != "Usage:").Skip(1).First().Trim();
        Assert.Equal(usage.Count(c => c == '['), usage.Count(c => c == ']'));
        Assert.Equal(usage.Count(c => c == '<'), usage.Count(c => c == '>'));
    }

    [Fact]
    public void Lsp_usage_is_its_options_only_and_it_accepts_what_clients_pass()
    {
        var help = CliHarness.Run(Here, "lsp", "--help");
        // No client connects: the server reads end of input at once and stops (1: no shutdown), but the
        // arguments vscode-languageclient passes parsed (a usage error would be 2).
        var run = CliHarness.Run(Here, "lsp", "--stdio", "--clientProcessId=4242");

        Assert.Matches(@" lsp \[options\]\r?\n", help.Out);
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("error", run.Error);
    }

    [Fact]
    public void Version_prints_the_product_version()
    {
        var result = CliHarness.Run(Here, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ToolInfo.Version + "\n", result.Out);
        Assert.Matches(@"^\d+\.\d+\.\d+", ToolInfo.Version);
    }
}
