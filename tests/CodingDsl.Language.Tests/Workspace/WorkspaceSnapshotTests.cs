using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Workspace;

/// <summary>
/// The core workspace hands out immutable snapshots of its documents: the language server holds one
/// instead of its own copies, so a later edit must leave a snapshot already handed out as it was.
/// </summary>
public sealed class WorkspaceSnapshotTests
{
    [Fact]
    public void A_snapshot_keeps_the_documents_as_they_were_when_taken()
    {
        var workspace = new CodingWorkspace();
        var a = Path.GetFullPath("a.coding");
        var b = Path.GetFullPath("b.coding");
        workspace.SetDocument(a, "guidance IPG1 \"A\" {\n}\n");
        var before = workspace.Snapshot();

        workspace.SetDocument(a, "guidance IPG1 \"A, edited\" {\n}\n");
        workspace.SetDocument(b, "guidance IPG2 \"B\" {\n}\n");
        var after = workspace.Snapshot();

        Assert.True(before.HasText(a, "guidance IPG1 \"A\" {\n}\n"));
        Assert.False(before.Trees.ContainsKey(b));
        Assert.True(after.HasText(a, "guidance IPG1 \"A, edited\" {\n}\n"));
        Assert.True(after.HasText(b, "guidance IPG2 \"B\" {\n}\n"));
        Assert.NotEqual(before.Version, after.Version);

        workspace.RemoveDocument(b);
        Assert.True(after.Trees.ContainsKey(b));
        Assert.False(workspace.Snapshot().Trees.ContainsKey(b));
    }
}
