using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Navigation;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Features.Navigation;

/// <summary>What the cursor is on, for definition, references, highlights and rename: a set or rule name, or a `use` path.</summary>
public sealed record NavigationTarget(
    WorkspaceAnalysis Workspace,
    AnalyzedDocument Document,
    NameOccurrence? Name,
    NameDeclaration? Declaration,
    BoundUseAt? Use)
{
    public static async Task<NavigationTarget?> FindAsync(AnalysisService analysis, string uri, Position position, CancellationToken cancellationToken)
    {
        var workspace = await analysis.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (workspace.Find(DocumentUri.ToPath(uri)) is not { Analysis.Tree: { } tree } document)
        {
            return null;
        }
        var offset = tree.Text.GetOffset(new LinePosition(position.Line, position.Character));
        if (NameOccurrences.At(tree, offset) is { } name)
        {
            return new NavigationTarget(workspace, document, name, NameResolver.Resolve(workspace, document, name.Name, name.Kind), null);
        }
        return NameResolver.UseAt(document, offset) is { } use ? new NavigationTarget(workspace, document, null, null, use) : null;
    }

    /// <summary>Every place the name's declaration is referred to (and declared, when asked), across the workspace.</summary>
    public IEnumerable<Location> NameLocations(bool includeDeclaration)
    {
        if (Declaration is null)
        {
            yield break;
        }
        foreach (var (document, occurrence) in NameResolver.References(Workspace, Declaration))
        {
            if (includeDeclaration || !occurrence.IsDeclaration)
            {
                yield return new Location(document.Source.Uri, LspConvert.ToRange(document.Analysis.Text, occurrence.Span));
            }
        }
    }

    /// <summary>Every `use` of the same file across the workspace.</summary>
    public IEnumerable<Location> UseLocations()
    {
        if (Use is null)
        {
            yield break;
        }
        foreach (var document in Workspace.Documents)
        {
            foreach (var use in document.Analysis.Model?.Uses ?? [])
            {
                if (use.Syntax.Path is { } path && string.Equals(use.FullPath, Use.FullPath, StringComparison.Ordinal))
                {
                    yield return new Location(document.Source.Uri, LspConvert.ToRange(document.Analysis.Text, path.Span));
                }
            }
        }
    }
}
