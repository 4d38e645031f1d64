using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>The parse of one document: the tree, its syntax diagnostics and the text it came from.</summary>
public sealed record SyntaxTree(SourceText Text, CompilationUnit Root, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>For each top-level declaration, how many syntax errors came before it and after it: where an edit's parse can start over.</summary>
    internal IReadOnlyList<(int Before, int After)> DeclarationErrors { get; init; } = [];

    public static SyntaxTree Parse(string text) => Parser.Parse(new SourceText(text));

    public static SyntaxTree Parse(SourceText text) => Parser.Parse(text);

    /// <summary>
    /// The parse of <paramref name="text"/>, an edit of <paramref name="previous"/>'s text: only the block
    /// around the edit is parsed again. The result is the same as <see cref="Parse(string)"/>.
    /// </summary>
    public static SyntaxTree Parse(string text, SyntaxTree? previous) => Parse(new SourceText(text), previous);

    /// <inheritdoc cref="Parse(string, SyntaxTree?)"/>
    public static SyntaxTree Parse(SourceText text, SyntaxTree? previous) =>
        previous is null ? Parse(text) : IncrementalParser.Parse(previous, text);

    /// <summary>
    /// The weave of <paramref name="unit"/> (the root, a top-level declaration or a guidance's item), which
    /// starts at <paramref name="unitStart"/>: made on first use and kept with the node, so a unit an edit
    /// did not touch is not woven again.
    /// </summary>
    public WovenUnit Weave(SyntaxNode unit, int unitStart) => SyntaxWeaver.Weave(unit, Text.Text, unitStart);

    /// <summary>
    /// Every token of the document with its trivia, in order, ending with the end-of-file token: the units
    /// are woven as they are reached. A unit's weave keeps its trivia inside the unit, so the trivia between
    /// two units is shared out here by Roslyn's rule: up to and including the line break after a unit, the
    /// trailing trivia of its last token; the rest, the leading trivia of the next token.
    /// </summary>
    public IEnumerable<DocumentToken> FullTokens()
    {
        var text = Text.Text;
        DocumentToken? previous = null;
        foreach (var token in UnitTokens(Root, 0))
        {
            var end = previous?.FullSpan.End ?? 0;
            if (token.FullSpan.Length == 0 && token.FullSpan.Start < end)
            {
                // A missing token inside the trailing trivia of the token before it: it holds no trivia.
                yield return token;
                continue;
            }
            var fullStart = token.FullSpan.Start;
            if (previous is { } before)
            {
                if (end < fullStart && !EndsWithLineBreak(text, before))
                {
                    end = Lexer.SkipTrailingTrivia(text, end, fullStart);
                    before = before with { FullSpan = TextSpan.FromBounds(before.FullSpan.Start, end) };
                }
                yield return before;
            }
            previous = token with { FullSpan = TextSpan.FromBounds(Math.Min(end, fullStart), token.FullSpan.End) };
        }
        if (previous is { } last)
        {
            yield return last;
        }
    }

    /// <summary>
    /// The trivia of <paramref name="span"/>, a token's leading or trailing trivia (<see cref="DocumentToken.LeadingTrivia"/>),
    /// each with its kind: how a service reads the comments between tokens without lexing.
    /// </summary>
    public IReadOnlyList<SyntaxTrivia> Trivia(TextSpan span) => span.Length == 0 ? [] : Lexer.ReadTrivia(Text.Text, span);

    private static bool EndsWithLineBreak(string text, DocumentToken token) =>
        token.FullSpan.End > token.Span.End && text[token.FullSpan.End - 1] is '\n' or '\r';

    private IEnumerable<DocumentToken> UnitTokens(SyntaxNode unit, int unitStart)
    {
        var woven = Weave(unit, unitStart);
        var offsets = unit.UnitOffsets;
        var index = 0;
        foreach (var element in woven.Sequence)
        {
            if (element is WovenToken token)
            {
                yield return new DocumentToken(token, unitStart, token.LocalFullSpan.Shift(unitStart));
            }
            else if (element is SyntaxNode child && offsets is not null)
            {
                foreach (var inner in UnitTokens(child, unitStart + offsets[index++]))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The document rebuilt from the tokens and their trivia: equal to the text, whatever it holds.</summary>
    public string ToFullString()
    {
        var text = Text.Text;
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var token in FullTokens())
        {
            var full = token.FullSpan;
            var span = token.Span;
            builder.Append(text, full.Start, span.Start - full.Start);
            builder.Append(token.Text);
            builder.Append(text, span.End, full.End - span.End);
        }
        return builder.ToString();
    }
}
