using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.SemanticTokens;

/// <summary>textDocument/semanticTokens/full over the core's <see cref="SemanticTokenService"/>, with its legend.</summary>
public sealed class SemanticTokensHandler : LspHandler<SemanticTokensParams, Protocol.SemanticTokens>
{
    private readonly ServerServices services;

    public SemanticTokensHandler(ServerServices services)
        : base(LspMethods.SemanticTokensFull)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.SemanticTokensProvider = new SemanticTokensOptions(
            new Protocol.SemanticTokensLegend(Language.Services.SemanticTokenLegend.Types, Language.Services.SemanticTokenLegend.Modifiers),
            Range: true,
            Full: true);

    protected override async Task<Protocol.SemanticTokens> HandleRequestAsync(SemanticTokensParams parameters, CancellationToken cancellationToken)
    {
        var document = await services.Analysis.GetSyntaxAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        return new Protocol.SemanticTokens(document?.Analysis.Tree is { } tree
            ? SemanticTokensEncoder.Encode(tree.Text, SemanticTokenService.Classify(tree))
            : []);
    }
}
