namespace CodingDsl.Cli.Output;

/// <summary>The --format values of `check`.</summary>
public enum OutputFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
}

public static class OutputFormats
{
    /// <summary>The names accepted on the command line, in help order.</summary>
    public static readonly IReadOnlyList<string> Names = ["text", "json", "sarif", "github"];

    public static OutputFormat Parse(string name) => name switch
    {
        "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        "sarif" => OutputFormat.Sarif,
        "github" => OutputFormat.GitHub,
        _ => throw new CliException($"unknown format '{name}'; use one of {string.Join(", ", Names)}"),
    };

    public static IReportFormatter CreateFormatter(OutputFormat format) => format switch
    {
        OutputFormat.Text => new TextFormatter(),
        OutputFormat.Json => new JsonFormatter(),
        OutputFormat.Sarif => new SarifFormatter(),
        OutputFormat.GitHub => new GitHubFormatter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
