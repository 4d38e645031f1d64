using CodingDsl.Language.Formatter;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Formatting;

/// <summary>textDocument/formatting over the core's <see cref="DocumentFormatter"/>.</summary>
public sealed class DocumentFormattingHandler : LspHandler<DocumentFormattingParams, IReadOnlyList<Protocol.TextEdit>>
{
    private readonly ServerServices services;

    public DocumentFormattingHandler(ServerServices services)
        : base(LspMethods.Formatting)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentFormattingProvider = true;

    protected override async Task<IReadOnlyList<Protocol.TextEdit>> HandleRequestAsync(DocumentFormattingParams parameters, CancellationToken cancellationToken)
    {
        var uri = parameters.TextDocument.Uri;
        var document = await services.Analysis.GetSyntaxAsync(uri, cancellationToken).ConfigureAwait(false);
        if (document?.Analysis.Tree is not { } tree)
        {
            return Array.Empty<Protocol.TextEdit>();
        }
        var result = DocumentFormatter.Format(tree, FormattingEdits.ToCore(parameters.Options));
        return FormattingEdits.ToLsp(tree, result, services.Log, uri);
    }
}
