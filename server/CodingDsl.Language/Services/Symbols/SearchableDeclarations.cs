using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>What workspace symbol search matches in one file: guidance ids (and titles), rule and set names, in source order. Only the top level is walked.</summary>
internal sealed class SearchableDeclarations : SyntaxWalker
{
    public List<(string Name, string? Detail, SymbolKind Kind, TextSpan Span, string? Title)> Found { get; } = [];

    protected internal override void VisitGuidanceDeclaration(GuidanceDeclaration node)
    {
        if (node.Id.Text.Length > 0)
        {
            Found.Add((node.Id.Text, node.Title?.Value, SymbolKind.Guidance, SpanOf(node.Id), node.Title?.Value));
        }
    }

    protected internal override void VisitRuleDeclaration(RuleDeclaration node)
    {
        if (node.Name.Text.Length > 0)
        {
            Found.Add((node.Name.Text, node.Title?.Value, SymbolKind.Rule, SpanOf(node.Name), null));
        }
    }

    protected internal override void VisitSetDeclaration(SetDeclaration node)
    {
        if (node.Name.Text.Length > 0)
        {
            Found.Add((node.Name.Text, null, SymbolKind.Set, SpanOf(node.Name), null));
        }
    }
}
