namespace CodingDsl.Bench;

/// <summary>Where the benchmarks find their inputs, and the options common to all of them.</summary>
internal sealed record BenchContext(string RepoRoot, string SharedData, IReadOnlyList<string> Arguments)
{
    /// <summary>The repository (the folder with CodingDsl.sln above this program) and ../shared/data beside it; --data overrides.</summary>
    public static BenchContext Create(IReadOnlyList<string> args)
    {
        var root = FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("Run from inside the CodingDsl repository: no CodingDsl.sln found above this program.");
        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Count)
            {
                data = Path.GetFullPath(args[++i]);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return new BenchContext(root, data, rest);
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CodingDsl.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
