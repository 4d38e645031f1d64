using System.Runtime;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.TextSync;

/// <summary>Closing drops the client's text; a workspace file then counts with its text on disk.</summary>
public sealed class DidCloseHandler : LspHandler<DidCloseTextDocumentParams>
{
    /// <summary>Closing a document of this many characters or more hands its memory back at once (real rule files are a few KB).</summary>
    internal const int CompactAfterClosingLength = 512 * 1024;

    private readonly ServerServices services;

    public DidCloseHandler(ServerServices services)
        : base(LspMethods.DidClose, isNotification: true)
    {
        this.services = services;
    }

    protected override Task<object?> HandleAsync(DidCloseTextDocumentParams parameters, CancellationToken cancellationToken)
    {
        var closed = services.Documents.Get(parameters.TextDocument.Uri);
        services.Documents.Close(parameters.TextDocument.Uri);
        _ = services.Publisher.OnDocumentsChangedAsync();
        if (closed is not null && (services.Documents.IsTooLarge(closed) || closed.Text.Length >= CompactAfterClosingLength))
        {
            _ = CompactOnceReleasedAsync();
        }
        return Task.FromResult<object?>(null);
    }

    // Its text (and the buffers that carried it) sat on the large object heap, which the GC neither
    // compacts nor hands back on its own: the memory stayed taken after closing. A large document that
    // was analysed left more: its analysis's peak (a 1 MB document of 53,000 diagnostics: RSS 735 MB
    // after closing, 46 MB of it live) stayed committed. The analysis holds the document until the
    // run after the close has dropped it, so that run is waited for first.
    private async Task CompactOnceReleasedAsync()
    {
        try
        {
            await services.Analysis.GetCurrentAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Superseded by a newer change, whose run has dropped it too.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            services.Log.Error($"Analysis failed: {ex}");
            return;
        }
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
