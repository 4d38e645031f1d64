using System.Collections.Immutable;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>The core's analysis of one document, with where it came from.</summary>
public sealed record AnalyzedDocument(SnapshotDocument Source, DocumentAnalysis Analysis);

/// <summary>The core's analysis of a <see cref="WorkspaceSnapshot"/>: every document analysed so far, the open ones current.</summary>
/// <remarks>
/// One is made per keystroke, for workspaces of thousands of files: nothing here is proportional to
/// the workspace until asked for.
/// </remarks>
public sealed class WorkspaceAnalysis
{
    private readonly ImmutableDictionary<string, AnalyzedDocument> analyzed;
    private readonly Lazy<HashSet<string>> uris;

    /// <param name="analyzed">Every document analysed so far, by path (as the run left it: immutable, so shared, not copied).</param>
    public WorkspaceAnalysis(long generation, IReadOnlyList<AnalyzedDocument> analyzedNow, ImmutableDictionary<string, AnalyzedDocument> analyzed, IReadOnlyList<SnapshotDocument> snapshot)
    {
        Generation = generation;
        AnalyzedNow = analyzedNow;
        this.analyzed = analyzed;
        uris = new(() => new HashSet<string>(snapshot.Select(d => d.Uri), StringComparer.Ordinal));
    }

    public long Generation { get; }

    /// <summary>The snapshot's <see cref="WorkspaceSnapshot.ClosedFilesVersion"/>: the same for analyses of the same set of documents.</summary>
    public long ClosedFilesVersion { get; init; }

    /// <summary>The core workspace's immutable snapshot this run analysed: every document's parse as the run saw it.</summary>
    public CodingWorkspaceSnapshot? Core { get; init; }

    /// <summary>The documents analysed by this run (the open ones); the others' results are from earlier runs.</summary>
    public IReadOnlyList<AnalyzedDocument> AnalyzedNow { get; }

    /// <summary>Every document URI of the snapshot, analysed yet or not.</summary>
    public IReadOnlySet<string> Uris => uris.Value;

    public AnalyzedDocument? Find(string path) => analyzed.GetValueOrDefault(path);
}
