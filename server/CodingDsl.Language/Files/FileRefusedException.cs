namespace CodingDsl.Language.Files;

/// <summary>
/// A file that is not read because of what it is (not a regular file) or how big it is. An
/// <see cref="IOException"/>, so every place that reports an unreadable file reports this one too.
/// The message has no path: callers put it after "cannot read 'path': ".
/// </summary>
public sealed class FileRefusedException(string message) : IOException(message)
{
    public static FileRefusedException NotRegular(FileKind kind) =>
        new($"it is {kind.Describe()}, not a regular file (only regular files are read)");

    public static FileRefusedException TooLarge(FileLimit limit) =>
        new($"it is larger than the {limit.Size} limit for {limit.What} (set {limit.EnvironmentVariable} to a number of MiB to change it)");
}
