using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

public enum TriviaKind
{
    Whitespace,
    NewLine,
    Comment,

    /// <summary>`// codingdsl-disable-line …` or `// codingdsl-disable-next-line …`: a comment that silences diagnostics.</summary>
    SuppressionComment,
}

/// <summary>Text between tokens that carries no meaning to the parser: whitespace, one line break, or a comment.</summary>
public readonly record struct SyntaxTrivia(TriviaKind Kind, TextSpan Span)
{
    public bool IsComment => Kind is TriviaKind.Comment or TriviaKind.SuppressionComment;
}
