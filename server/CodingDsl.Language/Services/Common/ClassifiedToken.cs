using CodingDsl.Language.Classifications;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// A token of the tree with its classification and the node it belongs to (what hover and navigation ask
/// about). <see cref="Span"/> is a document span; <see cref="NodeUnitStart"/> is where the node's unit starts,
/// which the node's own spans are relative to.
/// </summary>
internal sealed record ClassifiedToken(
    TextSpan Span,
    SemanticTokenType Type,
    SemanticTokenModifiers Modifiers,
    string Text,
    SyntaxNode? Node,
    CodeSystem? System = null,
    int NodeUnitStart = 0)
{
    public SemanticToken ToSemanticToken() => new(Span, Type, Modifiers);

    /// <summary>The document span of a token, quoted text or node of <see cref="Node"/>'s unit.</summary>
    public TextSpan SpanOf(SyntaxElement element) => element.LocalSpan.Shift(NodeUnitStart);
}
