using CodingDsl.Cli;

namespace CodingDsl.Export.Tests.Support;

internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>The real command tree in-process, with its own writers and working directory.</summary>
internal static class CliTool
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
