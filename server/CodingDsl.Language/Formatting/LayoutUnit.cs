using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Formatter;

internal enum LayoutUnitKind
{
    /// <summary>A statement or a one-line declaration (`use`, `set`): one line, plus kept continuation lines.</summary>
    Statement,

    /// <summary>A block's header up to and including its `{`.</summary>
    BlockHeader,

    /// <summary>A block's `}`.</summary>
    CloseBrace,
}

/// <summary>
/// One line-starting piece of the layout. A unit owns the tokens after the previous unit's end up to
/// its own <see cref="End"/>: ends are exact in the tree, while a start can miss a leading token
/// (`opcs (A or B)` starts its expression at the parenthesis).
/// </summary>
/// <param name="Node">The statement, or the block a header or brace belongs to.</param>
internal sealed record LayoutUnit(LayoutUnitKind Kind, int End, int Depth, SyntaxNode Node)
{
    public bool IsSectionBoundary => Node is SectionDeclaration && Kind != LayoutUnitKind.Statement;

    public bool IsTopLevel => Depth == 0;
}
