using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Tests.Support;

/// <summary>The repository (the folder holding CodingDsl.sln): samples, docs, test cases.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Ipg327 => Path.Combine(Samples, "IPG327.coding");

    public static string Episodes => Path.Combine(Root, "tests", "cases", "episodes");

    public static string Schema => Path.Combine(Root, "docs", "schema", "compiled.schema.json");

    /// <summary>Every sample rule file, in ordinal order of its path under samples/.</summary>
    public static IReadOnlyList<string> SampleFiles() =>
        Directory.EnumerateFiles(Samples, "*.coding", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>The samples, analysed together as `codingdsl export samples` does.</summary>
    public static IReadOnlyList<(DocumentAnalysis Analysis, string RelativePath)> AnalyseSamples()
    {
        var files = SampleFiles();
        var analyses = WorkspaceAnalyzer.Analyze(files.Select(f => new DocumentInput(f, File.ReadAllText(f))).ToArray());
        return analyses.Select((a, i) => (a, Relative(Samples, files[i]))).ToArray();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CodingDsl.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("CodingDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
