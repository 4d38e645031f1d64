namespace CodingDsl.Cli.Output;

/// <summary>
/// How a document's path is shown: relative to the base folder (the working directory) when the file
/// is under it, otherwise as given. SARIF and GitHub want forward slashes and URIs; text wants the
/// platform's own separators, as a compiler prints them.
/// </summary>
public sealed class PathDisplay(string baseDirectory)
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public string BaseDirectory { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory));

    /// <summary>The relative path when under the base folder, else null.</summary>
    public string? GetRelativePath(string path)
    {
        var full = Path.GetFullPath(path, BaseDirectory);
        var prefix = BaseDirectory + Path.DirectorySeparatorChar;
        if (BaseDirectory.EndsWith(Path.DirectorySeparatorChar))
        {
            prefix = BaseDirectory; // the base is a root such as "/"
        }
        return full.StartsWith(prefix, PathComparison) ? full[prefix.Length..] : null;
    }

    /// <summary>For people: `samples/IPG327.coding`, or the full path when outside the base folder.</summary>
    public string ForDisplay(string path) => GetRelativePath(path) ?? Path.GetFullPath(path, BaseDirectory);

    /// <summary>For GitHub annotations and JSON: like <see cref="ForDisplay"/> with forward slashes.</summary>
    public string ForPortable(string path) => ForDisplay(path).Replace('\\', '/');

    /// <summary>
    /// For SARIF: a relative URI reference (resolved against <see cref="BaseUri"/>) when under the base
    /// folder, else an absolute file URI. The bool says whether it is relative.
    /// </summary>
    public (string Uri, bool IsRelative) ForSarif(string path)
    {
        var relative = GetRelativePath(path);
        if (relative is null)
        {
            return (new Uri(Path.GetFullPath(path, BaseDirectory)).AbsoluteUri, false);
        }
        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString);
        return (string.Join('/', segments), true);
    }

    /// <summary>The base folder as a file URI ending in a slash, as SARIF's originalUriBaseIds requires.</summary>
    public string BaseUri
    {
        get
        {
            var uri = new Uri(BaseDirectory).AbsoluteUri;
            return uri.EndsWith('/') ? uri : uri + "/";
        }
    }
}
