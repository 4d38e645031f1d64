using CodingDsl.Language.Syntax;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.WorkspaceSymbols;

/// <summary>Guidance ids (and rules and sets) across every file of the workspace, matched by the query's letters in order.</summary>
public sealed class WorkspaceSymbolHandler : LspHandler<WorkspaceSymbolParams>
{
    public const int MaxResults = 500;

    private readonly ServerServices services;

    public WorkspaceSymbolHandler(ServerServices services)
        : base(LspMethods.WorkspaceSymbol)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.WorkspaceSymbolProvider = true;

    protected override async Task<object?> HandleAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken)
    {
        var workspace = await services.Analysis.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        var query = parameters.Query ?? string.Empty;
        var symbols = new List<(int Rank, SymbolInformation Symbol)>();
        foreach (var document in workspace.Documents)
        {
            if (document.Analysis.Tree is not { } tree)
            {
                continue;
            }
            foreach (var declaration in tree.Root.Declarations)
            {
                var (name, container, kind, span) = declaration switch
                {
                    GuidanceDeclaration g => (g.Id.Text, g.Title?.Value, SymbolKind.Namespace, g.Id.Span),
                    RuleDeclaration r => (r.Name.Text, r.Title?.Value, SymbolKind.Function, r.Name.Span),
                    SetDeclaration s => (s.Name.Text, (string?)null, SymbolKind.Array, s.Name.Span),
                    _ => (string.Empty, null, SymbolKind.File, default),
                };
                if (name.Length > 0 && Rank(name, query) is { } rank)
                {
                    symbols.Add((rank, new SymbolInformation(name, kind, new Location(document.Source.Uri, LspConvert.ToRange(tree.Text, span)), container)));
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        return symbols.OrderBy(s => s.Rank).ThenBy(s => s.Symbol.Name, StringComparer.Ordinal).Take(MaxResults).Select(s => s.Symbol).ToArray();
    }

    /// <summary>0 for a prefix match, 1 for a substring, 2 for the letters in order; null for no match. Case-insensitive.</summary>
    public static int? Rank(string name, string query)
    {
        if (query.Length == 0 || name.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        if (name.Contains(query, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }
        var at = 0;
        foreach (var c in name)
        {
            if (at < query.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(query[at]))
            {
                at++;
            }
        }
        if (at < query.Length)
        {
            return null;
        }
        return 2;
    }
}
