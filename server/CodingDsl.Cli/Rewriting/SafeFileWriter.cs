namespace CodingDsl.Cli.Rewriting;

/// <summary>
/// Replaces a file's content without ever leaving it half written: the new bytes go to a temporary
/// file beside it, which is then renamed over it (atomic on one file system). The file's permissions
/// are kept, and a symbolic link stays a link: its final target is the file replaced.
/// </summary>
public static class SafeFileWriter
{
    public static void Replace(string path, byte[] bytes)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        var folder = Path.GetDirectoryName(target) ?? ".";
        // A short name of its own: the file's name plus a suffix could pass the file system's limit.
        var temporary = Path.Combine(folder, $".codingdsl-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the original file is untouched either way.
        }
    }
}
