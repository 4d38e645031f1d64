using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Navigation;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Hover;

/// <summary>Hover: a code's official title, category, chapter and table; a SNOMED id's validity; a rule's text; a set's members.</summary>
public sealed class HoverHandler : LspHandler<TextDocumentPositionParams>
{
    private readonly ServerServices services;

    public HoverHandler(ServerServices services)
        : base(LspMethods.Hover)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.HoverProvider = true;

    protected override async Task<object?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var document = await services.Analysis.GetAnalyzedAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document?.Analysis is not { Tree: { } tree, Model: { } model } analysis)
        {
            return null;
        }
        var text = analysis.Text;
        var offset = text.GetOffset(new LinePosition(parameters.Position.Line, parameters.Position.Character));
        if (SyntaxWalk.TokenAt(tree.Root, offset) is not { } token)
        {
            return null;
        }
        var tables = analysis.Configuration?.Classifications ?? ClassificationSet.Bundled;
        var markdown = token.Role switch
        {
            TokenRole.OpcsCode or TokenRole.Icd10Code => CodeHover(token, model, tables, token.Role == TokenRole.OpcsCode ? CodeSystem.Opcs4 : CodeSystem.Icd10),
            TokenRole.SnomedId => HoverContent.ForSnomed(token.Token.Text, tables.Snomed),
            TokenRole.NameDeclaration or TokenRole.NameReference => NameHover(token.Token.Text, analysis.Rules, model),
            TokenRole.GuidanceId => model.Guidances.FirstOrDefault(g => g.Syntax.Id == token.Token) is { } guidance ? HoverContent.ForGuidance(guidance) : null,
            TokenRole.DiagnosticCode => DiagnosticCatalog.Find(token.Token.Text) is { } descriptor ? HoverContent.ForDiagnosticCode(descriptor) : null,
            _ => null,
        };
        return markdown is null
            ? null
            : new Protocol.Hover(new MarkupContent(MarkupKind.Markdown, markdown), LspConvert.ToRange(text, token.Token.Span));
    }

    private static string CodeHover(ClassifiedToken token, SemanticModel model, ClassificationSet tables, CodeSystem system)
    {
        // A code in a guidance was checked against its guidance's declared version; elsewhere the default table.
        foreach (var guidance in model.Guidances.Where(g => g.Syntax.Span.Contains(token.Token.Span.Start)))
        {
            var version = guidance.Versions.FirstOrDefault(v => v.System == system)?.Version;
            var table = (version is null ? null : tables.GetTable(system, version)) ?? tables.GetDefault(system);
            var bound = guidance.Sections.SelectMany(s => s.Requirements).SelectMany(r => r.Codes)
                .FirstOrDefault(c => c.Syntax.Pattern.Value == token.Token);
            if (bound is not null)
            {
                return HoverContent.ForCode(bound.Text, system, bound.Entry, table);
            }
        }
        var defaultTable = tables.GetDefault(system);
        return HoverContent.ForCode(token.Token.Text, system, Lookup(defaultTable, token.Token.Text), defaultTable);
    }

    private static ClassificationEntry? Lookup(IClassificationTable table, string written)
    {
        var key = written.TrimEnd('†', '*', '+');
        if (key.EndsWith(".-", StringComparison.Ordinal))
        {
            key = key[..^2];
        }
        return table.Find(key);
    }

    private static string? NameHover(string name, IReadOnlyList<BoundRule> rules, SemanticModel model)
    {
        if ((rules.FirstOrDefault(r => r.Name == name) ?? model.Rules.FirstOrDefault(r => r.Name == name)) is { } rule)
        {
            return HoverContent.ForRule(rule);
        }
        var set = model.Sets.FirstOrDefault(s => s.Name == name) ?? StandardRules.Sets.FirstOrDefault(s => s.Name == name);
        return set is null ? null : HoverContent.ForSet(set);
    }
}
