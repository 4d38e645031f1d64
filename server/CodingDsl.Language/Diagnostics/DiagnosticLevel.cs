namespace CodingDsl.Language.Diagnostics;

/// <summary>Severity of a diagnostic. <see cref="Off"/> is only used in configuration.</summary>
public enum DiagnosticLevel
{
    Off = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
