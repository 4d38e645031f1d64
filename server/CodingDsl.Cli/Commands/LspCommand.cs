using System.CommandLine;
using CodingDsl.LanguageServer;

namespace CodingDsl.Cli.Commands;

/// <summary>
/// `codingdsl lsp [--stdio]`: runs the language server over standard input and output until the
/// client sends `exit`. `--stdio` (which vscode-languageclient passes) and any other transport
/// arguments are accepted and ignored: stdio is the only transport. Exit code 0 after shutdown/exit,
/// 1 when the client exits without shutdown or the connection drops.
/// The other arguments go to a hidden argument rather than TreatUnmatchedTokensAsErrors = false, whose
/// usage line System.CommandLine prints with an unbalanced bracket ("[[--] &lt;additional arguments&gt;...]]").
/// </summary>
public sealed class LspCommand : Command
{
    public LspCommand(CliEnvironment env)
        : base("lsp", "Run the language server (Language Server Protocol over standard input/output) for editors.")
    {
        Add(new Option<bool>("--stdio") { Description = "Accepted for editors that pass it; stdio is the only transport." });
        Add(new Argument<string[]>("transport-arguments")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Hidden = true,
            Description = "What a client passes for other transports (--clientProcessId=<pid>, ...): ignored.",
        });
        SetAction((_, cancellationToken) => LanguageServerHost.RunAsync(env.OpenStandardInput(), env.OpenStandardOutput(), cancellationToken));
    }
}
