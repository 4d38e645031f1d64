using CodingDsl.Language.Classifications;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>A token of the tree with its classification and the node it belongs to (what hover and navigation ask about).</summary>
internal sealed record ClassifiedToken(
    TextSpan Span,
    SemanticTokenType Type,
    SemanticTokenModifiers Modifiers,
    string Text,
    SyntaxNode? Node,
    CodeSystem? System = null)
{
    public SemanticToken ToSemanticToken() => new(Span, Type, Modifiers);
}
