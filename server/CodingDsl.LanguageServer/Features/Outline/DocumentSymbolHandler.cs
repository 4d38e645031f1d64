using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;
using CoreSymbol = CodingDsl.Language.Services.DocumentSymbol;
using CoreSymbolKind = CodingDsl.Language.Services.SymbolKind;

namespace CodingDsl.LanguageServer.Features.Outline;

/// <summary>textDocument/documentSymbol over the core's <see cref="SymbolService"/>.</summary>
public sealed class DocumentSymbolHandler : LspHandler<DocumentSymbolParams, IReadOnlyList<Protocol.DocumentSymbol>>
{
    private readonly ServerServices services;

    public DocumentSymbolHandler(ServerServices services)
        : base(LspMethods.DocumentSymbol)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentSymbolProvider = true;

    protected override async Task<IReadOnlyList<Protocol.DocumentSymbol>> HandleRequestAsync(DocumentSymbolParams parameters, CancellationToken cancellationToken)
    {
        var document = await services.Analysis.GetAnalyzedAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return Array.Empty<Protocol.DocumentSymbol>();
        }
        var text = document.Analysis.Text;
        return SymbolService.GetDocumentSymbols(document.Analysis).Select(s => Map(text, s)).ToArray();
    }

    private static Protocol.DocumentSymbol Map(SourceText text, CoreSymbol symbol) => new(
        symbol.Name.Length == 0 ? "(unnamed)" : symbol.Name,
        symbol.Detail,
        Kind(symbol.Kind),
        LspConvert.ToRange(text, symbol.Span),
        LspConvert.ToRange(text, symbol.SelectionSpan),
        symbol.Children.Count == 0 ? null : symbol.Children.Select(c => Map(text, c)).ToArray());

    public static Protocol.SymbolKind Kind(CoreSymbolKind kind) => kind switch
    {
        CoreSymbolKind.Guidance => Protocol.SymbolKind.Namespace,
        CoreSymbolKind.Section => Protocol.SymbolKind.Struct,
        CoreSymbolKind.Code => Protocol.SymbolKind.Constant,
        CoreSymbolKind.Snomed => Protocol.SymbolKind.Constant,
        CoreSymbolKind.Rule => Protocol.SymbolKind.Function,
        CoreSymbolKind.Set => Protocol.SymbolKind.Array,
        CoreSymbolKind.Use => Protocol.SymbolKind.File,
        _ => Protocol.SymbolKind.Key,
    };
}
