using CodingDsl.Cli.Checking;
using CodingDsl.Export.Diff;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Diffing;

/// <summary>
/// Reads and analyses one side of `codingdsl diff`: a folder (searched as `check` searches it, paths
/// shown relative to the working directory) or a git revision (its `*.coding` files under the paths
/// given, paths shown relative to the repository's top folder). A path missing on one side is no
/// error: the files under it were added or removed.
/// </summary>
internal static class SideLoader
{
    /// <param name="paths">For a revision, relative to the working directory (as git takes them); for a folder, relative to the folder.</param>
    public static (DiffSide Side, MeaningSnapshot Meaning) Load(string given, IReadOnlyList<string> paths, string repository, string workingDirectory)
    {
        var folder = Path.GetFullPath(given, workingDirectory);
        if (Directory.Exists(folder))
        {
            var within = paths.Count == 0 ? [folder] : paths.Select(p => Path.GetFullPath(p, folder)).Where(p => Directory.Exists(p) || File.Exists(p)).ToArray();
            var files = within.Length == 0 ? [] : FileCollector.Collect(within, workingDirectory, allowNone: true);
            var display = new Output.PathDisplay(workingDirectory);
            return Analyse(given, DocumentReader.ReadAll(files), new CodingWorkspace(), display.ForPortable);
        }

        using var revision = GitRevision.Open(repository, given)
            ?? throw new CliException($"'{given}' is neither a folder nor a revision of the git repository at '{repository}'");
        var scopes = paths.Select(p => Scope(p, revision.Root, workingDirectory)).ToArray();
        var selected = revision.Files
            .Where(f => f.EndsWith(FileCollector.Extension, StringComparison.OrdinalIgnoreCase))
            .Where(f => !f.Split('/').SkipLast(1).Any(FileCollector.SkippedFolders.Contains))
            .Where(f => scopes.Length == 0 || scopes.Any(s => s.Length == 0 || f == s || f.StartsWith(s + "/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var documents = selected.Select(f => new DocumentInput(revision.FullPath(f), DocumentReader.Decode(revision.ReadBytes(f)))).ToArray();
        var workspace = new CodingWorkspace(new ConfigurationService(revision), revision);
        return Analyse(given, documents, workspace, full => Path.GetRelativePath(revision.Root, full).Replace('\\', '/'));
    }

    private static (DiffSide, MeaningSnapshot) Analyse(string label, IReadOnlyList<DocumentInput> documents, CodingWorkspace workspace, Func<string, string> relative)
    {
        var analyses = WorkspaceAnalyzer.Analyze(documents, workspace);
        // Only syntax errors leave something out of the compiled model; a broken rule or an unknown code
        // is still compared as written (and is `check`'s to report).
        var withErrors = analyses
            .Where(a => a.Tree?.Diagnostics.Any(d => d.Level == DiagnosticLevel.Error) == true)
            .Select(a => relative(a.Path))
            .ToArray();
        var meaning = MeaningSnapshot.FromAnalyses(analyses.Select(a => (a, relative(a.Path))));
        return (new DiffSide(label, documents.Count, withErrors), meaning);
    }

    /// <summary>A path given on the command line (relative to the working directory) as a path in the repository, "" for all of it.</summary>
    private static string Scope(string path, string root, string workingDirectory)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path, workingDirectory)).Replace('\\', '/');
        if (relative == ".")
        {
            return "";
        }
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new CliException($"path '{path}' is outside the git repository at '{root}'");
        }
        return relative.TrimEnd('/');
    }
}
