using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Navigation;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Folding;

/// <summary>Folds guidance, section and rule blocks, statements over several lines, and runs of comment lines.</summary>
public sealed class FoldingRangeHandler : LspHandler<FoldingRangeParams>
{
    private readonly ServerServices services;

    public FoldingRangeHandler(ServerServices services)
        : base(LspMethods.FoldingRange)
    {
        this.services = services;
    }

    public override void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.FoldingRangeProvider = true;

    protected override async Task<object?> HandleAsync(FoldingRangeParams parameters, CancellationToken cancellationToken)
    {
        var document = await services.Analysis.GetAnalyzedAsync(parameters.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (document?.Analysis.Tree is not { } tree)
        {
            return Array.Empty<FoldingRange>();
        }
        var text = tree.Text;
        var ranges = new List<FoldingRange>();
        foreach (var node in SyntaxWalk.Nodes(tree.Root))
        {
            switch (node)
            {
                case GuidanceDeclaration or SectionDeclaration or RuleDeclaration:
                    // Up to the line before the closing brace, so the brace stays visible.
                    AddLines(ranges, text, node.Span, closingBraceVisible: true);
                    break;
                case RequirementStatement or SetDeclaration:
                    AddLines(ranges, text, node.Span, closingBraceVisible: false);
                    break;
            }
        }
        ranges.AddRange(CommentRuns(text, tree.Root.Comments));
        return ranges.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine).ToArray();
    }

    private static void AddLines(List<FoldingRange> ranges, SourceText text, TextSpan span, bool closingBraceVisible)
    {
        var start = text.GetPosition(span.Start).Line;
        var end = text.GetPosition(span.End).Line;
        if (closingBraceVisible && text.GetLineText(end).TrimStart().StartsWith('}'))
        {
            end--;
        }
        if (end > start)
        {
            ranges.Add(new FoldingRange(start, end));
        }
    }

    /// <summary>Two or more consecutive lines holding only a comment.</summary>
    private static IEnumerable<FoldingRange> CommentRuns(SourceText text, IReadOnlyList<Comment> comments)
    {
        var lines = comments
            .Where(c => text.GetLineText(text.GetPosition(c.Span.Start).Line).TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(c => text.GetPosition(c.Span.Start).Line)
            .Distinct()
            .Order()
            .ToArray();
        var runStart = 0;
        for (var i = 1; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i] != lines[i - 1] + 1)
            {
                if (i - 1 > runStart)
                {
                    yield return new FoldingRange(lines[runStart], lines[i - 1], FoldingRangeKind.Comment);
                }
                runStart = i;
            }
        }
    }
}
