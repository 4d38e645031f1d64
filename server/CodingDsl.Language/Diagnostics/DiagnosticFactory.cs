using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

/// <summary>
/// The one way product code makes a <see cref="Diagnostic"/>: a method per kind of finding, with typed
/// arguments, that writes the message. A call site says what it found, never how to phrase it, so a
/// message is changed (and reviewed against its docs) in one place. The parts live in files by catalogue
/// section (DiagnosticFactory.*.cs).
/// </summary>
public static partial class DiagnosticFactory
{
    private static Diagnostic Make(DiagnosticDescriptor descriptor, TextSpan span, string message, params CodeFix[] fixes) =>
        new(descriptor, descriptor.DefaultLevel, span, message, fixes);

    private static Diagnostic Make(DiagnosticDescriptor descriptor, DiagnosticLevel level, TextSpan span, string message, params CodeFix[] fixes) =>
        new(descriptor, level, span, message, fixes);

    private static string DidYouMean(string? nearest) => nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
}
