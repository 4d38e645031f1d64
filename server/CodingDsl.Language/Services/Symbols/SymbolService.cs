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
        foreach (var code in model?.Guidances.SelectMany(g => g.Sections).SelectMany(s => s.Requirements).SelectMany(r => r.Codes) ?? [])
        {
            titles.TryAdd(code.Syntax.Pattern.Value.Span, code.Title);
        }
        var symbols = new List<DocumentSymbol>();
        foreach (var declaration in tree.Root.Declarations)
        {
            switch (declaration)
            {
                case GuidanceDeclaration g:
                    var sections = g.Items.OfType<SectionDeclaration>().Select(s => Section(s, titles)).ToArray();
                    symbols.Add(new DocumentSymbol(g.Id.Text.Length > 0 ? g.Id.Text : "guidance", g.Title?.Value, SymbolKind.Guidance, g.Span, Selection(g.Id, g.Keyword), sections));
                    break;
                case RuleDeclaration r when r.Name.Text.Length > 0:
                    symbols.Add(new DocumentSymbol(r.Name.Text, r.Title?.Value, SymbolKind.Rule, r.Span, r.Name.Span, []));
                    break;
                case SetDeclaration s:
                    symbols.Add(new DocumentSymbol(s.Name.Text, $"{s.SystemKeyword.Text} {string.Join(", ", s.Items.Select(i => i.Value.Text))}", SymbolKind.Set, s.Span, s.Name.Span, []));
                    break;
                case UseDeclaration u when u.Path is not null:
                    symbols.Add(new DocumentSymbol(u.Path.Value, null, SymbolKind.Use, u.Span, u.Path.Span, []));
                    break;
            }
        }
        return symbols;
    }

    private static DocumentSymbol Section(SectionDeclaration section, IReadOnlyDictionary<TextSpan, string?> titles)
    {
        var children = new List<DocumentSymbol>();
        foreach (var item in section.Items)
        {
            switch (item)
            {
                case RequirementStatement r:
                    foreach (var code in Codes(r))
                    {
                        var title = titles.GetValueOrDefault(code.Pattern.Value.Span) ?? code.Title?.Value;
                        var codeName = (code.Pattern.ChapterKeyword is null ? string.Empty : "chapter ") + code.Pattern.Value.Text;
                        children.Add(new DocumentSymbol(codeName, title, SymbolKind.Code, code.Span, code.Pattern.Value.Span, []));
                    }
                    break;
                case SnomedStatement s:
                    var id = s.Id ?? s.Pending;
                    if (id is not null)
                    {
                        children.Add(new DocumentSymbol($"snomed {id.Text}", s.Term?.Value, SymbolKind.Snomed, s.Span, id.Span, []));
                    }
                    break;
            }
        }
        var name = section.VariantName is null ? section.Keyword.Text : $"{section.Keyword.Text} \"{section.VariantName.Value}\"";
        return new DocumentSymbol(name, section.VariantName?.Value, SymbolKind.Section, section.Span, section.VariantName?.Span ?? section.Keyword.Span, children);
    }

    private static IEnumerable<CodeReference> Codes(RequirementStatement requirement)
    {
        foreach (var code in Flatten(requirement.Expression))
        {
            yield return code;
        }
        foreach (var modifier in requirement.Modifiers.OfType<DefaultModifier>())
        {
            yield return modifier.Code;
        }
    }

    private static IEnumerable<CodeReference> Flatten(CodeExpression expression) => expression switch
    {
        CodeReference r => [r],
        AlternativeExpression a => a.Alternatives.SelectMany(Flatten),
        CombinationExpression c => c.Parts.SelectMany(Flatten),
        ParenthesizedExpression p => Flatten(p.Inner),
        _ => [],
    };

    private static TextSpan Selection(SyntaxToken name, SyntaxToken fallback) => name.Span.Length > 0 ? name.Span : fallback.Span;

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
            foreach (var declaration in tree.Root.Declarations)
            {
                var (name, detail, kind, span, also) = declaration switch
                {
                    GuidanceDeclaration g when g.Id.Text.Length > 0 => (g.Id.Text, g.Title?.Value, SymbolKind.Guidance, g.Id.Span, g.Title?.Value),
                    RuleDeclaration r when r.Name.Text.Length > 0 => (r.Name.Text, r.Title?.Value, SymbolKind.Rule, r.Name.Span, null),
                    SetDeclaration s when s.Name.Text.Length > 0 => (s.Name.Text, (string?)null, SymbolKind.Set, s.Name.Span, (string?)null),
                    _ => (null!, null, SymbolKind.Use, default, null),
                };
                if (name is null || Rank(query, name, also) is not { } rank)
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
