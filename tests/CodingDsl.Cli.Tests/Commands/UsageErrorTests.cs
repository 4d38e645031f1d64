using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>Every way of calling the tool wrongly exits 2 with one line on stderr and nothing on stdout.</summary>
public class UsageErrorTests
{
    public static TheoryData<string[], string> BadCommandLines() => new()
    {
        { [], "codingdsl: error: Required command was not provided. See 'codingdsl --help'." },
        { ["chek", "."], "codingdsl: error: Unrecognized command 'chek': did you mean 'check'? See 'codingdsl --help'." },
        { ["fromat", "."], "codingdsl: error: Unrecognized command 'fromat': did you mean 'format'? See 'codingdsl --help'." },
        { ["xyzzy", "."], "codingdsl: error: Unrecognized command or argument 'xyzzy' (and 2 more). See 'codingdsl --help'." },
        { ["check", ".", "--fromat", "json"], "codingdsl: error: Unrecognized option '--fromat': did you mean '--format'? See 'codingdsl check --help'." },
        { ["format", "--chek", "."], "codingdsl: error: Unrecognized option '--chek': did you mean '--check'? See 'codingdsl format --help'." },
        { ["check"], "codingdsl: error: Required argument missing for command: 'check'. See 'codingdsl check --help'." },
        { ["check", ".", "--format", "xml"], "codingdsl: error: Argument 'xml' not recognized. Must be one of: 'text' 'json' 'sarif' 'github'. See 'codingdsl check --help'." },
        { ["check", ".", "--fail-level", "fatal"], "codingdsl: error: Argument 'fatal' not recognized. Must be one of: 'error' 'warning' 'info'. See 'codingdsl check --help'." },
        { ["check", ".", "--bogus"], "codingdsl: error: Unrecognized option '--bogus'. See 'codingdsl check --help'." },
        { ["check", ".", "--format"], "codingdsl: error: Required argument missing for option: '--format'. See 'codingdsl check --help'." },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void Parser_errors_exit_2_with_one_line(string[] args, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", "");

        var result = CliHarness.Run(temp.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected + "\n", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_missing_path_exits_2_naming_it()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", "");

        var result = CliHarness.Run(temp.Path, "check", "a.coding", "nope.coding");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codingdsl: error: path 'nope.coding' does not exist\n", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_folder_without_rule_files_exits_2()
    {
        using var temp = new TempFolder();
        temp.CreateFolder("empty");

        var result = CliHarness.Run(temp.Path, "check", "empty");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("codingdsl: error: no .coding files found in 'empty'\n", result.Error);
    }

    [Fact]
    public void An_unwritable_output_file_exits_2()
    {
        using var temp = new TempFolder();
        temp.Write("a.coding", "");

        var result = CliHarness.Run(temp.Path, "check", ".", "--output", "no/such/folder/report.json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("codingdsl: error: cannot write 'no/such/folder/report.json': ", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("-x.coding")]
    [InlineData("--", "-odd.coding")] // -odd.coding alone would read as `-o dd.coding`
    public void An_existing_file_whose_name_starts_with_a_dash_is_a_path_not_an_option(params string[] paths)
    {
        using var temp = new TempFolder();
        temp.Write(paths[^1], "");

        var result = CliHarness.Run(temp.Path, ["check", .. paths]);

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Contains("1 file", result.Out);
    }
}
