using CodingDsl.Export.Diff;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Tests.Support;

/// <summary>Rule files to a <see cref="MeaningSnapshot"/>, through the real workspace analysis, as one side of a diff.</summary>
internal static class DiffSides
{
    /// <summary>Every .coding file under the folder, named by its path relative to it.</summary>
    public static MeaningSnapshot Folder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.coding", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var analyses = WorkspaceAnalyzer.Analyze(files.Select(f => new DocumentInput(f, File.ReadAllText(f))).ToArray());
        return MeaningSnapshot.FromAnalyses(analyses.Select((a, i) => (a, Repo.Relative(folder, files[i]))));
    }

    /// <summary>One file's text, under a made-up root of its own so the two sides never share a workspace.</summary>
    public static MeaningSnapshot Text(string text, string relativePath = "test.coding")
    {
        var root = Path.Combine(Path.GetTempPath(), "codingdsl-diff-tests", Guid.NewGuid().ToString("N"));
        var analyses = WorkspaceAnalyzer.Analyze([new DocumentInput(Path.Combine(root, relativePath), text)]);
        return MeaningSnapshot.FromAnalyses([(analyses[0], relativePath)]);
    }

    public static MeaningDiff Compare(string before, string after) => MeaningComparer.Compare(Text(before), Text(after));
}
