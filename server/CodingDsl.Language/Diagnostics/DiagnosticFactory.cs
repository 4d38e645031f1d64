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
    // The last message made for each code on this thread (analyses run in parallel, one document a thread).
    [ThreadStatic]
    private static Dictionary<DiagnosticDescriptor, string>? lastMessages;

    private static Diagnostic Make(DiagnosticDescriptor descriptor, TextSpan span, string message, params CodeFix[] fixes) =>
        new(descriptor, descriptor.DefaultLevel, span, Shared(descriptor, message), fixes);

    private static Diagnostic Make(DiagnosticDescriptor descriptor, DiagnosticLevel level, TextSpan span, string message, params CodeFix[] fixes) =>
        new(descriptor, level, span, Shared(descriptor, message), fixes);

    /// <summary>
    /// The message made last for this code when it has the same text: one copy kept, not one a finding.
    /// A file that repeats a mistake thousands of times (the 1 MB hostile file: 17,772 identical
    /// duplicate-id errors and 17,773 identical title warnings) otherwise holds as many equal strings.
    /// </summary>
    private static string Shared(DiagnosticDescriptor descriptor, string message)
    {
        var last = lastMessages ??= [];
        if (last.TryGetValue(descriptor, out var previous) && string.Equals(previous, message, StringComparison.Ordinal))
        {
            return previous;
        }
        last[descriptor] = message;
        return message;
    }

    private static string DidYouMean(string? nearest) => nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
}
