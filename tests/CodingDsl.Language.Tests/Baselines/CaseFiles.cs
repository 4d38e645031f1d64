using System.Collections.Concurrent;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Tests.Baselines;

/// <summary>
/// The .coding files that have baselines (everything under samples/ and tests/cases/invalid/) and their
/// analyses. A file is analysed together with the other .coding files of its folder, as the CLI and the
/// editor would see them, so cross-file checks (the same guidance id twice) show in its baseline.
/// </summary>
internal static class CaseFiles
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, DocumentAnalysis>>> ByFolder = new(StringComparer.Ordinal);

    /// <summary>Folders, relative to the repository root, whose .coding files (at any depth) have baselines.</summary>
    public static readonly string[] Roots = ["samples", "tests/cases/invalid"];

    public static string BaselineFolder => Path.Combine(RepoPaths.Root, "tests", "baselines");

    /// <summary>Every case as a repository-relative path with '/' separators, in a stable order.</summary>
    public static IReadOnlyList<string> All() => Roots
        .Select(r => Path.Combine(RepoPaths.Root, r))
        .Where(Directory.Exists)
        .SelectMany(r => Directory.EnumerateFiles(r, "*.coding", SearchOption.AllDirectories))
        .Select(ToRelative)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static string FullPath(string relative) => Path.Combine(RepoPaths.Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>samples/IPG327.coding → tests/baselines/samples__IPG327.diagnostics.coding</summary>
    public static string BaselinePath(string relative) =>
        Path.Combine(BaselineFolder, BaselineName(relative));

    public static string BaselineName(string relative) =>
        Path.ChangeExtension(relative, null).Replace("/", "__", StringComparison.Ordinal) + ".diagnostics.coding";

    public static DocumentAnalysis Analyze(string relative)
    {
        var full = Path.GetFullPath(FullPath(relative));
        var folder = Path.GetDirectoryName(full)!;
        var analyses = ByFolder.GetOrAdd(folder, f => new Lazy<IReadOnlyDictionary<string, DocumentAnalysis>>(() => AnalyzeFolder(f))).Value;
        return analyses[full];
    }

    private static IReadOnlyDictionary<string, DocumentAnalysis> AnalyzeFolder(string folder)
    {
        var inputs = Directory.GetFiles(folder, "*.coding")
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .Select(p => new DocumentInput(p, File.ReadAllText(p)))
            .ToArray();
        return WorkspaceAnalyzer.Analyze(inputs).ToDictionary(a => a.Path, StringComparer.Ordinal);
    }

    private static string ToRelative(string full) =>
        Path.GetRelativePath(RepoPaths.Root, full).Replace(Path.DirectorySeparatorChar, '/');
}
