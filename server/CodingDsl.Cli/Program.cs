using System.CommandLine;
using CodingDsl.Cli.Commands;

namespace CodingDsl.Cli;

public static class Program
{
    public static Task<int> Main(string[] args)
    {
        var env = CliEnvironment.FromConsole();
        return CliRunner.RunAsync(CreateRootCommand(env), args, env);
    }

    /// <summary>The whole command tree: one line a command. Tests build the same tree with captured writers.</summary>
    public static RootCommand CreateRootCommand(CliEnvironment env) => new CodingDslRootCommand(env)
    {
        new CheckCommand(env),
        new FormatCommand(env),
        new ExportCommand(env),
        new ImportCommand(env),
        new EvaluateCommand(env),
        new UpgradeCommand(env),
        new LspCommand(env),
        new DiffCommand(env),
    };
}
