using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// Keeps the client's diagnostics current after every change. Clients that pull diagnostics are told to
/// pull again (workspace/diagnostic/refresh) when files changed on disk; the others get them pushed
/// (textDocument/publishDiagnostics): the open documents after each edit, files that are not open as
/// the background analysis reaches them and whenever their diagnostics change.
/// </summary>
public sealed class DiagnosticsPublisher
{
    private readonly DocumentStore store;
    private readonly AnalysisService analysis;
    private readonly ClientConnection client;
    private readonly ServerLog log;
    private readonly object gate = new();
    // What each URI's published diagnostics were computed from: the same text and core diagnostics
    // give the same LSP diagnostics, so nothing is sent again (and nothing is serialised to compare).
    private readonly Dictionary<string, (SourceText Text, IReadOnlyList<Language.Diagnostics.Diagnostic> Diagnostics)> publishedByUri = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> publishedGenerationByUri = new(StringComparer.Ordinal);
    private long cleanedClosedFilesVersion = -1;
    private Func<Task> beforeAnalysis = () => Task.CompletedTask;

    public DiagnosticsPublisher(DocumentStore store, AnalysisService analysis, ClientConnection client, ServerLog log)
    {
        this.store = store;
        this.analysis = analysis;
        this.client = client;
        this.log = log;
        analysis.BackgroundDocumentsAnalyzed += OnBackgroundDocumentsAnalyzed;
        analysis.WorkspaceFilesRead += () =>
        {
            // The open documents are analysed again against the files just read.
            store.Invalidate();
            _ = OnDocumentsChangedAsync(otherFilesChanged: true);
        };
    }

    /// <summary>Publications first wait for this (the client's first settings), so none is made without them.</summary>
    public void WaitBeforeAnalysis(Func<Task> wait) => beforeAnalysis = wait;

    /// <summary>
    /// Something any document's diagnostics may depend on changed (files on disk, codingdsl.json, the
    /// editor settings): every document is analysed again, and published as it changes.
    /// </summary>
    public Task OnEverythingChangedAsync()
    {
        analysis.AnalyzeEverythingNext();
        store.Invalidate();
        return OnDocumentsChangedAsync(otherFilesChanged: true);
    }

    /// <summary>Starts publishing for the store's current state; returns when published or superseded.</summary>
    public Task OnDocumentsChangedAsync(bool otherFilesChanged = false)
    {
        if (client.Capabilities.PullDiagnostics)
        {
            return otherFilesChanged && client.Capabilities.DiagnosticRefresh
                ? client.RequestAsync<object?>(LspMethods.DiagnosticRefresh, new { }, CancellationToken.None).ContinueWith(t => _ = t.Exception, TaskScheduler.Default)
                : Task.CompletedTask;
        }
        return PublishAsync();
    }

    private async Task PublishAsync()
    {
        WorkspaceAnalysis result;
        try
        {
            await beforeAnalysis().ConfigureAwait(false);
            result = await analysis.GetCurrentAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // superseded by a newer edit, whose own run publishes
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Error($"Analysis failed: {ex}");
            return;
        }

        lock (gate)
        {
            foreach (var document in result.AnalyzedNow)
            {
                // An open document's diagnostics are published when its text is still the one analysed
                // (a change to another file does not hold them back; the newer run publishes again),
                // never older over newer, and after every edit, tagged with its version.
                var uri = document.Source.Uri;
                if (store.Get(uri)?.Version != document.Source.Version
                    || (publishedGenerationByUri.TryGetValue(uri, out var published) && published >= result.Generation))
                {
                    continue;
                }
                publishedGenerationByUri[uri] = result.Generation;
                Publish(document, always: true);
            }
            if (result.Generation != store.Generation || result.ClosedFilesVersion == cleanedClosedFilesVersion)
            {
                return;
            }
            // Documents may have been added or removed: clear what was published for those gone.
            cleanedClosedFilesVersion = result.ClosedFilesVersion;
            foreach (var gone in publishedByUri.Keys.Where(uri => !result.Uris.Contains(uri)).ToArray())
            {
                publishedByUri.Remove(gone);
                publishedGenerationByUri.Remove(gone);
                _ = client.NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(gone, null, Array.Empty<Diagnostic>()));
            }
        }
    }

    private void OnBackgroundDocumentsAnalyzed(IReadOnlyList<AnalyzedDocument> documents)
    {
        if (client.Capabilities.PullDiagnostics)
        {
            return;
        }
        lock (gate)
        {
            foreach (var document in documents)
            {
                Publish(document, always: false);
            }
        }
    }

    // Called under the lock, so two publications for one document never interleave.
    private void Publish(AnalyzedDocument document, bool always)
    {
        var analysis = document.Analysis;
        var uri = document.Source.Uri;
        var changed = publishedByUri.TryGetValue(uri, out var previous)
            ? !SameDiagnostics(previous.Text, previous.Diagnostics, analysis.Text, analysis.Diagnostics)
            : analysis.Diagnostics.Count > 0;
        if (always || changed)
        {
            publishedByUri[uri] = (analysis.Text, analysis.Diagnostics);
            var diagnostics = LspConvert.ToDiagnostics(analysis.Text, analysis.Diagnostics);
            _ = client.NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, document.Source.Version, diagnostics));
        }
    }

    private static bool SameDiagnostics(SourceText oldText, IReadOnlyList<Language.Diagnostics.Diagnostic> old, SourceText newText, IReadOnlyList<Language.Diagnostics.Diagnostic> current)
    {
        if (old.Count != current.Count || !(ReferenceEquals(oldText, newText) || string.Equals(oldText.Text, newText.Text, StringComparison.Ordinal)))
        {
            return false;
        }
        for (var i = 0; i < old.Count; i++)
        {
            var (a, b) = (old[i], current[i]);
            if (a.Code != b.Code || a.Level != b.Level || a.Span != b.Span || a.Message != b.Message || a.RuleName != b.RuleName)
            {
                return false;
            }
        }
        return true;
    }
}
