using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Cli.Output;

/// <summary>The words each output uses for a level.</summary>
public static class LevelNames
{
    /// <summary>text and JSON: error, warning, info.</summary>
    public static string Plain(DiagnosticLevel level) => DiagnosticLevels.Text(level);

    /// <summary>SARIF's result.level and reportingConfiguration.level: error, warning, note (none for off).</summary>
    public static string Sarif(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "note",
        _ => "none",
    };

    /// <summary>GitHub workflow commands: error, warning, notice.</summary>
    public static string GitHub(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "notice",
    };

    /// <summary>The --fail-level values.</summary>
    public static readonly IReadOnlyList<string> FailLevelNames =
        [DiagnosticLevels.Text(DiagnosticLevel.Error), DiagnosticLevels.Text(DiagnosticLevel.Warning), DiagnosticLevels.Text(DiagnosticLevel.Info)];

    public static DiagnosticLevel ParseFailLevel(string name) =>
        FailLevelNames.Contains(name, StringComparer.Ordinal) && DiagnosticLevels.Parse(name) is { } level
            ? level
            : throw new CliException($"unknown fail level '{name}'; use one of {string.Join(", ", FailLevelNames)}");
}
