using CodingDsl.Language.Services;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// Runs the core's analysis (<see cref="CodingWorkspace"/>) for the store's current generation.
/// Callers asking for the same generation share one run; a newer generation cancels the older run
/// (superseded work is dropped, not queued), so a burst of edits costs one analysis of the last text.
/// Each run re-parses only documents whose text changed and analyses the open documents plus those
/// changed on disk; a closed file's cross-file diagnostics are refreshed when files change on disk.
/// </summary>
public sealed class AnalysisService
{
    private const int ParallelThreshold = 4;

    private readonly DocumentStore store;
    private readonly CodingWorkspace workspace;
    private readonly object gate = new();
    private readonly SemaphoreSlim runLock = new(1, 1);

    // Owned by the run holding runLock.
    private readonly Dictionary<string, string> synced = new(CodingWorkspace.PathComparer);
    private readonly HashSet<string> pending = new(CodingWorkspace.PathComparer);
    private readonly Dictionary<string, AnalyzedDocument> cache = new(CodingWorkspace.PathComparer);
    private volatile bool analyzeEverything;
    private Run? current;

    public AnalysisService(DocumentStore store)
    {
        this.store = store;
        workspace = new CodingWorkspace();
        Resolver = new DocumentResolver(workspace);
    }

    /// <summary>
    /// The core's view of the workspace for the language services (navigation, completion of `use`
    /// paths, workspace symbols): current as of the last <see cref="GetCurrentAsync"/>.
    /// </summary>
    public DocumentResolver Resolver { get; }

    /// <summary>The next run analyses every document (configuration or files on disk changed).</summary>
    public void AnalyzeEverythingNext()
    {
        analyzeEverything = true;
        workspace.InvalidateFiles();
    }

    /// <summary>Analysis of the store as it is now (or newer).</summary>
    public Task<WorkspaceAnalysis> GetCurrentAsync(CancellationToken cancellationToken)
    {
        Task<WorkspaceAnalysis> task;
        lock (gate)
        {
            if (current is null || current.Generation != store.Generation)
            {
                current?.Cancellation.Cancel();
                current = Start(store.Snapshot());
            }
            task = current.Task;
        }
        return task.WaitAsync(cancellationToken);
    }

    private Run Start(WorkspaceSnapshot snapshot)
    {
        var cancellation = new CancellationTokenSource();
        var task = Task.Run(() => RunAsync(snapshot, cancellation.Token), cancellation.Token);
        return new Run(snapshot.Generation, task, cancellation);
    }

    private async Task<WorkspaceAnalysis> RunAsync(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        await runLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Synchronize(snapshot);
            var targets = snapshot.Documents.Where(d => d.Version is not null || pending.Contains(d.Path)).ToArray();
            var results = new AnalyzedDocument[targets.Length];
            if (targets.Length > ParallelThreshold)
            {
                Parallel.For(0, targets.Length, new ParallelOptions { CancellationToken = cancellationToken },
                    i => results[i] = new AnalyzedDocument(targets[i], workspace.Analyze(targets[i].Path, cancellationToken)));
            }
            else
            {
                for (var i = 0; i < targets.Length; i++)
                {
                    results[i] = new AnalyzedDocument(targets[i], workspace.Analyze(targets[i].Path, cancellationToken));
                }
            }
            foreach (var result in results)
            {
                cache[result.Source.Path] = result;
                pending.Remove(result.Source.Path);
            }
            return new WorkspaceAnalysis(snapshot.Generation, snapshot.Documents.Select(d => cache.GetValueOrDefault(d.Path)).OfType<AnalyzedDocument>().ToArray());
        }
        finally
        {
            runLock.Release();
        }
    }

    /// <summary>Brings the core's workspace to the snapshot's texts; documents that changed become pending.</summary>
    private void Synchronize(WorkspaceSnapshot snapshot)
    {
        var everything = analyzeEverything;
        analyzeEverything = false;
        var present = new HashSet<string>(CodingWorkspace.PathComparer);
        foreach (var document in snapshot.Documents)
        {
            present.Add(document.Path);
            if (!synced.TryGetValue(document.Path, out var text) || !string.Equals(text, document.Text, StringComparison.Ordinal))
            {
                workspace.SetDocument(document.Path, document.Text);
                synced[document.Path] = document.Text;
                pending.Add(document.Path);
            }
            else if (everything)
            {
                pending.Add(document.Path);
            }
        }
        foreach (var gone in synced.Keys.Where(p => !present.Contains(p)).ToArray())
        {
            workspace.RemoveDocument(gone);
            synced.Remove(gone);
            pending.Remove(gone);
            cache.Remove(gone);
        }
    }

    private sealed record Run(long Generation, Task<WorkspaceAnalysis> Task, CancellationTokenSource Cancellation);
}
