using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Navigation;

/// <summary>textDocument/documentHighlight over the core's <see cref="NavigationService"/>: the declaration is the write.</summary>
public sealed class DocumentHighlightHandler : LspHandler<TextDocumentPositionParams, IReadOnlyList<Protocol.DocumentHighlight>>
{
    private readonly ServerServices services;

    public DocumentHighlightHandler(ServerServices services)
        : base(LspMethods.DocumentHighlight)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentHighlightProvider = true;

    protected override async Task<IReadOnlyList<Protocol.DocumentHighlight>> HandleRequestAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        if (await NavigationRequest.CreateAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false) is not { } request
            || request.Resolver.GetTree(request.Path)?.Text is not { } text)
        {
            return Array.Empty<Protocol.DocumentHighlight>();
        }
        return NavigationService.GetHighlights(request.Resolver, request.Path, request.Offset)
            .Select(h => new Protocol.DocumentHighlight(LspConvert.ToRange(text, h.Span), h.IsDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
            .ToArray();
    }
}
