using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Cli.Output;

/// <summary>The words each output uses for a level.</summary>
public static class LevelNames
{
    /// <summary>text and JSON: error, warning, info.</summary>
    public static string Plain(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "info",
        _ => "off",
    };

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
    public static readonly IReadOnlyList<string> FailLevelNames = ["error", "warning", "info"];

    public static DiagnosticLevel ParseFailLevel(string name) => name switch
    {
        "error" => DiagnosticLevel.Error,
        "warning" => DiagnosticLevel.Warning,
        "info" => DiagnosticLevel.Info,
        _ => throw new CliException($"unknown fail level '{name}'; use one of {string.Join(", ", FailLevelNames)}"),
    };
}
