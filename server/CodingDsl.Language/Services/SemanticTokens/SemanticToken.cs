using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>One classified piece of source; never spans a line break.</summary>
public readonly record struct SemanticToken(TextSpan Span, SemanticTokenType Type, SemanticTokenModifiers Modifiers = SemanticTokenModifiers.None);
