using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

/// <summary>
/// One finding in one document. Product code makes diagnostics only through <see cref="DiagnosticFactory"/>,
/// so each code's message is written in one place; the descriptor travels with the finding, so nothing
/// downstream looks the code up again to learn its title or help link.
/// </summary>
/// <param name="Descriptor">The catalogue entry (code, title, default level, help).</param>
/// <param name="Level">Effective severity, after configuration.</param>
/// <param name="Span">UTF-16 range in the document the diagnostic belongs to.</param>
/// <param name="RuleName">The language rule that raised it, for rule diagnostics.</param>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticLevel Level,
    TextSpan Span,
    string Message,
    IReadOnlyList<CodeFix> Fixes,
    string? RuleName = null)
{
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticLevel level, TextSpan span, string message)
        : this(descriptor, level, span, message, Array.Empty<CodeFix>())
    {
    }

    /// <summary>Stable catalogue code, e.g. CDSL0101.</summary>
    public string Code => Descriptor.Code;
}
