using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Workspace;

/// <summary>What the core knows about one document after analysis.</summary>
public sealed record DocumentAnalysis(string Path, SourceText Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The parse; null only for analyses built by hand (tests of output formats).</summary>
    public SyntaxTree? Tree { get; init; }

    /// <summary>The bound model, with the tables it was checked against.</summary>
    public SemanticModel? Model { get; init; }

    /// <summary>Rules that applied: the standard library's, the file's own and those of `use`d files.</summary>
    public IReadOnlyList<BoundRule> Rules { get; init; } = [];

    public Configuration.DocumentConfiguration? Configuration { get; init; }

    /// <summary>Sections this analysis bound and checked; the document's other sections were reused from its previous analysis.</summary>
    public int SectionsBound { get; init; }
}
