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

    [Fact]
    public void Version_prints_the_product_version()
    {
        var result = CliHarness.Run(Here, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ToolInfo.Version + "\n", result.Out);
        Assert.Matches(@"^\d+\.\d+\.\d+", ToolInfo.Version);
    }
}
