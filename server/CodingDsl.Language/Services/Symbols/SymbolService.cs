using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Language.Services;

/// <summary>
/// The outline of a document (guidance → sections, variants by name → codes; rules; sets; uses) and
/// symbol search across the workspace (guidance ids and titles, rules, sets).
/// </summary>
public static class SymbolService
{
    public const int DefaultMaxWorkspaceSymbols = 200;

    public static IReadOnlyList<DocumentSymbol> GetDocumentSymbols(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Tree is { } tree ? GetDocumentSymbols(tree, analysis.Model) : [];
    }

    /// <param name="model">When given, codes show their official titles where the written one is missing.</param>
    public static IReadOnlyList<DocumentSymbol> GetDocumentSymbols(SyntaxTree tree, SemanticModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var titles = new Dictionary<TextSpan, string?>();
        foreach (var guidance in model?.Guidances ?? [])
        {
            for (var i = 0; i < guidance.Sections.Count; i++)
            {
                foreach (var code in guidance.Sections[i].Requirements.SelectMany(r => r.Codes))
                {
                    titles.TryAdd(code.Syntax.Pattern.Value.LocalSpan.Shift(guidance.SectionStarts[i]), code.Title);
                }
            }
        }
        var outline = new Outline(titles);
        outline.Visit(tree.Root);
        return outline.Symbols;
    }

    /// <summary>
    /// Guidances (matched on id or title), rules and sets (on name) across the workspace's documents,
    /// case-insensitively; names that start with the query first. An empty query lists everything (bounded).
    /// </summary>
    public static IReadOnlyList<WorkspaceSymbol> GetWorkspaceSymbols(CodingWorkspace workspace, string query, int maxResults = DefaultMaxWorkspaceSymbols)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        query = query?.Trim() ?? string.Empty;
        var found = new List<(int Rank, WorkspaceSymbol Symbol)>();
        foreach (var path in workspace.Paths.Order(StringComparer.Ordinal))
        {
            if (workspace.GetTree(path) is not { } tree)
            {
                continue;
            }
            var declarations = new SearchableDeclarations();
            declarations.Visit(tree.Root);
            foreach (var (name, detail, kind, span, also) in declarations.Found)
            {
                if (Rank(query, name, also) is not { } rank)
                {
                    continue;
                }
                found.Add((rank, new WorkspaceSymbol(name, detail, kind, new SourceLocation(path, span, tree.Text.GetRange(span)))));
            }
        }
        return found.OrderBy(f => f.Rank).Take(maxResults).Select(f => f.Symbol).ToArray();
    }

    /// <summary>0 for a name starting with the query, 1 for a name containing it, 2 for a title containing it; null for no match.</summary>
    private static int? Rank(string query, string name, string? title)
    {
        if (query.Length == 0 || name.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        if (name.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        return title is not null && title.Contains(query, StringComparison.OrdinalIgnoreCase) ? 2 : null;
    }
}
