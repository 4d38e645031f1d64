using CodingDsl.Language.Formatter;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Formatting;

/// <summary>textDocument/rangeFormatting: the core formats the whole document and keeps only the edits within the range's lines.</summary>
public sealed class DocumentRangeFormattingHandler : LspHandler<DocumentRangeFormattingParams, IReadOnlyList<Protocol.TextEdit>>
{
    private readonly ServerServices services;

    public DocumentRangeFormattingHandler(ServerServices services)
        : base(LspMethods.RangeFormatting)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentRangeFormattingProvider = true;

    protected override async Task<IReadOnlyList<Protocol.TextEdit>> HandleRequestAsync(DocumentRangeFormattingParams parameters, CancellationToken cancellationToken)
    {
        var uri = parameters.TextDocument.Uri;
        var document = await services.Analysis.GetSyntaxAsync(uri, cancellationToken).ConfigureAwait(false);
        if (document?.Analysis.Tree is not { } tree)
        {
            return Array.Empty<Protocol.TextEdit>();
        }
        var range = parameters.Range;
        var lines = new LineRange(
            new LinePosition(range.Start.Line, range.Start.Character),
            new LinePosition(range.End.Line, range.End.Character));
        var result = DocumentFormatter.FormatRange(tree, lines, FormattingEdits.ToCore(parameters.Options));
        return FormattingEdits.ToLsp(tree, result, services.Log, uri);
    }
}
