using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// Semantic highlighting: the tree's tokens as (span, type, modifiers), sorted by position and never
/// overlapping, which is what LSP's relative (delta) encoding needs; where a statement did not parse,
/// its words are classified by themselves (<see cref="UnparsedTextClassifier"/>). The legend is
/// <see cref="SemanticTokenLegend"/>.
/// </summary>
public static class SemanticTokenService
{
    /// <param name="range">Only tokens overlapping this span (LSP `semanticTokens/range`); all when null.</param>
    public static IReadOnlyList<SemanticToken> Classify(SyntaxTree tree, TextSpan? range = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var tokens = SyntaxTokenWalker.Walk(tree, range);
        var result = new List<SemanticToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (range is not { } r || token.Span.OverlapsWith(r))
            {
                result.Add(token.ToSemanticToken());
            }
        }
        if (tree.Diagnostics.Count == 0)
        {
            return result;
        }
        // Something did not parse: classify the skipped text by its words, then merge in order.
        var gaps = new List<SemanticToken>();
        UnparsedTextClassifier.AddGapTokens(tree.Text.Text, result, range, gaps);
        if (gaps.Count == 0)
        {
            return result;
        }
        result.AddRange(gaps.Where(g => range is not { } r || g.Span.OverlapsWith(r)));
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }
}
