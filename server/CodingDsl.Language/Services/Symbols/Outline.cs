using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// The outline of a document, read by walking the tree: guidance → sections → the codes and SNOMED CT
/// concepts written in them; rules, sets and uses at the top. Nothing inside a rule, set or use is shown,
/// so those are not walked into.
/// </summary>
internal sealed class Outline(IReadOnlyDictionary<TextSpan, string?> titles) : SyntaxWalker
{
    /// <summary>Where the construct being walked puts what it finds: the file's top level, a guidance's sections or a section's codes.</summary>
    private List<DocumentSymbol>? into;

    public IReadOnlyList<DocumentSymbol> Symbols { get; private set; } = [];

    protected internal override void VisitCompilationUnit(CompilationUnit node) =>
        Symbols = Within(node, SymbolKind.Guidance, SymbolKind.Rule, SymbolKind.Set, SymbolKind.Use);

    protected internal override void VisitGuidanceDeclaration(GuidanceDeclaration node)
    {
        var sections = Within(node, SymbolKind.Section);
        var id = node.Id.LocalSpan.Length > 0 ? SpanOf(node.Id) : SpanOf(node.Keyword);
        into?.Add(new DocumentSymbol(node.Id.Text.Length > 0 ? node.Id.Text : "guidance", node.Title?.Value, SymbolKind.Guidance, SpanOf(node), id, sections));
    }

    protected internal override void VisitSectionDeclaration(SectionDeclaration node)
    {
        var codes = Within(node, SymbolKind.Code, SymbolKind.Snomed);
        var name = node.VariantName is null ? node.Keyword.Text : $"{node.Keyword.Text} \"{node.VariantName.Value}\"";
        into?.Add(new DocumentSymbol(name, node.VariantName?.Value, SymbolKind.Section, SpanOf(node), node.VariantName is { } variant ? SpanOf(variant) : SpanOf(node.Keyword), codes));
    }

    /// <summary>A code of a requirement or of its `default`; codes in rules are not reached (rules are not walked into).</summary>
    protected internal override void VisitCodeReference(CodeReference node)
    {
        var title = titles.GetValueOrDefault(SpanOf(node.Pattern.Value)) ?? node.Title?.Value;
        var name = (node.Pattern.ChapterKeyword is null ? string.Empty : "chapter ") + node.Pattern.Value.Text;
        into?.Add(new DocumentSymbol(name, title, SymbolKind.Code, SpanOf(node), SpanOf(node.Pattern.Value), []));
    }

    protected internal override void VisitSnomedStatement(SnomedStatement node)
    {
        if ((node.Id ?? node.Pending) is { } id)
        {
            into?.Add(new DocumentSymbol($"snomed {id.Text}", node.Term?.Value, SymbolKind.Snomed, SpanOf(node), SpanOf(id), []));
        }
    }

    protected internal override void VisitRuleDeclaration(RuleDeclaration node)
    {
        if (node.Name.Text.Length > 0)
        {
            into?.Add(new DocumentSymbol(node.Name.Text, node.Title?.Value, SymbolKind.Rule, SpanOf(node), SpanOf(node.Name), []));
        }
    }

    protected internal override void VisitSetDeclaration(SetDeclaration node) =>
        into?.Add(new DocumentSymbol(node.Name.Text, $"{node.SystemKeyword.Text} {string.Join(", ", node.Items.Select(i => i.Value.Text))}", SymbolKind.Set, SpanOf(node), SpanOf(node.Name), []));

    protected internal override void VisitUseDeclaration(UseDeclaration node)
    {
        if (node.Path is not null)
        {
            into?.Add(new DocumentSymbol(node.Path.Value, null, SymbolKind.Use, SpanOf(node), SpanOf(node.Path), []));
        }
    }

    /// <summary>
    /// Walks a block's contents into a list of its own, keeping the kinds the block lists (the file its
    /// guidances, rules, sets and uses; a guidance its sections; a section its codes): anything else a
    /// parse in progress leaves in it is not shown there.
    /// </summary>
    private List<DocumentSymbol> Within(SyntaxNode block, params SymbolKind[] kinds)
    {
        var saved = into;
        var found = new List<DocumentSymbol>();
        into = found;
        DefaultVisit(block);
        into = saved;
        return found.Where(s => kinds.Contains(s.Kind)).ToList();
    }
}
