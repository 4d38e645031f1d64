using System.Collections.Concurrent;
using System.Collections.Immutable;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Files;
using CodingDsl.Language.Rules;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Services;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Workspace;

/// <summary>
/// The documents of a workspace and their parses. Analysing one document binds it against the others
/// (guidance ids declared twice, `use`d rule libraries), re-parsing only what changed. Thread-safe:
/// the language server updates documents while analyses run.
/// </summary>
public sealed class CodingWorkspace
{
    // Immutable, so a snapshot is the dictionary as it stands; written under treesLock with its version.
    private readonly Lock treesLock = new();
    private ImmutableDictionary<string, SyntaxTree> trees = ImmutableDictionary.Create<string, SyntaxTree>(PathComparer);
    private long treesVersion;
    private readonly ConcurrentDictionary<string, LibraryLoad> libraries = new(PathComparer);
    private readonly ConcurrentDictionary<string, SectionMemo> memos = new(PathComparer);
    private readonly ConcurrentDictionary<string, (SyntaxTree Tree, ClassificationSet Tables, SemanticModel Model)> libraryModels = new(PathComparer);
    private readonly ConfigurationService configuration;
    private readonly IFileSystem fileSystem;

    // Which documents declare which guidance ids, rebuilt on the first analysis after a change. Each
    // analysis used to scan every document's declarations (quadratic over a 2,000-file check); the
    // version tells a stale index (built while a document changed) from a current one.
    private readonly Lock guidanceIndexLock = new();
    private long documentsVersion;
    private (long Version, Dictionary<string, string[]> Paths)? guidanceIndex;

    public CodingWorkspace(ConfigurationService? configuration = null, IFileSystem? fileSystem = null)
    {
        this.fileSystem = fileSystem ?? PhysicalFileSystem.Instance;
        this.configuration = configuration ?? new ConfigurationService(this.fileSystem);
    }

    public static StringComparer PathComparer => OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public ConfigurationService Configuration => configuration;

    /// <summary>
    /// Whether an analysis keeps each section's results for the next analysis of its document, which
    /// then binds and checks only the sections an edit changed (the language server's case). Off for a
    /// one-time check of many files, where nothing is analysed twice.
    /// </summary>
    public bool KeepsSectionResults { get; init; } = true;

    public IReadOnlyCollection<string> Paths => trees.Keys.ToArray();

    /// <summary>
    /// The folders messages name other files relative to (the command line's current directory, the
    /// editor's workspace folders): "also declared in rules/b.coding", as the reports name files, not a
    /// path that only makes sense on the machine that ran the check. Files outside them keep their full path.
    /// </summary>
    public IReadOnlyList<string> DisplayRoots { get; set; } = [];

    /// <summary>How a message names <paramref name="path"/>: relative to the first display root holding it, with '/'.</summary>
    public string DisplayPath(string path)
    {
        foreach (var root in DisplayRoots)
        {
            var relative = Path.GetRelativePath(root, path);
            var outside = relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal);
            if (!outside && !Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }
        return path;
    }

    public SyntaxTree SetDocument(string path, string text)
    {
        // An edit of a document already here re-parses only the block around the edit.
        var key = Normalize(path);
        var previous = trees.GetValueOrDefault(key);
        return Keep(key, previous, SyntaxTree.Parse(text, previous));
    }

    /// <summary>
    /// As <see cref="SetDocument(string, string)"/> with the text's tree already parsed (by
    /// <see cref="ParseDocument"/>: the server's completion parses a keystroke's text before the analysis
    /// does), so the text is not parsed twice.
    /// </summary>
    public SyntaxTree SetDocument(string path, SyntaxTree parsed)
    {
        var key = Normalize(path);
        return Keep(key, trees.GetValueOrDefault(key), parsed);
    }

