using CodingDsl.Language.Configuration;
using CodingDsl.Language.Semantics;

namespace CodingDsl.Language.Workspace;

/// <summary>
/// Whether a `use` reaches outside the project: an absolute path, or a relative one that climbs out
/// of the folder holding the governing codingdsl.json (the project root; without one there is no
/// root to leave, and only absolute paths are reported). Such a file is still read, within the same
/// limits as any rule file: the diagnostic says so, so a reviewer sees where rules come from.
/// </summary>
internal static class UseReach
{
    /// <summary>The diagnostic message, or null when the `use` stays inside the project.</summary>
    public static string? Describe(BoundUse use, CodingDslConfiguration config)
    {
        if (Path.IsPathRooted(use.RelativePath))
        {
            return $"'{use.RelativePath}' is an absolute path: the rules then depend on this machine's folders. Give the library's path relative to this file, inside the project.";
        }
        if (config.ConfigPath is not { } configPath || Path.GetDirectoryName(configPath) is not { } root)
        {
            return null;
        }
        var relative = Path.GetRelativePath(root, use.FullPath);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return outside
            ? $"'{use.RelativePath}' leads outside the project ({root}, the folder of its {CodingDslConfiguration.FileName}) to {use.FullPath}. Keep rule libraries inside the project."
            : null;
    }
}
