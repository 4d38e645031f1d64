using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Language.Semantics;

/// <summary>Collects diagnostics made by <see cref="DiagnosticFactory"/> at their catalogue default level; configuration is applied later, in one place.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);
}
