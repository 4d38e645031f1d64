namespace CodingDsl.Language.Diagnostics;

/// <summary>
/// A level's word, the one spelling used by codingdsl.json, a rule's `severity`, the CLI's text and JSON
/// output, the compiled model and evaluation reports. SARIF and GitHub have their own vocabularies (CLI's LevelNames).
/// </summary>
public static class DiagnosticLevels
{
    /// <summary>"error", "warning", "info", "off".</summary>
    public static string Text(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "info",
        _ => "off",
    };

    /// <summary>The level a word names, ignoring case (codingdsl.json is forgiving), or null.</summary>
    public static DiagnosticLevel? Parse(string? text) =>
        Enum.GetValues<DiagnosticLevel>().Select(l => (DiagnosticLevel?)l).FirstOrDefault(l => string.Equals(Text(l!.Value), text, StringComparison.OrdinalIgnoreCase));
}
