using CodingDsl.Language.Files;

namespace CodingDsl.Cli.Checking;

/// <summary>
/// Expands the paths given on the command line into the rule files to check: files as given (whatever
/// their extension: the user named them), folders searched recursively for *.coding, skipping build
/// output, dependencies and VCS folders. A missing path, a given path that is not a regular file or a
/// folder, a folder that cannot be listed, or nothing to check at all, is a <see cref="CliException"/>.
/// </summary>
/// <remarks>
/// A walk never follows a symbolic link to a folder (so it stays under the folder given and lists
/// each real folder once: a `self -> .` link cannot multiply the files or loop), and a *.coding entry
/// that is not a regular file once links are followed (a FIFO, a device) is skipped and reported
/// through the callback, so it can neither block nor flood the run.
/// </remarks>
public static class FileCollector
{
    public const string Extension = ".coding";

    /// <summary>Folder names never searched below a given folder (a folder given explicitly is still searched).</summary>
    public static readonly IReadOnlySet<string> SkippedFolders =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git" };

    private static readonly EnumerationOptions Enumeration = new()
    {
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    // Links to folders are not walked: on Unix .NET marks a symbolic link as a reparse point.
    private static readonly EnumerationOptions FolderEnumeration = new()
    {
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.ReparsePoint,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Full paths of the files to check, without duplicates, in ordinal order.</summary>
    /// <param name="skipped">Told, for each *.coding entry of a folder that is not read, its path and why ("it is a FIFO…").</param>
    /// <param name="allowNone">True where no files at all is an answer (one side of a diff), not a mistake.</param>
    public static IReadOnlyList<string> Collect(IReadOnlyList<string> paths, string workingDirectory, Action<string, string>? skipped = null, bool allowNone = false)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Resolve(path, workingDirectory) ?? throw new CliException($"path '{path}' is not a valid path");
            var facts = Inspect(full, path);
            switch (facts.Kind)
            {
                case FileKind.Regular:
                    files.Add(full);
                    break;
                case FileKind.Directory:
                    AddFolder(full, files, skipped ?? ((_, _) => { }));
                    break;
                case FileKind.Missing:
                    throw new CliException($"path '{path}' does not exist");
                default:
                    throw new CliException($"cannot read '{path}': {FileRefusedException.NotRegular(facts.Kind).Message}");
            }
        }

        if (files.Count == 0 && !allowNone)
        {
            var given = string.Join(", ", paths.Select(p => $"'{p}'"));
            throw new CliException($"no {Extension} files found in {given}");
        }
        return files.ToArray();
    }

    /// <summary>True when the path names an existing file or folder.</summary>
    public static bool Exists(string path, string workingDirectory) =>
        Resolve(path, workingDirectory) is { } full && (File.Exists(full) || Directory.Exists(full));

    private static string? Resolve(string path, string workingDirectory)
    {
        if (path.Contains('\0'))
        {
            return null;
        }
        try
        {
            return Path.GetFullPath(path, workingDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static FileFacts Inspect(string full, string shown)
    {
        try
        {
            return FileInspector.Inspect(full, followLinks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{shown}': {SingleLine.Of(e.Message)}", e);
        }
    }

    private static void AddFolder(string root, SortedSet<string> files, Action<string, string> skipped)
    {
        // An explicit stack, not recursion: deep trees cannot overflow it.
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", Enumeration))
                {
                    if (!file.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                    var kind = FileInspector.Inspect(file, followLinks: true).Kind;
                    if (kind == FileKind.Regular)
                    {
                        files.Add(file);
                    }
                    else
                    {
                        skipped(file, kind == FileKind.Missing ? "it is a symbolic link to nothing" : FileRefusedException.NotRegular(kind).Message);
                    }
                }
                foreach (var child in Directory.EnumerateDirectories(folder, "*", FolderEnumeration))
                {
                    if (!SkippedFolders.Contains(Path.GetFileName(child)))
                    {
                        pending.Push(child);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read folder '{folder}': {SingleLine.Of(e.Message)}", e);
            }
        }
    }
}
