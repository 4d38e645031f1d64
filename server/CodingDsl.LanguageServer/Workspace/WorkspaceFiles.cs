using System.Text;
using CodingDsl.Language.Files;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Workspace;

/// <summary>
/// The workspace folders' rule files (*.coding) and configuration (codingdsl.json), read from disk in
/// the background at start and re-read when the client reports them changed.
/// </summary>
public sealed class WorkspaceFiles
{
    public const string RuleFilePattern = "*.coding";
    public const string ConfigFileName = "codingdsl.json";

    private static readonly string[] SkippedFolders = { ".git", "node_modules", "bin", "obj", ".vscode-test" };

    private readonly DocumentStore store;
    private readonly DiagnosticsPublisher publisher;
    private readonly ServerLog log;
    private readonly List<string> roots = new();

    public WorkspaceFiles(DocumentStore store, DiagnosticsPublisher publisher, ServerLog log)
    {
        this.store = store;
        this.publisher = publisher;
        this.log = log;
    }

    /// <summary>Completes when the initial load has finished (tests and the benchmark wait on it).</summary>
    public Task Loaded { get; private set; } = Task.CompletedTask;

    /// <summary>The workspace folders that exist, in the client's order.</summary>
    public IReadOnlyList<string> Roots => roots.ToArray();

    public void SetRoots(IEnumerable<string> folders)
    {
        roots.Clear();
        roots.AddRange(folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal));
    }

    public static bool IsRuleFile(string path) => path.EndsWith(".coding", StringComparison.OrdinalIgnoreCase);

    public static bool IsConfigFile(string path) => string.Equals(Path.GetFileName(path), ConfigFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Starts the initial load; the open documents' first diagnostics do not wait for it.</summary>
    public void StartLoading()
    {
        if (roots.Count == 0)
        {
            return;
        }
        Loaded = Task.Run(async () =>
        {
            var started = DateTime.UtcNow;
            var files = new List<KeyValuePair<string, string?>>();
            foreach (var root in roots)
            {
                foreach (var path in EnumerateRuleFiles(root))
                {
                    files.Add(new(path, TryRead(path)));
                }
            }
            var read = files.Where(f => f.Value is not null).ToArray();
            store.SetDiskFiles(read);
            log.Info($"Loaded {read.Length} rule files from {string.Join(", ", roots)} in {(DateTime.UtcNow - started).TotalMilliseconds:0} ms.");
            await publisher.OnDocumentsChangedAsync(otherFilesChanged: true).ConfigureAwait(false);
        });
    }

    /// <summary>Applies file events: rule files re-read or dropped, a configuration change re-analyses everything.</summary>
    public Task OnFilesChangedAsync(IEnumerable<(string Path, bool Deleted)> events)
    {
        var files = new List<KeyValuePair<string, string?>>();
        var configChanged = false;
        foreach (var (path, deleted) in events)
        {
            if (IsRuleFile(path))
            {
                files.Add(new(path, deleted ? null : TryRead(path)));
            }
            else if (IsConfigFile(path))
            {
                configChanged = true;
            }
        }
        if (files.Count == 0 && !configChanged)
        {
            return Task.CompletedTask;
        }
        if (files.Count > 0)
        {
            store.SetDiskFiles(files);
        }
        // A file on disk can change any document's diagnostics (duplicate ids, `use`d libraries, configuration).
        return publisher.OnEverythingChangedAsync();
    }

    // Links to folders are not walked (on Unix .NET marks a symbolic link as a reparse point): the walk
    // stays under the root and lists each real folder once, so a `self -> .` link neither multiplies
    // files (and false duplicate-guidance errors) nor loops.
    private static readonly EnumerationOptions FolderEnumeration = new()
    {
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    private static readonly EnumerationOptions FileEnumeration = new()
    {
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
    };

    private IEnumerable<string> EnumerateRuleFiles(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(folder, RuleFilePattern, FileEnumeration);
                folders = Directory.GetDirectories(folder, "*", FolderEnumeration);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                log.Warning($"Cannot list {folder}: {ex.Message}");
                continue;
            }
            foreach (var file in files)
            {
                yield return Path.GetFullPath(file);
            }
            foreach (var sub in folders)
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>
    /// The file's text, or null (logged) when it is not read: only a regular file within the rule-file
    /// limit is, so a FIFO among the files cannot stop the others loading.
    /// </summary>
    private string? TryRead(string path)
    {
        try
        {
            using var reader = new StreamReader(SafeFileReader.OpenRead(path, FileLimit.RuleFile), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            log.Warning($"Cannot read {path}: {ex.Message}");
            return null;
        }
    }
}
