using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// A woven token where it stands in the document: its unit's start, and its full span with the trivia
/// between units given to it (<see cref="SyntaxTree.FullTokens"/>).
/// </summary>
public readonly record struct DocumentToken(WovenToken Token, int UnitStart, TextSpan FullSpan)
{
    public TextSpan Span => Token.LocalSpan.Shift(UnitStart);

    public WovenTokenKind Kind => Token.Kind;

    public string Text => Token.Text;

    public TextSpan LeadingTrivia => TextSpan.FromBounds(FullSpan.Start, Span.Start);

    public TextSpan TrailingTrivia => TextSpan.FromBounds(Span.End, FullSpan.End);
}
