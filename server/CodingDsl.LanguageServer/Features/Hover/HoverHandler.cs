using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Hover;

/// <summary>textDocument/hover over the core's <see cref="HoverService"/>.</summary>
public sealed class HoverHandler : LspHandler<TextDocumentPositionParams, Protocol.Hover?>
{
    private readonly ServerServices services;

    public HoverHandler(ServerServices services)
        : base(LspMethods.Hover)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.HoverProvider = true;

    protected override async Task<Protocol.Hover?> HandleRequestAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var document = await services.Analysis.GetAnalyzedAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }
        var text = document.Analysis.Text;
        var offset = LspConvert.ToOffset(text, parameters.Position);
        return HoverService.GetHover(document.Analysis, offset, services.Analysis.Resolver) is { } hover
            ? new Protocol.Hover(new MarkupContent(MarkupKind.Markdown, hover.Markdown), LspConvert.ToRange(text, hover.Span))
            : null;
    }
}
