using CodingDsl.Language.Files;

namespace CodingDsl.Cli.Rewriting;

/// <summary>
/// The folder `import` writes a document's files under. A file's place is refused when it would be
/// outside the folder, or when any folder between the output folder and the file already exists as
/// a symbolic link (through which a write would land outside it) or as something other than a folder.
/// </summary>
public sealed class OutputFolder(string root)
{
    private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <summary>The full path of <paramref name="relative"/> (already checked to be a plain relative path).</summary>
    public string Place(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new CliException($"'{relative}' would be written outside the output folder; nothing was written");
        }
        var folder = root;
        foreach (var part in Path.GetRelativePath(root, Path.GetDirectoryName(full)!).Split(Path.DirectorySeparatorChar).Where(p => p is not ("" or ".")))
        {
            folder = Path.Combine(folder, part);
            var kind = FileInspector.Inspect(folder, followLinks: false).Kind;
            if (kind is not (FileKind.Directory or FileKind.Missing))
            {
                throw new CliException($"'{relative}' would be written through '{Path.GetRelativePath(root, folder)}', which is {kind.Describe()}, not a folder of the output folder; nothing was written");
            }
        }
        return full;
    }
}
