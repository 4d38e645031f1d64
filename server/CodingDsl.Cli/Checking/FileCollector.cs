namespace CodingDsl.Cli.Checking;

/// <summary>
/// Expands the paths given on the command line into the rule files to check: files as given (whatever
/// their extension: the user named them), folders searched recursively for *.coding, skipping build
/// output, dependencies and VCS folders. A missing path, or nothing to check at all, is a
/// <see cref="CliException"/>.
/// </summary>
public static class FileCollector
{
    public const string Extension = ".coding";

    /// <summary>Folder names never searched below a given folder (a folder given explicitly is still searched).</summary>
    public static readonly IReadOnlySet<string> SkippedFolders =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git" };

    private static readonly EnumerationOptions Enumeration = new()
    {
        IgnoreInaccessible = true,
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Full paths of the files to check, without duplicates, in ordinal order.</summary>
    /// <param name="allowNone">True where no files at all is an answer (one side of a diff), not a mistake.</param>
    public static IReadOnlyList<string> Collect(IReadOnlyList<string> paths, string workingDirectory, bool allowNone = false)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Resolve(path, workingDirectory) ?? throw new CliException($"path '{path}' is not a valid path");

            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                AddFolder(full, files);
            }
            else
            {
                throw new CliException($"path '{path}' does not exist");
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
        try
        {
            return Path.GetFullPath(path, workingDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static void AddFolder(string root, SortedSet<string> files)
    {
        // An explicit stack, not recursion: deep trees cannot overflow it. Symbolic links to folders
        // are not followed, so a link cycle cannot loop.
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", Enumeration))
                {
                    if (file.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
                    {
                        files.Add(file);
                    }
                }
                foreach (var child in Directory.EnumerateDirectories(folder, "*", Enumeration))
                {
                    if (!SkippedFolders.Contains(Path.GetFileName(child)) && !IsLink(child))
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

    private static bool IsLink(string folder) => new DirectoryInfo(folder).LinkTarget is not null;
}
