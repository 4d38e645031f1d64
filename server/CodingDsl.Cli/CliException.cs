namespace CodingDsl.Cli;

/// <summary>
/// A failure the user can act on (missing path, unreadable file, nothing to check). The message is one
/// line, written after "codingdsl: error: ", and the process exits with <see cref="ExitCodes.Failure"/>.
/// </summary>
public sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);
