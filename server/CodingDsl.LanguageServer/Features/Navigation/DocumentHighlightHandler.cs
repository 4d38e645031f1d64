using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Navigation;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Navigation;

/// <summary>Highlights the other uses of the set or rule name under the cursor, or of the same code, in this document.</summary>
public sealed class DocumentHighlightHandler : LspHandler<TextDocumentPositionParams>
{
    private readonly ServerServices services;

    public DocumentHighlightHandler(ServerServices services)
        : base(LspMethods.DocumentHighlight)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentHighlightProvider = true;

    protected override async Task<object?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var target = await NavigationTarget.FindAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false);
        if (target?.Declaration is { } declaration)
        {
            return NameResolver.References(target.Workspace, declaration)
                .Where(r => r.Document.Source.Path == target.Document.Source.Path)
                .Select(r => new DocumentHighlight(LspConvert.ToRange(r.Document.Analysis.Text, r.Occurrence.Span), r.Occurrence.IsDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
                .ToArray();
        }
        return await CodeHighlightsAsync(parameters, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same code (same system, same text) elsewhere in the document.</summary>
    private async Task<DocumentHighlight[]> CodeHighlightsAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var workspace = await services.Analysis.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (workspace.Find(DocumentUri.ToPath(parameters.TextDocument.Uri))?.Analysis.Tree is not { } tree)
        {
            return [];
        }
        var offset = tree.Text.GetOffset(new LinePosition(parameters.Position.Line, parameters.Position.Character));
        if (SyntaxWalk.TokenAt(tree.Root, offset) is not { Role: TokenRole.OpcsCode or TokenRole.Icd10Code } code)
        {
            return [];
        }
        return SyntaxWalk.Tokens(tree.Root)
            .Where(t => t.Role == code.Role && t.Token.Text == code.Token.Text)
            .OrderBy(t => t.Token.Span.Start)
            .Select(t => new DocumentHighlight(LspConvert.ToRange(tree.Text, t.Token.Span), DocumentHighlightKind.Text))
            .ToArray();
    }
}
