using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// Semantic highlighting: the tree's tokens as (span, type, modifiers), sorted by position and never
/// overlapping, which is what LSP's relative (delta) encoding needs. The legend is <see cref="SemanticTokenLegend"/>.
/// </summary>
public static class SemanticTokenService
{
    /// <param name="range">Only tokens overlapping this span (LSP `semanticTokens/range`); all when null.</param>
    public static IReadOnlyList<SemanticToken> Classify(SyntaxTree tree, TextSpan? range = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var tokens = SyntaxTokenWalker.Walk(tree);
        var result = new List<SemanticToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (range is not { } r || token.Span.OverlapsWith(r))
            {
                result.Add(token.ToSemanticToken());
            }
        }
        return result;
    }
}
