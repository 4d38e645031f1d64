using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

// Syntax (CDSL01xx).
public static partial class DiagnosticFactory
{
    /// <summary>CDSL0106, once, after <paramref name="limit"/> syntax errors.</summary>
    public static Diagnostic TooManyErrors(TextSpan span, int limit) =>
        Make(DiagnosticCatalog.TooManyErrors, span, $"More than {limit} syntax errors: the rest of the file is not checked. Is this a .coding rule file?");

    /// <summary>A parser error (CDSL0101–0105) whose message the parser composes from what it expected and found.</summary>
    internal static Diagnostic Syntax(DiagnosticDescriptor descriptor, TextSpan span, string message) =>
        Make(descriptor, span, message);
}
