using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// Keeps the client's diagnostics current after every change. Clients that pull diagnostics are told to
/// pull again (workspace/diagnostic/refresh) when files changed on disk; the others get them pushed
/// (textDocument/publishDiagnostics): the open documents after each edit, files that are not open as
/// the background analysis reaches them and whenever their diagnostics change.
/// A publication whose diagnostics are the ones the client already has (same ranges, codes, messages)
/// is not sent: LSP pushes a document's whole list, so a keystroke that changes no finding in a file
/// with thousands of them would otherwise re-serialise them all. Each one not sent is traced
/// ($/logTrace, when the client asked for traces) with the running counts, for bench/lsp.
/// </summary>
public sealed class DiagnosticsPublisher
{
    private readonly DocumentStore store;
    private readonly AnalysisService analysis;
    private readonly ClientConnection client;
    private readonly ServerLog log;
    private readonly object gate = new();
    // What each URI's client has: the LSP diagnostics last sent, kept as sent (not the text they came
    // from, which would keep a closed document's text alive until its next publication).
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> publishedByUri = new(StringComparer.Ordinal);
    private long sent;
    private long unchanged;
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
        analysis.DocumentAnalyzed += OnOpenDocumentAnalyzed;
        analysis.WorkspaceFilesRead += () =>
        {
            // The open documents are analysed again against the files just read.
            store.Invalidate();
            _ = OnDocumentsChangedAsync(otherFilesChanged: true);
        };
    }

    /// <summary>Publications sent to the client so far.</summary>
    public long Sent => Interlocked.Read(ref sent);

    /// <summary>Publications not sent because the client already had those diagnostics.</summary>
    public long Unchanged => Interlocked.Read(ref unchanged);

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
                Publish(document, firstAlways: true);
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

    // Each open document as soon as its own job is done: one slow document holds up no other's publication.
    private void OnOpenDocumentAnalyzed(AnalyzedDocument document, long generation)
    {
        if (client.Capabilities.PullDiagnostics)
        {
            return;
        }
        lock (gate)
        {
            var uri = document.Source.Uri;
            if (store.Get(uri)?.Version == document.Source.Version
                && !(publishedGenerationByUri.TryGetValue(uri, out var published) && published >= generation))
            {
                publishedGenerationByUri[uri] = generation;
                Publish(document, firstAlways: true);
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
                Publish(document, firstAlways: false);
            }
        }
    }

    // Called under the lock, so two publications for one document never interleave. An open
    // document's first publication is sent even when empty (it clears what the client may show).
    private void Publish(AnalyzedDocument document, bool firstAlways)
    {
        var analysis = document.Analysis;
        var uri = document.Source.Uri;
        var diagnostics = LspConvert.ToDiagnostics(analysis.Text, analysis.Diagnostics);
        var changed = publishedByUri.TryGetValue(uri, out var previous)
            ? !previous.SequenceEqual(diagnostics)
            : firstAlways || diagnostics.Count > 0;
        if (!changed)
        {
            var skipped = Interlocked.Increment(ref unchanged);
            log.TraceMessage($"publishDiagnostics not sent (unchanged): {uri} version {document.Source.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}; sent {Sent}, unchanged {skipped}");
            return;
        }
        publishedByUri[uri] = diagnostics;
        Interlocked.Increment(ref sent);
        _ = client.NotifyAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, document.Source.Version, diagnostics));
    }
}