    private SyntaxTree Keep(string key, SyntaxTree? previous, SyntaxTree tree)
    {
        lock (treesLock)
        {
            trees = trees.SetItem(key, tree);
            treesVersion++;
        }
        if (previous is null || !GuidanceIds(previous).SequenceEqual(GuidanceIds(tree), StringComparer.Ordinal))
        {
            // Most edits leave the declared ids alone: the index stays (rebuilding it per keystroke
            // walked every document of the workspace).
            Interlocked.Increment(ref documentsVersion);
        }
        // No need to drop libraries read from disk: LoadLibrary looks at the documents first, so an
        // edited document always wins over a cached copy of the same file. (Clearing here re-read every
        // used library from disk after each keystroke.)
        return tree;
    }

    private static IEnumerable<string> GuidanceIds(SyntaxTree tree) =>
        tree.Root.Declarations.OfType<GuidanceDeclaration>().Select(g => g.Id.Text);

    public bool RemoveDocument(string path)
    {
        libraries.Clear();
        memos.TryRemove(Normalize(path), out _);
        libraryModels.TryRemove(Normalize(path), out _);
        bool removed;
        lock (treesLock)
        {
            var before = trees;
            trees = trees.Remove(Normalize(path));
            removed = !ReferenceEquals(before, trees);
            treesVersion += removed ? 1 : 0;
        }
        Interlocked.Increment(ref documentsVersion);
        return removed;
    }

    /// <summary>The documents and their parses as they are now: immutable, taken at no cost, unchanged by later edits.</summary>
    public CodingWorkspaceSnapshot Snapshot()
    {
        lock (treesLock)
        {
            return new CodingWorkspaceSnapshot(treesVersion, trees);
        }
    }

    public SyntaxTree? GetTree(string path) => trees.GetValueOrDefault(Normalize(path));

    /// <summary>
    /// The parse of <paramref name="text"/> as the document at <paramref name="path"/>, leaving the
    /// workspace as it is: for services that need only syntax, which must not wait for an analysis.
    /// An edit of the document's current text is re-parsed incrementally.
    /// </summary>
    public SyntaxTree ParseDocument(string path, SourceText text) => SyntaxTree.Parse(text, trees.GetValueOrDefault(Normalize(path)));

    /// <summary>Forget rule libraries read from disk (a watched file changed). Configuration is cached by file time.</summary>
    public void InvalidateFiles() => libraries.Clear();

