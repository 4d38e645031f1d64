using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>The core's analysis of one document, with where it came from.</summary>
public sealed record AnalyzedDocument(SnapshotDocument Source, DocumentAnalysis Analysis);

/// <summary>The core's analysis of a whole <see cref="WorkspaceSnapshot"/>.</summary>
public sealed class WorkspaceAnalysis
{
    private readonly Dictionary<string, AnalyzedDocument> byPath;

    public WorkspaceAnalysis(long generation, IReadOnlyList<AnalyzedDocument> documents)
    {
        Generation = generation;
        Documents = documents;
        byPath = documents.GroupBy(d => d.Source.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public long Generation { get; }

    public IReadOnlyList<AnalyzedDocument> Documents { get; }

    public AnalyzedDocument? Find(string path) => byPath.GetValueOrDefault(path);
}
