using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Semantics;

/// <summary>Collects diagnostics at their catalogue default level; configuration is applied later, in one place.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public void Add(DiagnosticDescriptor descriptor, TextSpan span, string message, params CodeFix[] fixes) =>
        items.Add(new Diagnostic(descriptor.Code, descriptor.DefaultLevel, span, message, fixes));

    public void Add(DiagnosticDescriptor descriptor, DiagnosticLevel level, TextSpan span, string message, params CodeFix[] fixes) =>
        items.Add(new Diagnostic(descriptor.Code, level, span, message, fixes));

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);
}
