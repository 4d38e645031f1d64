using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Export.Evaluation;

internal static class LevelText
{
    public static string Of(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "info",
        _ => "off",
    };
}
