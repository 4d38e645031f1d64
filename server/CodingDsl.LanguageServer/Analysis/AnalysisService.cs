using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// Runs the core's workspace analysis for the store's current generation. Callers asking for the same
/// generation share one run; a newer generation cancels the run of the older one (superseded work is
/// dropped, not queued), so a burst of edits costs one analysis of the last text.
/// </summary>
public sealed class AnalysisService
{
    private readonly DocumentStore store;
    private readonly object gate = new();
    private Run? current;

    public AnalysisService(DocumentStore store)
    {
        this.store = store;
    }

    /// <summary>Analysis of the store as it is now (or newer).</summary>
    public Task<WorkspaceAnalysis> GetCurrentAsync(CancellationToken cancellationToken)
    {
        Task<WorkspaceAnalysis> task;
        lock (gate)
        {
            var generation = store.Generation;
            if (current is null || current.Generation != generation)
            {
                current?.Cancellation.Cancel();
                current = Start(store.Snapshot());
            }
            task = current.Task;
        }
        return task.WaitAsync(cancellationToken);
    }

    private static Run Start(WorkspaceSnapshot snapshot)
    {
        var cancellation = new CancellationTokenSource();
        var token = cancellation.Token;
        var task = Task.Run(
            () =>
            {
                token.ThrowIfCancellationRequested();
                var results = WorkspaceAnalyzer.Analyze(snapshot.ToInputs());
                token.ThrowIfCancellationRequested();
                var documents = new AnalyzedDocument[Math.Min(results.Count, snapshot.Documents.Count)];
                for (var i = 0; i < documents.Length; i++)
                {
                    documents[i] = new AnalyzedDocument(snapshot.Documents[i], results[i]);
                }
                return new WorkspaceAnalysis(snapshot.Generation, documents);
            },
            token);
        return new Run(snapshot.Generation, task, cancellation);
    }

    private sealed record Run(long Generation, Task<WorkspaceAnalysis> Task, CancellationTokenSource Cancellation);
}
