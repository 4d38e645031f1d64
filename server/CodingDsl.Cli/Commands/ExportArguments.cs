namespace CodingDsl.Cli.Commands;

/// <summary>The parsed command line of `codingdsl export`.</summary>
/// <param name="Paths">Files and folders as given (relative to the working directory).</param>
/// <param name="OutputPath">A file to write to; null or "-" for standard output.</param>
/// <param name="BaseUrl">The base of the FHIR canonical URLs.</param>
public sealed record ExportArguments(
    IReadOnlyList<string> Paths,
    Export.ExportFormat Format,
    string? OutputPath,
    string BaseUrl)
{
    public bool WritesToStandardOutput => Rewriting.StandardStreamPath.IsStandardOutput(OutputPath);
}
