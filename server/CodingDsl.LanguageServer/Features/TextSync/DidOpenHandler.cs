using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.TextSync;

public sealed class DidOpenHandler : LspHandler<DidOpenTextDocumentParams>
{
    private readonly ServerServices services;

    public DidOpenHandler(ServerServices services)
        : base(LspMethods.DidOpen, isNotification: true)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental);

    protected override Task<object?> HandleAsync(DidOpenTextDocumentParams parameters, CancellationToken cancellationToken)
    {
        var document = parameters.TextDocument;
        var opened = services.Documents.Open(document.Uri, document.Version, document.Text ?? string.Empty);
        DocumentSizeNotice.Check(services, null, opened);
        _ = services.Publisher.OnDocumentsChangedAsync();
        return Task.FromResult<object?>(null);
    }
}
