using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;
using CodingDsl.LanguageServer.Transport;

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
/// A publication that is sent is written from each diagnostic's JSON, kept from the last publication
/// and looked up by value (<see cref="Diagnostic"/> is a record): a keystroke that changes one of
/// 1,667 findings serialises that one, and the message is written from the pieces
/// (<see cref="SerializedPublication"/>), never as a JToken tree of the whole list. Each one sent is
/// traced with how many of its diagnostics were serialised. A publication carries at most
/// <see cref="DiagnosticLimit.MaxPerDocument"/> diagnostics (errors first, and a note counting the rest).
/// </summary>
public sealed class DiagnosticsPublisher
{
    private readonly DocumentStore store;
    private readonly AnalysisService analysis;
    private readonly ClientConnection client;
    private readonly ServerLog log;
    private readonly object gate = new();
    // What each URI's client has: the LSP diagnostics last sent, kept as sent (not the text they came
    // from, which would keep a closed document's text alive until its next publication), with the
    // JSON each was sent as.
    private readonly Dictionary<string, Published> publishedByUri = new(StringComparer.Ordinal);
    private long sent;
    private long unchanged;
    private long serialized;
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
        // What a keystroke may have waited for behind the workspace's loading (bench/lsp prints it).
        analysis.BackgroundFinished += steps => log.TraceMessage($"background analysis idle: {steps}");
        analysis.WorkspaceFilesRead += () =>
        {
            // The open documents are analysed again against the files just read.
            store.Invalidate();
            _ = OnDocumentsChangedAsync(otherFilesChanged: true);
        };
    }

    /// <summary>How many diagnostics a document's publication carries at most (`codingdsl.maxDiagnosticsPerDocument`).</summary>
    public DiagnosticLimit Limit { get; } = new();

    /// <summary>Publications sent to the client so far.</summary>
    public long Sent => Interlocked.Read(ref sent);

    /// <summary>Publications not sent because the client already had those diagnostics.</summary>
    public long Unchanged => Interlocked.Read(ref unchanged);

    /// <summary>Diagnostics serialised to JSON so far (a diagnostic sent again unchanged is not serialised again).</summary>
    public long Serialized => Interlocked.Read(ref serialized);

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

        var large = false;
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
                large |= IsLarge(document);
            }
            if (large)
            {
                CollectPreviousRun();
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
                if (IsLarge(document))
                {
                    CollectPreviousRun();
                }
            }
        }
    }

    private static bool IsLarge(AnalyzedDocument document) =>
        document.Analysis.Text.Length >= LargeDocumentLength && document.Analysis.Diagnostics.Count >= ManyDiagnostics;

    /// <summary>A document this long (characters) with this many findings has its previous run's memory collected after each publication.</summary>
    internal const int LargeDocumentLength = 512 * 1024;

    /// <inheritdoc cref="LargeDocumentLength"/>
    internal const int ManyDiagnostics = 10_000;

    // The run before this one (its tree, analysis, diagnostics and their JSON: 80 MB for the 1 MB
    // hostile file) has lived long enough to reach the oldest generation, which the GC collects only
    // when that generation has grown by its own budget: a few edits of a large document stacked up
    // several such runs (RSS 377 MB). A background collection now, while the client reads the
    // publication, frees it before the next keystroke allocates its own; it does not stop the server.
    // Only where the findings make the run's state large: a 50,000-line file of 1,667 findings keeps
    // a fifth as much, peaks under 200 MB without it, and its keystrokes do not pay for a collection.
    private static void CollectPreviousRun() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false, compacting: false);

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
        var diagnostics = Limit.ToDiagnostics(analysis.Path, analysis.Text, analysis.Diagnostics);
        var changed = publishedByUri.TryGetValue(uri, out var previous)
            ? !previous.Diagnostics.SequenceEqual(diagnostics)
            : firstAlways || diagnostics.Count > 0;
        if (!changed)
        {
            var skipped = Interlocked.Increment(ref unchanged);
            log.TraceMessage($"publishDiagnostics not sent (unchanged): {uri} version {document.Source.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}; sent {Sent}, unchanged {skipped}");
            return;
        }
        var (pieces, byValue, serializedNow) = Serialize(diagnostics, previous?.Json);
        publishedByUri[uri] = new Published(diagnostics, byValue);
        var total = Interlocked.Increment(ref sent);
        Interlocked.Add(ref serialized, serializedNow);
        _ = client.NotifyAsync(LspMethods.PublishDiagnostics, new SerializedPublication(uri, document.Source.Version, pieces));
        log.TraceMessage($"publishDiagnostics sent: {uri} version {document.Source.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}; {serializedNow} of {diagnostics.Count} diagnostics serialised; sent {total}, unchanged {Unchanged}");
    }

    // Each diagnostic's JSON: the one sent last time for an equal diagnostic, else written now. Equal
    // diagnostics within the list share one copy.
    private static (byte[][] Pieces, Dictionary<Diagnostic, byte[]> ByValue, int Serialized) Serialize(IReadOnlyList<Diagnostic> diagnostics, Dictionary<Diagnostic, byte[]>? previous)
    {
        var pieces = new byte[diagnostics.Count][];
        var byValue = new Dictionary<Diagnostic, byte[]>(diagnostics.Count);
        var count = 0;
        DiagnosticJson? json = null;
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            if (!byValue.TryGetValue(diagnostic, out var piece))
            {
                if (previous is null || !previous.TryGetValue(diagnostic, out piece))
                {
                    piece = (json ??= new DiagnosticJson()).Serialize(diagnostic);
                    count++;
                }
                byValue[diagnostic] = piece;
            }
            pieces[i] = piece;
        }
        json?.Dispose();
        return (pieces, byValue, count);
    }

    private sealed record Published(IReadOnlyList<Diagnostic> Diagnostics, Dictionary<Diagnostic, byte[]> Json);
}
