using System.Text.RegularExpressions;

namespace CodingDsl.Cli.Rewriting;

/// <summary>
/// Paths that name this process's own standard output: `-`, /dev/stdout, /dev/fd/1, /proc/self/fd/1.
/// They are written as standard output is, never replaced through a temporary file (which would
/// try to rename a file over a pipe or a terminal).
/// </summary>
public static partial class StandardStreamPath
{
    public static bool IsStandardOutput(string? path) =>
        path is null or "-" || (!OperatingSystem.IsWindows() && StandardOutputAlias().IsMatch(path));

    /// <summary>A path that names one of this process's open descriptors (/dev/stderr, /dev/fd/N, /proc/self/fd/N): written directly.</summary>
    public static bool IsOwnDescriptor(string path) => !OperatingSystem.IsWindows() && OwnDescriptor().IsMatch(path);

    [GeneratedRegex(@"^(/dev/stdout|/dev/fd/1|/proc/self/fd/1|/proc/thread-self/fd/1)$")]
    private static partial Regex StandardOutputAlias();

    [GeneratedRegex(@"^(/dev/std(out|err)|/dev/fd/\d+|/proc/(self|thread-self)/fd/\d+)$")]
    private static partial Regex OwnDescriptor();
}
