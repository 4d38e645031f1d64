namespace CodingDsl.Language.Configuration;

/// <summary>The file access configuration and table loading need; a seam so tests can stand in for disk.</summary>
public interface IFileSystem
{
    bool FileExists(string path);

    /// <summary>
    /// Used with the path as the cache key: a changed file is read again. For a missing file it may
    /// return a fixed early time (as File does) or throw an IOException.
    /// </summary>
    DateTime GetLastWriteTimeUtc(string path);

    /// <summary>Reads a text file (UTF-8, a BOM is honoured). Throws IOException/UnauthorizedAccessException as File does.</summary>
    string ReadAllText(string path);

    /// <summary>Opens a text file for reading line by line (large files such as an RF2 concept snapshot).</summary>
    TextReader OpenText(string path);
}
