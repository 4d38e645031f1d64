using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>The core's analysis of one document, with where it came from.</summary>
public sealed record AnalyzedDocument(SnapshotDocument Source, DocumentAnalysis Analysis);

/// <summary>The core's analysis of a <see cref="WorkspaceSnapshot"/>: every document analysed so far, the open ones current.</summary>
public sealed class WorkspaceAnalysis
{
    private readonly Dictionary<string, AnalyzedDocument> byPath;

    public WorkspaceAnalysis(long generation, IReadOnlyList<AnalyzedDocument> documents, IReadOnlySet<string> analyzedNow, IEnumerable<string> uris)
    {
        Generation = generation;
        Documents = documents;
        AnalyzedNow = analyzedNow;
        Uris = new HashSet<string>(uris, StringComparer.Ordinal);
        byPath = documents.GroupBy(d => d.Source.Path, CodingWorkspace.PathComparer).ToDictionary(g => g.Key, g => g.First(), CodingWorkspace.PathComparer);
    }

    public long Generation { get; }

    public IReadOnlyList<AnalyzedDocument> Documents { get; }

    /// <summary>Paths analysed by this run (the open documents); the others' results are from earlier runs.</summary>
    public IReadOnlySet<string> AnalyzedNow { get; }

    /// <summary>Every document URI of the snapshot, analysed yet or not.</summary>
    public IReadOnlySet<string> Uris { get; }

    public AnalyzedDocument? Find(string path) => byPath.GetValueOrDefault(path);
}
