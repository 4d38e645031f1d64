using CodingDsl.Cli.Output;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Releases;

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
    /// <summary>`--against opcs-4.11`: the release every file is also compared with; null without the option.</summary>
    public ReleaseName? Against { get; init; }

    public bool WritesToStandardOutput => Rewriting.StandardStreamPath.IsStandardOutput(OutputPath);
}
