using CodingDsl.Cli;

namespace CodingDsl.Cli.Tests.Support;

/// <summary>What one run of the CLI did: its exit code and everything it wrote.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the real command tree in-process with its own writers and working directory, so tests run in
/// parallel without touching Console or the process's current directory.
/// </summary>
public static class CliHarness
{
    public static CliResult Run(string workingDirectory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var env = CliEnvironment.ForWriters(output, error, workingDirectory);
        var exitCode = CliRunner.Run(Program.CreateRootCommand(env), args, env);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
