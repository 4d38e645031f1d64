namespace CodingDsl.Cli.Commands;

/// <summary>The parsed command line of `codingdsl import`.</summary>
/// <param name="InputPath">The compiled JSON document.</param>
/// <param name="OutputPath">For one file: a file, or null/"-" for standard output. For several: a folder.</param>
public sealed record ImportArguments(string InputPath, string? OutputPath)
{
    public bool WritesToStandardOutput => Rewriting.StandardStreamPath.IsStandardOutput(OutputPath);
}
