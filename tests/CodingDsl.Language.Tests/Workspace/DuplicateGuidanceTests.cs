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

    [Fact]
    public void A_message_names_five_other_files_and_counts_the_rest()
    {
        var workspace = new CodingWorkspace();
        var paths = Enumerable.Range(0, 12).Select(i => Path.Combine(folder.Folder, $"d{i:00}.coding")).ToArray();
        foreach (var path in paths)
        {
            workspace.SetDocument(path, Guidance("IPG1"));
        }

        Assert.Equal(
            [$"Guidance IPG1 is also declared in {string.Join(", ", paths[1..6])} and 6 more. Declare each guidance in one file."],
            Duplicates(workspace, paths[0]));
    }

    /// <summary>
    /// Thousands of files sharing one id: each file's analysis allocates the same whatever their number
    /// (its message used to list every other file, so the workspace's messages grew with its square).
    /// Allocation on this thread, not time.
    /// </summary>
    [Fact]
    public void Analysing_one_of_thousands_of_files_sharing_an_id_allocates_no_more_than_one_of_a_few()
    {
        var few = AllocatedAnalysingOneOf(20);
        var many = AllocatedAnalysingOneOf(2000);

        // 1,980 more files add their entries to the id's index (8 bytes each), never their names.
        Assert.True(many < few + (64 * 1024), $"one of 2,000 files: {many:N0} bytes allocated; one of 20: {few:N0}");
    }

    private long AllocatedAnalysingOneOf(int files)
    {
        var workspace = new CodingWorkspace();
        var paths = Enumerable.Range(0, files).Select(i => Path.Combine(folder.Folder, $"many{files}", $"file-with-a-long-descriptive-name-{i:0000}.coding")).ToArray();
        foreach (var path in paths)
        {
            workspace.SetDocument(path, Guidance("IPG1"));
        }
        // Once first: the id index and the configuration are built for the workspace, not per file.
        workspace.Analyze(paths[0]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var diagnostics = workspace.Analyze(paths[1]).Diagnostics;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains(diagnostics, d => d.Code == "CDSL0401");
        return allocated;
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
