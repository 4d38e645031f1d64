namespace CodingDsl.Language.Files;

/// <summary>
/// The one way the product reads a file: only a regular file (after following symbolic links) is
/// opened, so a FIFO never blocks and a device such as /dev/zero is never read, and never more than
/// a <see cref="FileLimit"/>'s bytes, however the file grows while it is read.
/// </summary>
public static class SafeFileReader
{
    /// <summary>The file's bytes. Throws <see cref="FileRefusedException"/>, or IOException/UnauthorizedAccessException as File does.</summary>
    public static byte[] ReadAllBytes(string path, FileLimit limit)
    {
        using var stream = OpenRead(path, limit);
        using var buffer = new MemoryStream((int)Math.Min(Math.Max(stream.Length, 0), Math.Min(limit.Bytes, int.MaxValue - 64)));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// A stream over a regular file that throws <see cref="FileRefusedException"/> once more than the
    /// limit has been read. Fails at once when the file is already over it.
    /// </summary>
    public static Stream OpenRead(string path, FileLimit limit, int bufferSize = 1 << 16)
    {
        var facts = FileInspector.Inspect(path, followLinks: true);
        if (facts.Kind == FileKind.Missing)
        {
            throw new FileNotFoundException($"Could not find file '{path}'.", path);
        }
        if (facts.Kind != FileKind.Regular)
        {
            throw FileRefusedException.NotRegular(facts.Kind);
        }
        if (facts.Size > limit.Bytes)
        {
            throw FileRefusedException.TooLarge(limit);
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize, FileOptions.SequentialScan);
        return new CappedStream(stream, limit);
    }
}
