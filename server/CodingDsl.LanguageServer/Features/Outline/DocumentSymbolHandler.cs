using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Outline;

/// <summary>The outline: guidance → sections and variants → codes; rules, sets and `use`s.</summary>
public sealed class DocumentSymbolHandler : LspHandler<DocumentSymbolParams>
{
    private readonly ServerServices services;

    public DocumentSymbolHandler(ServerServices services)
        : base(LspMethods.DocumentSymbol)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.DocumentSymbolProvider = true;

    protected override async Task<object?> HandleAsync(DocumentSymbolParams parameters, CancellationToken cancellationToken)
    {
        var document = await services.Analysis.GetAnalyzedAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document?.Analysis.Tree is not { } tree)
        {
            return Array.Empty<DocumentSymbol>();
        }
        return tree.Root.Declarations.Select(d => Declaration(tree.Text, d)).OfType<DocumentSymbol>().ToArray();
    }

    private static DocumentSymbol? Declaration(SourceText text, SyntaxNode node) => node switch
    {
        GuidanceDeclaration guidance => Symbol(text, guidance.Id.Text, guidance.Title?.Value, SymbolKind.Namespace, guidance.Span, guidance.Id.Span,
            guidance.Items.OfType<SectionDeclaration>().Select(s => Section(text, s)).ToArray()),
        RuleDeclaration rule => Symbol(text, rule.Name.Text, rule.Title?.Value, SymbolKind.Function, rule.Span, rule.Name.Span, null),
        SetDeclaration set => Symbol(text, set.Name.Text, set.SystemKeyword.Text, SymbolKind.Array, set.Span, set.Name.Span, null),
        UseDeclaration { Path: { } path } use => Symbol(text, path.Value, "use", SymbolKind.File, use.Span, path.Span, null),
        _ => null,
    };

    private static DocumentSymbol Section(SourceText text, SectionDeclaration section)
    {
        var name = section.VariantName is { } variant ? $"{section.Keyword.Text} \"{variant.Value}\"" : section.Keyword.Text;
        var children = new List<DocumentSymbol>();
        foreach (var item in section.Items)
        {
            switch (item)
            {
                case RequirementStatement requirement:
                    foreach (var code in Codes(requirement.Expression))
                    {
                        children.Add(Symbol(text, code.Pattern.Value.Text, code.Title?.Value, SymbolKind.Constant, code.Span, code.Pattern.Span, null));
                    }
                    break;
                case SnomedStatement { Id: { } id } snomed:
                    children.Add(Symbol(text, $"SNOMED CT {id.Text}", snomed.Term?.Value, SymbolKind.Constant, snomed.Span, id.Span, null));
                    break;
            }
        }
        return Symbol(text, name, null, SymbolKind.Struct, section.Span, section.Keyword.Span, children);
    }

    private static IEnumerable<CodeReference> Codes(CodeExpression expression) => expression switch
    {
        CodeReference reference => [reference],
        AlternativeExpression alternative => alternative.Alternatives.SelectMany(Codes),
        CombinationExpression combination => combination.Parts.SelectMany(Codes),
        ParenthesizedExpression parenthesized => Codes(parenthesized.Inner),
        _ => [],
    };

    private static DocumentSymbol Symbol(SourceText text, string name, string? detail, SymbolKind kind, TextSpan span, TextSpan selection, IReadOnlyList<DocumentSymbol>? children) =>
        new(name.Length == 0 ? "(unnamed)" : name, detail, kind, LspConvert.ToRange(text, span), LspConvert.ToRange(text, selection), children);
}
