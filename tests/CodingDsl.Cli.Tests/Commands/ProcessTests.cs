using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>The real binary, as CI runs it: exit codes and where the text goes.</summary>
public class ProcessTests
{
    [Fact]
    public void Version_exits_0()
    {
        var result = BuiltTool.Run(Path.GetTempPath(), "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ToolInfo.Version, result.Out.Trim());
    }

    [Fact]
    public void A_clean_folder_exits_0_with_the_summary_on_stdout()
    {
        using var temp = new TempFolder();
        temp.Write("rules/a.coding", "");

        var result = BuiltTool.Run(temp.Path, "check", "rules");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Matches(@"(1 file is clean\.|1 file checked: .*)\r?\n$", result.Out);
    }

    [Fact]
    public void A_missing_path_exits_2_with_one_line_on_stderr()
    {
        using var temp = new TempFolder();

        var result = BuiltTool.Run(temp.Path, "check", "missing");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codingdsl: error: path 'missing' does not exist", result.Error.TrimEnd());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_bad_option_value_exits_2_with_one_line_on_stderr()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", "");

        var result = BuiltTool.Run(temp.Path, "check", ".", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("codingdsl: error: Argument 'xml' not recognized.", result.Error);
    }

    [Fact]
    public void Random_bytes_do_not_crash_the_process()
    {
        using var temp = new TempFolder();
        var bytes = new byte[16 * 1024];
        new Random(7).NextBytes(bytes);
        temp.WriteBytes("noise.coding", bytes);

        var result = BuiltTool.Run(temp.Path, "check", "noise.coding", "--format", "github");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.DoesNotContain("Unhandled exception", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
