using CodingDsl.Language.Configuration;

namespace CodingDsl.Fuzz;

/// <summary>A file system with no files: the analysis target must not depend on the machine's.</summary>
internal sealed class NoFiles : IFileSystem
{
    public static readonly NoFiles Instance = new();

    public bool FileExists(string path) => false;

    public DateTime GetLastWriteTimeUtc(string path) => DateTime.MinValue;

    public string ReadAllText(string path) => throw new FileNotFoundException("no files while fuzzing", path);

    public TextReader OpenText(string path) => throw new FileNotFoundException("no files while fuzzing", path);
}
