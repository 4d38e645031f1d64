namespace CodingDsl.Language.Configuration;

/// <summary>The real disk.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public DateTime GetLastWriteTimeUtc(string path) => File.GetLastWriteTimeUtc(path);

    public string ReadAllText(string path) => File.ReadAllText(path);

    public TextReader OpenText(string path) => File.OpenText(path);
}
