using CodingDsl.Language.Workspace;

namespace CodingDsl.LanguageServer.Documents;

/// <summary>One document as analysis sees it: open (client text, with a version) or on disk.</summary>
public sealed record SnapshotDocument(string Path, string Uri, int? Version, string Text);

/// <summary>Every document of the workspace at one generation of the store.</summary>
/// <param name="Open">The documents open in the client.</param>
/// <param name="ClosedFiles">
/// The workspace's files on disk that are not open. The store keeps the list between snapshots until
/// <see cref="ClosedFilesVersion"/> changes.
/// </param>
public sealed record WorkspaceSnapshot(long Generation, IReadOnlyList<SnapshotDocument> Open, IReadOnlyList<SnapshotDocument> ClosedFiles)
{
    private IReadOnlyList<SnapshotDocument>? documents;

    /// <summary>The open documents, then the closed files.</summary>
    public IReadOnlyList<SnapshotDocument> Documents => documents ??= [.. Open, .. ClosedFiles];

    /// <summary>
    /// Changes when a file on disk is added, removed or changed, or a document is opened or closed; not
    /// when an open document is edited. The same version means the same closed files, so analysis can
    /// tell at once that only the open documents may have changed.
    /// </summary>
    public long ClosedFilesVersion { get; init; }

    /// <summary>Changes when a document is opened, edited or closed (not when files on disk change).</summary>
    public long OpenGeneration { get; init; }

    public IReadOnlyList<DocumentInput> ToInputs() => Documents.Select(d => new DocumentInput(d.Path, d.Text)).ToArray();
}
