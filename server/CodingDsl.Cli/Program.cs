using System.CommandLine;
using CodingDsl.Cli.Commands;

namespace CodingDsl.Cli;

public static class Program
{
    public static int Main(string[] args) => CliRunner.Run(CreateRootCommand(CliEnvironment.FromConsole()), args);

    /// <summary>The whole command tree: one line a command. Tests build the same tree with captured writers.</summary>
    public static RootCommand CreateRootCommand(CliEnvironment env) => new CodingDslRootCommand(env)
    {
        new CheckCommand(env),
    };
}
