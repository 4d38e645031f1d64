using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Folding;

/// <summary>textDocument/foldingRange over the core's <see cref="FoldingService"/>.</summary>
public sealed class FoldingRangeHandler : LspHandler<FoldingRangeParams, IReadOnlyList<Protocol.FoldingRange>>
{
    private readonly ServerServices services;

    public FoldingRangeHandler(ServerServices services)
        : base(LspMethods.FoldingRange)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.FoldingRangeProvider = true;

    protected override async Task<IReadOnlyList<Protocol.FoldingRange>> HandleRequestAsync(FoldingRangeParams parameters, CancellationToken cancellationToken)
    {
        var document = await services.Analysis.GetSyntaxAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document?.Analysis.Tree is not { } tree)
        {
            return Array.Empty<Protocol.FoldingRange>();
        }
        // Blocks and runs of notes carry no LSP kind ("region" is for #region-style markers).
        return FoldingService.GetFoldingRanges(tree)
            .Select(r => new Protocol.FoldingRange(r.StartLine, r.EndLine, r.Kind == FoldingKind.Comment ? FoldingRangeKind.Comment : null))
            .ToArray();
    }
}
