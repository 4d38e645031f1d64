using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Navigation;

/// <summary>Go to the declaration of a set or rule name, or to the file a `use` names.</summary>
public sealed class DefinitionHandler : LspHandler<TextDocumentPositionParams>
{
    private readonly ServerServices services;

    public DefinitionHandler(ServerServices services)
        : base(LspMethods.Definition)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DefinitionProvider = true;

    protected override async Task<object?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var target = await NavigationTarget.FindAsync(services.Analysis, parameters.TextDocument.Uri, parameters.Position, cancellationToken).ConfigureAwait(false);
        if (target?.Declaration is { } declaration)
        {
            return new Location(declaration.Document.Source.Uri, LspConvert.ToRange(declaration.Document.Analysis.Text, declaration.Occurrence.Span));
        }
        if (target?.Use is { } use && (target.Workspace.Find(use.FullPath) is not null || File.Exists(use.FullPath)))
        {
            var start = new Position(0, 0);
            return new Location(DocumentUri.FromPath(use.FullPath), new Protocol.Range(start, start));
        }
        return null;
    }
}
