using CodingDsl.Language.Services;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.SemanticTokens;

/// <summary>textDocument/semanticTokens/range (advertised with the full handler's capability).</summary>
public sealed class SemanticTokensRangeHandler : LspHandler<SemanticTokensRangeParams, Protocol.SemanticTokens>
{
    private readonly ServerServices services;

    public SemanticTokensRangeHandler(ServerServices services)
        : base(LspMethods.SemanticTokensRange)
    {
        this.services = services;
    }

    protected override async Task<Protocol.SemanticTokens> HandleRequestAsync(SemanticTokensRangeParams parameters, CancellationToken cancellationToken)
    {
        var document = await services.Analysis.GetSyntaxAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document?.Analysis.Tree is not { } tree)
        {
            return new Protocol.SemanticTokens([]);
        }
        return new Protocol.SemanticTokens(SemanticTokensEncoder.Encode(tree.Text, SemanticTokenService.Classify(tree, LspConvert.ToSpan(tree.Text, parameters.Range))));
    }
}
