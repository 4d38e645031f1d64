using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.TextSync;

/// <summary>Closing drops the client's text; a workspace file then counts with its text on disk.</summary>
public sealed class DidCloseHandler : LspHandler<DidCloseTextDocumentParams>
{
    private readonly ServerServices services;

    public DidCloseHandler(ServerServices services)
        : base(LspMethods.DidClose, isNotification: true)
    {
        this.services = services;
    }

    protected override Task<object?> HandleAsync(DidCloseTextDocumentParams parameters, CancellationToken cancellationToken)
    {
        services.Documents.Close(parameters.TextDocument.Uri);
        _ = services.Publisher.OnDocumentsChangedAsync();
        return Task.FromResult<object?>(null);
    }
}
