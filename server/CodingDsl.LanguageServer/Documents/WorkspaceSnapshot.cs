using CodingDsl.Language.Workspace;

namespace CodingDsl.LanguageServer.Documents;

/// <summary>One document as analysis sees it: open (client text, with a version) or on disk.</summary>
public sealed record SnapshotDocument(string Path, string Uri, int? Version, string Text);

/// <summary>Every document of the workspace at one generation of the store.</summary>
public sealed record WorkspaceSnapshot(long Generation, IReadOnlyList<SnapshotDocument> Documents)
{
    /// <summary>Changes when documents are added or removed (not when one is edited).</summary>
    public long Membership { get; init; }

    public IReadOnlyList<DocumentInput> ToInputs() => Documents.Select(d => new DocumentInput(d.Path, d.Text)).ToArray();
}
