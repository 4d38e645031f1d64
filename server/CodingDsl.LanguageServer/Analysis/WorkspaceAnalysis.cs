using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>The core's analysis of one document, with where it came from.</summary>
public sealed record AnalyzedDocument(SnapshotDocument Source, DocumentAnalysis Analysis);

/// <summary>The core's analysis of a <see cref="WorkspaceSnapshot"/>: every document analysed so far, the open ones current.</summary>
/// <remarks>
/// One is made per keystroke, for workspaces of thousands of files: the indexes over all of them are
/// built when first asked for (most runs only need the open documents).
/// </remarks>
public sealed class WorkspaceAnalysis
{
    private readonly Lazy<Dictionary<string, AnalyzedDocument>> byPath;
    private readonly Lazy<HashSet<string>> uris;

    public WorkspaceAnalysis(long generation, IReadOnlyList<AnalyzedDocument> documents, IReadOnlyList<AnalyzedDocument> analyzedNow, IReadOnlyList<SnapshotDocument> snapshot)
    {
        Generation = generation;
        Documents = documents;
        AnalyzedNow = analyzedNow;
        uris = new(() => new HashSet<string>(snapshot.Select(d => d.Uri), StringComparer.Ordinal));
        byPath = new(() =>
        {
            var index = new Dictionary<string, AnalyzedDocument>(documents.Count, CodingWorkspace.PathComparer);
            foreach (var document in documents)
            {
                index.TryAdd(document.Source.Path, document);
            }
            return index;
        });
    }

    public long Generation { get; }

    /// <summary>Changes when documents were added or removed since another analysis (not when one was edited).</summary>
    public long Membership { get; init; }

    public IReadOnlyList<AnalyzedDocument> Documents { get; }

    /// <summary>The documents analysed by this run (the open ones); the others' results are from earlier runs.</summary>
    public IReadOnlyList<AnalyzedDocument> AnalyzedNow { get; }

    /// <summary>Every document URI of the snapshot, analysed yet or not.</summary>
    public IReadOnlySet<string> Uris => uris.Value;

    public AnalyzedDocument? Find(string path) => byPath.Value.GetValueOrDefault(path);
}
