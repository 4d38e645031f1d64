namespace CodingDsl.Cli.Commands;

/// <summary>The parsed command line of `codingdsl format`.</summary>
/// <param name="Paths">Files and folders as given (relative to the working directory).</param>
/// <param name="Check">Rewrite nothing; list the files that are not formatted and exit 1 if there are any.</param>
/// <param name="Diff">Show each change as a unified diff instead of listing the file; implies <paramref name="Check"/>.</param>
public sealed record FormatArguments(IReadOnlyList<string> Paths, bool Check, bool Diff = false);
