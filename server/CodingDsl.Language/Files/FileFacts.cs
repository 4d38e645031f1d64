namespace CodingDsl.Language.Files;

/// <summary>
/// One look at a path: its kind, size, hard-link count and permission bits. <see cref="LinkCount"/>
/// is 1 where the platform does not tell it.
/// </summary>
public sealed record FileFacts(FileKind Kind, long Size, long LinkCount, UnixFileMode Mode)
{
    public static FileFacts Missing { get; } = new(FileKind.Missing, 0, 0, UnixFileMode.None);
}
