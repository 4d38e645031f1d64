namespace CodingDsl.LanguageServer.Tests.Infrastructure;

/// <summary>The repository's sample rule files.</summary>
public static class Samples
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Read(string name) => File.ReadAllText(Path.Combine(RepoRoot, "samples", name));

    /// <summary>IPG327 as a user would have it open: the sample's text.</summary>
    public static string Ipg327 => Read("IPG327.coding");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CodingDsl.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CodingDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
