using System.CommandLine;

namespace CodingDsl.Cli.Tests.Commands;

/// <summary>How the runner reports failures of any command, including ones added later.</summary>
public class CliRunnerTests
{
    private static (int ExitCode, string Out, string Error) RunWith(Action action)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var env = CliEnvironment.ForWriters(output, error, Path.GetTempPath());
        var command = new Command("boom");
        command.SetAction(_ => action());
        var root = new RootCommand { command };

        var exitCode = CliRunner.Run(root, ["boom"], env);

        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_bug_in_a_command_is_one_line_without_a_stack_trace_and_exit_2()
    {
        var (exitCode, _, error) = RunWith(() => throw new InvalidOperationException("state was\nbroken"));

        Assert.Equal(2, exitCode);
        Assert.Equal("codingdsl: internal error: InvalidOperationException: state was broken (please report this)\n", error);
    }

    [Fact]
    public void A_user_facing_failure_is_one_error_line_and_exit_2()
    {
        var (exitCode, _, error) = RunWith(() => throw new CliException("path 'x' does not exist"));

        Assert.Equal(2, exitCode);
        Assert.Equal("codingdsl: error: path 'x' does not exist\n", error);
    }
}
