using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.TextSync;

/// <summary>Applies incremental changes; the analysis of the previous text, if still running, is superseded.</summary>
public sealed class DidChangeHandler : LspHandler<DidChangeTextDocumentParams>
{
    private readonly ServerServices services;

    public DidChangeHandler(ServerServices services)
        : base(LspMethods.DidChange, isNotification: true)
    {
        this.services = services;
    }

    protected override Task<object?> HandleAsync(DidChangeTextDocumentParams parameters, CancellationToken cancellationToken)
    {
        var before = services.Documents.Get(parameters.TextDocument.Uri);
        var changed = services.Documents.Change(parameters.TextDocument.Uri, parameters.TextDocument.Version, parameters.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>());
        if (changed is null)
        {
            services.Log.Warning($"didChange for {parameters.TextDocument.Uri}, which is not open: ignored.");
            return Task.FromResult<object?>(null);
        }
        DocumentSizeNotice.Check(services, before, changed);
        // The run starts now, on the thread pool; a completion that came with the keystroke is usually
        // dispatched before it gets going, and the run lets it go first (see InteractiveRequests). (This
        // used to post the start to the dispatch loop, but handlers never ran with the loop as their
        // current context, so the post never happened.)
        _ = services.Publisher.OnDocumentsChangedAsync();
        return Task.FromResult<object?>(null);
    }
}
