using CodingDsl.Cli.Output;
using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Cli.Commands;

/// <summary>The parsed command line of `codingdsl check`.</summary>
/// <param name="Paths">Files and folders as given (relative to the working directory).</param>
/// <param name="OutputPath">A file to write the report to; null or "-" for standard output.</param>
public sealed record CheckArguments(
    IReadOnlyList<string> Paths,
    OutputFormat Format,
    DiagnosticLevel FailLevel,
    string? OutputPath)
{
    public bool WritesToStandardOutput => Rewriting.StandardStreamPath.IsStandardOutput(OutputPath);
}
