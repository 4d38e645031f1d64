namespace CodingDsl.Language.Files;

/// <summary>Tells what a path names without opening it, so a FIFO or a device is never opened by mistake.</summary>
public static class FileInspector
{
    /// <summary>
    /// The facts of a path; with <paramref name="followLinks"/> those of what a symbolic link finally
    /// points at. A missing path (or a dangling link) is <see cref="FileKind.Missing"/>. Where the
    /// operating system's own call is not available (Windows, macOS), .NET's view is used: there a
    /// special file reads as a regular one (see docs/security.md).
    /// </summary>
    public static FileFacts Inspect(string path, bool followLinks = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.Contains('\0'))
        {
            throw new ArgumentException("the path contains a NUL character", nameof(path));
        }
        return UnixStat.TryGet(path, followLinks) ?? Fallback(path, followLinks);
    }

    private static FileFacts Fallback(string path, bool followLinks)
    {
        FileSystemInfo info = new FileInfo(path);
        if (followLinks && info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }
        if (!followLinks && info.LinkTarget is not null)
        {
            return new FileFacts(FileKind.SymbolicLink, 0, 1, UnixFileMode.None);
        }
        if (Directory.Exists(info.FullName))
        {
            return new FileFacts(FileKind.Directory, 0, 1, ModeOf(info.FullName));
        }
        var file = new FileInfo(info.FullName);
        return file.Exists ? new FileFacts(FileKind.Regular, file.Length, 1, ModeOf(file.FullName)) : FileFacts.Missing;
    }

    private static UnixFileMode ModeOf(string path) =>
        OperatingSystem.IsWindows()
            ? (File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly) ? UnixFileMode.UserRead : UnixFileMode.UserRead | UnixFileMode.UserWrite)
            : File.GetUnixFileMode(path);
}
