using CodingDsl.Language.Files;

namespace CodingDsl.Language.Configuration;

/// <summary>
/// Reads through an <see cref="IFileSystem"/> within a <see cref="FileLimit"/>. The disk applies the
/// limit and the regular-file check (<see cref="SafeFileReader"/>); a stand-in file system (tests) is
/// read as it is, so the seam itself stays the two plain calls.
/// </summary>
internal static class LimitedReads
{
    public static string ReadAllText(this IFileSystem fileSystem, string path, FileLimit limit) =>
        fileSystem is PhysicalFileSystem disk ? disk.ReadAllText(path, limit) : fileSystem.ReadAllText(path);

    public static TextReader OpenText(this IFileSystem fileSystem, string path, FileLimit limit) =>
        fileSystem is PhysicalFileSystem disk ? disk.OpenText(path, limit) : fileSystem.OpenText(path);
}
