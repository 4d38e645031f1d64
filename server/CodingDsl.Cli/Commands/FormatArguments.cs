namespace CodingDsl.Cli.Commands;

/// <summary>The parsed command line of `codingdsl format`.</summary>
/// <param name="Paths">Files and folders as given (relative to the working directory).</param>
/// <param name="Check">Rewrite nothing; list the files that are not formatted and exit 1 if there are any.</param>
public sealed record FormatArguments(IReadOnlyList<string> Paths, bool Check);
