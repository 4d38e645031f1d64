namespace CodingDsl.Cli.Rewriting;

/// <summary>An output the writer will not write (a read-only file, a FIFO, a folder). The message has no path: callers add it.</summary>
public sealed class OutputRefusedException(string message) : IOException(message);
