using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Workspace;

/// <summary>What the core knows about one document after analysis.</summary>
public sealed record DocumentAnalysis(string Path, SourceText Text, IReadOnlyList<Diagnostic> Diagnostics);
