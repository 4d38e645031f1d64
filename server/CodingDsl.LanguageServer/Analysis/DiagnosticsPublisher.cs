using Newtonsoft.Json;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// Keeps the client's diagnostics current after every change. Clients that pull diagnostics are told to
/// pull again (workspace/diagnostic/refresh) when another file changed; the others get them pushed
/// (textDocument/publishDiagnostics), for every document whose diagnostics changed — other files'
/// included, as cross-file checks (duplicate guidance ids, `use`d libraries) can change them.
/// </summary>
public sealed class DiagnosticsPublisher
{
    private readonly DocumentStore store;
    private readonly AnalysisService analysis;
    private readonly ClientConnection client;
    private readonly ServerLog log;
    private readonly object gate = new();
    private readonly Dictionary<string, string> publishedByUri = new(StringComparer.Ordinal);
    private long publishedGeneration = -1;

    public DiagnosticsPublisher(DocumentStore store, AnalysisService analysis, ClientConnection client, ServerLog log)
    {
        this.store = store;
        this.analysis = analysis;
        this.client = client;
        this.log = log;
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

        var messages = new List<PublishDiagnosticsParams>();
        lock (gate)
        {
            if (result.Generation != store.Generation || result.Generation <= publishedGeneration)
            {
                return;
            }
            publishedGeneration = result.Generation;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in result.Documents)
            {
                var diagnostics = LspConvert.ToDiagnostics(document.Analysis.Text, document.Analysis.Diagnostics);
                var uri = document.Source.Uri;
                seen.Add(uri);
                var fingerprint = JsonConvert.SerializeObject(diagnostics);
                var isOpen = document.Source.Version is not null;
                if (publishedByUri.TryGetValue(uri, out var previous) ? previous != fingerprint || isOpen : diagnostics.Count > 0 || isOpen)
                {
                    publishedByUri[uri] = fingerprint;
                    messages.Add(new PublishDiagnosticsParams(uri, document.Source.Version, diagnostics));
                }
            }
            foreach (var gone in publishedByUri.Keys.Where(uri => !seen.Contains(uri)).ToArray())
            {
                publishedByUri.Remove(gone);
                messages.Add(new PublishDiagnosticsParams(gone, null, Array.Empty<Diagnostic>()));
            }
            // Sent under the lock so two generations' messages never interleave.
            foreach (var message in messages)
            {
                _ = client.NotifyAsync(LspMethods.PublishDiagnostics, message);
            }
        }
    }
}