    public DocumentAnalysis Analyze(string path, CancellationToken cancellationToken = default)
    {
        path = Normalize(path);
        var tree = trees.GetValueOrDefault(path) ?? SetDocument(path, string.Empty);
        var config = configuration.ForDocument(path);
        var diagnostics = new List<Diagnostic>(tree.Diagnostics);

        var used = new List<SemanticModel>();
        var importedSets = new Dictionary<string, BoundSet>(StringComparer.Ordinal);
        foreach (var set in StandardRules.Sets)
        {
            importedSets[set.Name] = set;
        }
        foreach (var library in UsedLibraries(path, tree, config.Classifications))
        {
            used.Add(library);
            foreach (var set in library.Sets)
            {
                importedSets[set.Name] = set;
            }
        }
        cancellationToken.ThrowIfCancellationRequested();

        var memo = KeepsSectionResults ? SectionMemo.Next(memos.GetValueOrDefault(path), config.Classifications, SectionKey.Context(tree, used)) : null;
        var model = Binder.Bind(path, tree, config.Classifications, importedSets, memo);
        diagnostics.AddRange(model.Diagnostics);
        diagnostics.AddRange(MissingUses(model, config.Configuration));
        diagnostics.AddRange(DuplicateGuidanceIds(path, model));
        diagnostics.AddRange(ConfigurationProblems(config));

        var rules = StandardRules.Rules.Concat(model.Rules).Concat(used.SelectMany(u => u.Rules))
            .GroupBy(r => r.Name).Select(g => g.Last()).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        if (memo is null)
        {
            diagnostics.AddRange(RuleChecker.Check(model, rules));
            diagnostics.AddRange(SequenceChecker.Check(model));
        }
        else
        {
            CheckSections(model, rules, memo, diagnostics);
            memo.Seal();
            memos[path] = memo;
        }

        var suppressions = Suppressions.Read(tree);
        diagnostics.AddRange(suppressions.CheckNames(rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal)));
        var final = diagnostics
            .Where(d => !suppressions.IsSuppressed(d, tree.Text))
            .Select(d => ApplySeverity(d, config.Configuration))
            .Where(d => d.Level != DiagnosticLevel.Off)
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();
        return new DocumentAnalysis(path, tree.Text, final) { Tree = tree, Model = model, Rules = rules, Configuration = config, SectionsBound = memo?.Rebound ?? model.Guidances.Sum(g => g.Sections.Count) };
    }

    /// <summary>
    /// The rule and sequence findings of every section, in the order <see cref="RuleChecker.Check"/> and
    /// <see cref="SequenceChecker.Check"/> give them: a section reused from the memo brings its findings
    /// (kept in its own spans, placed where it is now); only the others are checked.
    /// </summary>
    private static void CheckSections(SemanticModel model, IReadOnlyList<BoundRule> rules, SectionMemo memo, List<Diagnostic> diagnostics)
    {
        var sequence = new List<Diagnostic>();
        var ownRules = new List<Diagnostic>();
        var ownSequence = new List<Diagnostic>();
        foreach (var guidance in model.Guidances)
        {
            for (var i = 0; i < guidance.Sections.Count; i++)
            {
                var section = guidance.Sections[i];
                var start = guidance.SectionStarts[i];
                if (memo.Checks(section) is not var (kept, keptSequence))
                {
                    ownRules.Clear();
                    ownSequence.Clear();
                    RuleChecker.CheckSection(model, section, start, rules, ownRules);
                    SequenceChecker.CheckSection(model, section, start, ownSequence);
                    (kept, keptSequence) = (ownRules.ToArray(), ownSequence.ToArray());
                    memo.KeepChecks(section, kept, keptSequence);
                }
                // Kept in the section's own spans: placed where the section stands now.
                foreach (var finding in kept)
                {
                    diagnostics.Add(DiagnosticBag.Place(finding, start));
                }
                foreach (var finding in keptSequence)
                {
                    sequence.Add(DiagnosticBag.Place(finding, start));
                }
            }
        }
        diagnostics.AddRange(sequence);
    }

    private static Diagnostic ApplySeverity(Diagnostic diagnostic, CodingDslConfiguration config)
    {
        var level = (diagnostic.RuleName is null ? null : config.GetRuleSeverityOverride(diagnostic.RuleName))
            ?? config.GetSeverityOverride(diagnostic.Code);
        return level is { } l && l != diagnostic.Level ? diagnostic with { Level = l } : diagnostic;
    }

    /// <summary>The models of files this one `use`s, directly or through others, each once.</summary>
    private IEnumerable<SemanticModel> UsedLibraries(string path, SyntaxTree tree, ClassificationSet tables)
    {
        var seen = new HashSet<string>(PathComparer) { path };
        var queue = new Queue<(string From, SyntaxTree Tree)>([(path, tree)]);
        while (queue.Count > 0)
        {
            var (from, current) = queue.Dequeue();
            foreach (var use in current.Root.Declarations.OfType<UseDeclaration>().Where(u => u.Path is not null))
            {
                if (use.Path!.Value.Contains('\0'))
                {
                    continue;
                }
                if (DocumentResolver.ResolveUse(from, use.Path.Value) is not { } target || !seen.Add(target) || LoadLibrary(target).Tree is not { } libraryTree)
                {
                    continue;
                }
                queue.Enqueue((target, libraryTree));
                yield return LibraryModel(target, libraryTree, tables);
            }
        }
    }

    /// <summary>A `use`d file bound on its own (against the standard library's sets), once per parse and tables: every keystroke in a document that uses it needs it.</summary>
    private SemanticModel LibraryModel(string target, SyntaxTree tree, ClassificationSet tables)
    {
        if (libraryModels.TryGetValue(target, out var kept) && ReferenceEquals(kept.Tree, tree) && ReferenceEquals(kept.Tables, tables))
        {
            return kept.Model;
        }
        var model = Binder.Bind(target, tree, tables, StandardRules.Sets.ToDictionary(s => s.Name));
        libraryModels[target] = (tree, tables, model);
        return model;
    }

    private LibraryLoad LoadLibrary(string target) =>
        trees.GetValueOrDefault(target) is { } open ? new LibraryLoad(open, null) : libraries.GetOrAdd(target, t =>
        {
            try
            {
                if (!fileSystem.FileExists(t))
                {
                    return Directory.Exists(t) ? new LibraryLoad(null, "it is a folder, not a regular file") : LibraryLoad.Missing;
                }
                // Read as any rule file is: a regular file within the rule-file limit, never a FIFO or a device.
                return new LibraryLoad(SyntaxTree.Parse(fileSystem.ReadAllText(t, FileLimit.RuleFile)), null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new LibraryLoad(null, e.Message);
            }
        });

    private IEnumerable<Diagnostic> MissingUses(SemanticModel model, CodingDslConfiguration config)
    {
        foreach (var use in model.Uses)
        {
            if (use.FullPath.Length == 0)
            {
                yield return DiagnosticFactory.UsePathHasNul(use.Syntax.Path!.LocalSpan.Shift(use.Start));
                continue;
            }
            var load = LoadLibrary(use.FullPath);
            if (load.Tree is null && load.Problem is null)
            {
                yield return DiagnosticFactory.UseNotFound(use.Syntax.Path!.LocalSpan.Shift(use.Start), use.RelativePath, DisplayPath(use.FullPath));
            }
            else if (load.Tree is null)
            {
                yield return DiagnosticFactory.UseNotReadable(use.Syntax.Path!.LocalSpan.Shift(use.Start), use.RelativePath, load.Problem);
            }
            if (UseReach.Check(model.Path, use, config) is { } outside)
            {
                yield return outside;
            }
        }
    }

    private IEnumerable<Diagnostic> DuplicateGuidanceIds(string path, SemanticModel model)
    {
        var index = GuidanceIdIndex();
        foreach (var guidance in model.Guidances.Where(g => g.Id.Length > 0))
        {
            var others = index.TryGetValue(guidance.Id, out var declaring)
                ? declaring.Where(p => !PathComparer.Equals(p, path)).ToArray()
                : [];
            if (others.Length > 0)
            {
                yield return DiagnosticFactory.DuplicateGuidanceInFiles(guidance.Syntax.Id.LocalSpan.Shift(guidance.Start), guidance.Id, others.Select(DisplayPath));
            }
        }
    }

    /// <summary>Guidance id → the documents declaring it (each once, in ordinal order), for the current documents.</summary>
    private Dictionary<string, string[]> GuidanceIdIndex()
    {
        var version = Interlocked.Read(ref documentsVersion);
        lock (guidanceIndexLock)
        {
            if (guidanceIndex is { } cached && cached.Version == version)
            {
                return cached.Paths;
            }

            var paths = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var (treePath, tree) in trees)
            {
                foreach (var declaration in tree.Root.Declarations.OfType<GuidanceDeclaration>())
                {
                    if (!paths.TryGetValue(declaration.Id.Text, out var set))
                    {
                        paths[declaration.Id.Text] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }
                    set.Add(treePath);
                }
            }
            var index = paths.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
            guidanceIndex = (version, index);
            return index;
        }
    }

    private static IEnumerable<Diagnostic> ConfigurationProblems(DocumentConfiguration config) =>
        config.Problems.Select(DiagnosticFactory.ConfigProblem);

    /// <summary>A path as the workspace keys it (and its snapshots list it): full.</summary>
    public static string Normalize(string path) => Path.GetFullPath(path);
}
