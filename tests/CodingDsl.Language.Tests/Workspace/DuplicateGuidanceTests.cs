using Xunit;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests.Workspace;

/// <summary>
/// CDSL0401 across documents as they are edited: the workspace keeps an index of guidance ids, and an
/// edit, an added or a removed document must show in the next analysis (no stale duplicates).
/// </summary>
public sealed class DuplicateGuidanceTests : IDisposable
{
    private readonly TestWorkspace folder = new(fullTables: false);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Duplicates_follow_edits_additions_and_removals()
    {
        var workspace = new CodingWorkspace();
        var a = Path.Combine(folder.Folder, "a.coding");
        var b = Path.Combine(folder.Folder, "b.coding");
        var c = Path.Combine(folder.Folder, "c.coding");
        workspace.SetDocument(a, Guidance("IPG1"));
        workspace.SetDocument(b, Guidance("IPG2"));
        Assert.Empty(Duplicates(workspace, a));

        workspace.SetDocument(b, Guidance("IPG1"));
        Assert.Equal([$"Guidance IPG1 is also declared in {b}. Declare each guidance in one file."], Duplicates(workspace, a));

        workspace.SetDocument(c, Guidance("IPG1"));
        Assert.Equal([$"Guidance IPG1 is also declared in {a}, {b}. Declare each guidance in one file."], Duplicates(workspace, c));

        workspace.RemoveDocument(b);
        workspace.SetDocument(c, Guidance("IPG3"));
        Assert.Empty(Duplicates(workspace, a));
        Assert.Empty(Duplicates(workspace, c));
    }

    [Fact]
    public void A_whole_corpus_analysed_at_once_reports_each_duplicate_in_both_files()
    {
        var documents = Enumerable.Range(0, 50)
            .Select(i => new DocumentInput(Path.Combine(folder.Folder, $"g{i:00}.coding"), Guidance(i == 49 ? "IPG7" : $"IPG{i}")))
            .ToArray();

        var results = WorkspaceAnalyzer.Analyze(documents);

        var flagged = results.Where(r => r.Diagnostics.Any(d => d.Code == "CDSL0401")).Select(r => Path.GetFileName(r.Path)).ToArray();
        Assert.Equal(["g07.coding", "g49.coding"], flagged);
    }

    private static string[] Duplicates(CodingWorkspace workspace, string path) =>
        workspace.Analyze(path).Diagnostics.Where(d => d.Code == "CDSL0401").Select(d => d.Message).ToArray();

    private static string Guidance(string id) => $$"""
        guidance {{id}} "Test" {
          procedure {
            opcs J12.4 "Percutaneous radiofrequency ablation of lesion of liver"
          }
        }
        """;
}
