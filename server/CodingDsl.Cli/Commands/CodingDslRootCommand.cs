using System.CommandLine;
using System.CommandLine.Invocation;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl`: the root of the command tree. It has no work of its own: run without a command it is a
/// usage error (exit 2, "Required command was not provided"). --version prints <see cref="ToolInfo.Version"/> (the product's, not the host's:
/// in tests the entry assembly is the test host).
/// </summary>
public sealed class CodingDslRootCommand : RootCommand
{
    public CodingDslRootCommand(CliEnvironment env)
        : base("Checks, formats and compiles CodingDsl rule files (*.coding) for NICE clinical-coding guidance.")
    {
        foreach (var version in Options.OfType<VersionOption>())
        {
            version.Action = new WriteLineAction(env, () => ToolInfo.Version);
        }
    }

    private sealed class WriteLineAction(CliEnvironment env, Func<string> text) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            env.Out.WriteLine(text());
            return ExitCodes.Success;
        }
    }
}
