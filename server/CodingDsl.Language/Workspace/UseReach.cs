using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Workspace;

/// <summary>
/// Whether a `use` reaches outside the project: an absolute path, or a relative one that climbs out
/// of the project root, the nearest folder above the file holding its codingdsl.json or a `.git`
/// (without either there is no root to leave, and only absolute paths are reported). Such a file is still read, within the same
/// limits as any rule file: the diagnostic says so, so a reviewer sees where rules come from.
/// </summary>
internal static class UseReach
{
    /// <summary>The diagnostic message, or null when the `use` stays inside the project.</summary>
    public static Diagnostic? Check(string documentPath, BoundUse use, CodingDslConfiguration config)
    {
        if (Path.IsPathRooted(use.RelativePath))
        {
            return DiagnosticFactory.UseAbsolutePath(use.Syntax.Path!.LocalSpan.Shift(use.Start), use.RelativePath);
        }
        if (ProjectRoot(documentPath, config) is not { } root)
        {
            return null;
        }
        var relative = Path.GetRelativePath(root, use.FullPath);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return outside
            ? DiagnosticFactory.UseOutsideProject(use.Syntax.Path!.LocalSpan.Shift(use.Start), use.RelativePath, root, use.FullPath)
            : null;
    }

    /// <summary>
    /// The nearest folder above the using file that holds the governing codingdsl.json or a `.git`
    /// (a repository's root); null when there is neither.
    /// </summary>
    private static string? ProjectRoot(string documentPath, CodingDslConfiguration config)
    {
        var configFolder = config.ConfigPath is { } configPath ? Path.GetDirectoryName(configPath) : null;
        for (var folder = Path.GetDirectoryName(documentPath); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (string.Equals(folder, configFolder, StringComparison.Ordinal) || Path.Exists(Path.Combine(folder, ".git")))
            {
                return folder;
            }
        }
        return configFolder;
    }
}
