using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// Semantic highlighting: the tree's tokens as (span, type, modifiers), sorted by position and never
/// overlapping, which is what LSP's relative (delta) encoding needs; where a statement did not parse,
/// its words are classified from the weave's skipped tokens by the same walk (<see cref="SyntaxTokenWalker"/>).
/// The legend is <see cref="SemanticTokenLegend"/>.
/// </summary>
public static class SemanticTokenService
{
    /// <param name="range">Only tokens overlapping this span (LSP `semanticTokens/range`); all when null.</param>
    public static IReadOnlyList<SemanticToken> Classify(SyntaxTree tree, TextSpan? range = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return SyntaxTokenWalker.WalkWithSkippedText(tree, range).Select(t => t.ToSemanticToken()).ToArray();
    }
}
