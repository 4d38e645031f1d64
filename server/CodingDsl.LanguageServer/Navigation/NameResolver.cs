using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Analysis;

namespace CodingDsl.LanguageServer.Navigation;

/// <summary>A declaration a name resolves to: the document and the declared name's span.</summary>
public sealed record NameDeclaration(AnalyzedDocument Document, NameOccurrence Occurrence);

/// <summary>
/// Resolves set and rule names the way the language scopes them: the document's own declarations
/// first, then those of the files it `use`s (and they use), in order. Names from the built-in
/// standard library have no declaration in the workspace.
/// </summary>
public static class NameResolver
{
    public static NameDeclaration? Resolve(WorkspaceAnalysis workspace, AnalyzedDocument from, string name, NameKind kind)
    {
        var seen = new HashSet<string>(CodingWorkspace.PathComparer);
        var queue = new Queue<AnalyzedDocument>([from]);
        while (queue.Count > 0)
        {
            var document = queue.Dequeue();
            if (!seen.Add(document.Source.Path) || document.Analysis.Tree is not { } tree)
            {
                continue;
            }
            if (NameOccurrences.In(tree).FirstOrDefault(o => o.IsDeclaration && o.Kind == kind && o.Name == name) is { } declaration)
            {
                return new NameDeclaration(document, declaration);
            }
            foreach (var use in document.Analysis.Model?.Uses ?? [])
            {
                if (workspace.Find(use.FullPath) is { } used)
                {
                    queue.Enqueue(used);
                }
            }
        }
        return null;
    }

    /// <summary>Every occurrence in the workspace that resolves to the same declaration.</summary>
    public static IEnumerable<(AnalyzedDocument Document, NameOccurrence Occurrence)> References(WorkspaceAnalysis workspace, NameDeclaration target)
    {
        foreach (var document in workspace.Documents)
        {
            if (document.Analysis.Tree is not { } tree)
            {
                continue;
            }
            foreach (var occurrence in NameOccurrences.In(tree).Where(o => o.Name == target.Occurrence.Name && o.Kind == target.Occurrence.Kind))
            {
                if (Resolve(workspace, document, occurrence.Name, occurrence.Kind) is { } resolved
                    && resolved.Document.Source.Path == target.Document.Source.Path
                    && resolved.Occurrence.Span == target.Occurrence.Span)
                {
                    yield return (document, occurrence);
                }
            }
        }
    }

    /// <summary>The `use` statement whose path string contains the offset.</summary>
    public static BoundUseAt? UseAt(AnalyzedDocument document, int offset) =>
        document.Analysis.Model?.Uses.FirstOrDefault(u => u.Syntax.Path is { } p && p.Span.ContainsInclusive(offset)) is { } use
            ? new BoundUseAt(use.Syntax, use.FullPath)
            : null;
}

public sealed record BoundUseAt(UseDeclaration Syntax, string FullPath);
