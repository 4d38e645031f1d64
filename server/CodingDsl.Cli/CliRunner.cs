using System.CommandLine;
using System.CommandLine.Invocation;

namespace CodingDsl.Cli;

/// <summary>
/// Parses and runs a command line, and turns every way it can go wrong into one line on stderr and
/// exit code 2: parser errors (unknown option, bad value), <see cref="CliException"/>s from commands,
/// and anything unexpected (a bug: no stack trace for the user, but a line to report).
/// </summary>
public static class CliRunner
{
    private const string ErrorPrefix = ToolInfo.Name + ": error: ";

    /// <summary>Runs synchronously; for tests and commands whose actions are synchronous.</summary>
    public static int Run(RootCommand root, IReadOnlyList<string> args, CliEnvironment env) =>
        RunAsync(root, args, env).GetAwaiter().GetResult();

    /// <summary>
    /// Runs the command the arguments select. Asynchronous actions (a language server reading stdin)
    /// get a cancellation token that Ctrl+C/SIGTERM cancels when <see cref="CliEnvironment.HandlesTermination"/>.
    /// </summary>
    public static async Task<int> RunAsync(RootCommand root, IReadOnlyList<string> args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        try
        {
            var parseResult = root.Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                await env.Error.WriteLineAsync(ErrorPrefix + DescribeParseErrors(parseResult));
                return ExitCodes.Failure;
            }

            var configuration = new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = env.HandlesTermination ? TimeSpan.FromSeconds(2) : null,
            };
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliException e)
        {
            await env.Error.WriteLineAsync(ErrorPrefix + SingleLine.Of(e.Message));
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await env.Error.WriteLineAsync($"{ToolInfo.Name}: cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            await env.Error.WriteLineAsync($"{ToolInfo.Name}: internal error: {e.GetType().Name}: {SingleLine.Of(e.Message)} (please report this)");
            return ExitCodes.Failure;
        }
    }

    /// <summary>The first parser error, and where to find the usage of the command it belongs to.</summary>
    private static string DescribeParseErrors(ParseResult parseResult)
    {
        if (DidYouMean(parseResult) is { } suggestion)
        {
            return suggestion;
        }
        // "Unrecognized command or argument 'chek'" says more than the "Required command was not
        // provided" it causes, so an error about an unmatched token goes first.
        var first = parseResult.UnmatchedTokens.Count > 0
            ? parseResult.Errors.FirstOrDefault(e => e.Message.Contains($"'{parseResult.UnmatchedTokens[0]}'", StringComparison.Ordinal))
            : null;
        first ??= parseResult.Errors.Count > 0 ? parseResult.Errors[0] : null;
        var message = first is null ? "invalid command line" : SingleLine.Of(first.Message).TrimEnd('.');
        var more = parseResult.Errors.Count > 1 ? $" (and {parseResult.Errors.Count - 1} more)" : "";
        var stop = message.EndsWith('?') && more.Length == 0 ? "" : ".";
        return $"{message}{more}{stop} See '{CommandPath(parseResult.CommandResult.Command)} --help'.";
    }

    /// <summary>
    /// A mistyped command or option near one that exists: "Unrecognized command 'chek': did you mean
    /// 'check'?". The parser's own message ("Unrecognized command or argument 'chek' (and 2 more)")
    /// counts the errors the typo caused, not what to type.
    /// </summary>
    private static string? DidYouMean(ParseResult parseResult)
    {
        if (parseResult.UnmatchedTokens.Count == 0)
        {
            return null;
        }
        var token = parseResult.UnmatchedTokens[0];
        var command = parseResult.CommandResult.Command;
        var suggestion = Commands.DidYouMean.For(command, token);
        return suggestion.Length == 0
            ? null
            : $"Unrecognized {(token.StartsWith('-') ? "option" : "command")} '{token}':{suggestion} See '{CommandPath(command)} --help'.";
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(c.Name);
        }
        names.Add(ToolInfo.Name);
        names.Reverse();
        return string.Join(' ', names);
    }
}
