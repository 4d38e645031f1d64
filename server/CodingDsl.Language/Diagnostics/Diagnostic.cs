using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

/// <summary>One finding in one document.</summary>
/// <param name="Code">Stable catalogue code, e.g. CDSL0101.</param>
/// <param name="Level">Effective severity, after configuration.</param>
/// <param name="Span">UTF-16 range in the document the diagnostic belongs to.</param>
/// <param name="RuleName">The language rule that raised it, for rule diagnostics.</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticLevel Level,
    TextSpan Span,
    string Message,
    IReadOnlyList<CodeFix> Fixes,
    string? RuleName = null)
{
    public Diagnostic(string code, DiagnosticLevel level, TextSpan span, string message)
        : this(code, level, span, message, Array.Empty<CodeFix>())
    {
    }
}
