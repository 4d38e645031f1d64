using System.Collections.Concurrent;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// What the services need beyond one document: the other documents of the workspace, rule libraries a
/// document `use`s that are not open (read through <see cref="IFileSystem"/>), the standard library,
/// and a listing of `.coding` files for `use` path completion. Hold one per workspace.
/// </summary>
public sealed class DocumentResolver
{
    /// <summary>The path the standard library's declarations are reported at (its text is <see cref="StandardRules.Text"/>).</summary>
    public static string StandardLibraryPath => StandardRules.Model.Path;

    private readonly IFileSystem fileSystem;
    private readonly Func<string, IEnumerable<string>> listCodingFiles;
    private readonly ConcurrentDictionary<string, (DateTime Stamp, SyntaxTree? Tree)> disk = new(CodingWorkspace.PathComparer);

    /// <param name="listCodingFiles">Given a folder, the `.coding` files in it and below it (full paths). Defaults to the disk.</param>
    public DocumentResolver(CodingWorkspace workspace, IFileSystem? fileSystem = null, Func<string, IEnumerable<string>>? listCodingFiles = null)
    {
        Workspace = workspace ?? throw new ArgumentNullException(nameof(workspace));
        this.fileSystem = fileSystem ?? PhysicalFileSystem.Instance;
        this.listCodingFiles = listCodingFiles ?? ListFromDisk;
    }

    public CodingWorkspace Workspace { get; }

    public static bool IsStandardLibrary(string path) => string.Equals(path, StandardLibraryPath, StringComparison.Ordinal);

    /// <summary>The parse of a document: open in the workspace, else read from disk (cached by write time), else null.</summary>
    public SyntaxTree? GetTree(string path)
    {
        if (IsStandardLibrary(path))
        {
            return StandardRules.Model.Tree;
        }
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        if (Workspace.GetTree(full) is { } open)
        {
            return open;
        }
        try
        {
            if (!fileSystem.FileExists(full))
            {
                return null;
            }
            var stamp = fileSystem.GetLastWriteTimeUtc(full);
            if (disk.TryGetValue(full, out var cached) && cached.Stamp == stamp)
            {
                return cached.Tree;
            }
            var tree = SyntaxTree.Parse(fileSystem.ReadAllText(full, Files.FileLimit.RuleFile));
            disk[full] = (stamp, tree);
            return tree;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>`.coding` files in and below a folder; empty when it cannot be read.</summary>
    public IReadOnlyList<string> ListCodingFiles(string folder)
    {
        try
        {
            return listCodingFiles(folder).Take(MaxListedFiles).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [];
        }
    }

    /// <summary>
    /// The documents whose declarations a document sees, nearest first: itself, the files it `use`s
    /// (breadth first, each once) and the standard library.
    /// </summary>
    public IReadOnlyList<ScopeDocument> GetScope(string path, SyntaxTree? tree = null)
    {
        var scope = new List<ScopeDocument>();
        if (IsStandardLibrary(path))
        {
            return [new ScopeDocument(path, StandardRules.Model.Tree)];
        }
        var full = Path.GetFullPath(path);
        tree ??= GetTree(full);
        if (tree is null)
        {
            return [new ScopeDocument(StandardLibraryPath, StandardRules.Model.Tree)];
        }
        var seen = new HashSet<string>(CodingWorkspace.PathComparer) { full };
        var queue = new Queue<ScopeDocument>();
        queue.Enqueue(new ScopeDocument(full, tree));
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            scope.Add(current);
            foreach (var use in current.Tree.Root.Declarations.OfType<UseDeclaration>())
            {
                if (use.Path is null || ResolveUse(current.Path, use.Path.Value) is not { } target || !seen.Add(target) || GetTree(target) is not { } used)
                {
                    continue;
                }
                queue.Enqueue(new ScopeDocument(target, used));
            }
        }
        scope.Add(new ScopeDocument(StandardLibraryPath, StandardRules.Model.Tree));
        return scope;
    }

    /// <summary>The full path a `use` names, relative to the using file; null when it is not a path.</summary>
    public static string? ResolveUse(string fromPath, string relative)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromPath) ?? ".", relative));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private const int MaxListedFiles = 500;

    private static IEnumerable<string> ListFromDisk(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.coding", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 4, IgnoreInaccessible = true })
            : [];
}

/// <summary>One document of a scope: its full path (or <see cref="DocumentResolver.StandardLibraryPath"/>) and parse.</summary>
public sealed record ScopeDocument(string Path, SyntaxTree Tree);
