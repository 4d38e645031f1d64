namespace CodingDsl.Language.Tests;

/// <summary>Locates the repository (the folder holding CodingDsl.sln) and ../shared beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// ../shared beside the repository; CODINGDSL_SHARED names it instead for a clone made elsewhere
    /// (.ci/run sets it from the repository the clone came from).
    /// </summary>
    public static string Shared => Environment.GetEnvironmentVariable("CODINGDSL_SHARED") is { Length: > 0 } shared
        ? Path.GetFullPath(shared)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Samples => Path.Combine(Root, "samples");

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
