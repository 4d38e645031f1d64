namespace CodingDsl.Cli.Commands;

public enum EvaluateFormat
{
    Text,
    Csv,
    Json,
}

/// <summary>The parsed command line of `codingdsl evaluate`.</summary>
/// <param name="RulePaths">Rule files and folders (relative to the working directory).</param>
/// <param name="EpisodesPath">The episode file (CSV or JSON); "-" for standard input.</param>
/// <param name="OutputPath">A file to write the report to; null or "-" for standard output.</param>
public sealed record EvaluateArguments(
    IReadOnlyList<string> RulePaths,
    string EpisodesPath,
    EvaluateFormat Format,
    string? OutputPath)
{
    public bool WritesToStandardOutput => Rewriting.StandardStreamPath.IsStandardOutput(OutputPath);
}
