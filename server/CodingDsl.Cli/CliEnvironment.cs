namespace CodingDsl.Cli;

/// <summary>
/// What a command may touch of the process: its writers, its working directory and its raw standard
/// streams. Commands take it instead of using <see cref="Console"/>, so tests can run many commands in
/// parallel with their own captured output and no global state.
/// </summary>
/// <param name="Out">Standard output (results, help, version).</param>
/// <param name="Error">Standard error (one-line reasons for failures).</param>
/// <param name="WorkingDirectory">Relative paths on the command line are resolved against this, and printed relative to it.</param>
/// <param name="OpenStandardInput">The raw input stream (for `lsp` and reading documents from stdin).</param>
/// <param name="OpenStandardOutput">The raw output stream (for `lsp`, where a TextWriter would get in the way of framing).</param>
/// <param name="HandlesTermination">
/// True for the real process: Ctrl+C/SIGTERM cancel an async command's token. False in tests, which
/// must not install process-wide signal handlers.
/// </param>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    string WorkingDirectory,
    Func<Stream> OpenStandardInput,
    Func<Stream> OpenStandardOutput,
    bool HandlesTermination = false)
{
    public static CliEnvironment FromConsole() => new(
        Console.Out,
        Console.Error,
        Environment.CurrentDirectory,
        Console.OpenStandardInput,
        Console.OpenStandardOutput,
        HandlesTermination: true);

    /// <summary>An environment with the given writers and no standard streams (reading them gives empty/discarding streams).</summary>
    public static CliEnvironment ForWriters(TextWriter output, TextWriter error, string workingDirectory) => new(
        output,
        error,
        workingDirectory,
        () => Stream.Null,
        () => Stream.Null);
}
