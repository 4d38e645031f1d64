using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Navigation;

namespace CodingDsl.LanguageServer.Features.SemanticTokens;

/// <summary>Encodes the tree's tokens (and comments) in the LSP relative format, optionally only those in a span.</summary>
public static class SemanticTokensBuilder
{
    public static int[] Build(SyntaxTree tree, TextSpan? within = null)
    {
        var text = tree.Text;
        var entries = new List<(TextSpan Span, int Type, int Modifiers)>();
        foreach (var token in SyntaxWalk.Tokens(tree.Root))
        {
            var (type, modifiers) = SemanticTokenLegend.For(token.Role, token.Token.Text, token.Owner is RuleDeclaration);
            entries.Add((token.Token.Span, type, modifiers));
        }
        foreach (var comment in tree.Root.Comments)
        {
            entries.Add((comment.Span, SemanticTokenLegend.Type("comment"), 0));
        }

        var data = new List<int>(entries.Count * 5);
        var previousLine = 0;
        var previousStart = 0;
        var lastEnd = -1;
        foreach (var (span, type, modifiers) in entries.OrderBy(e => e.Span.Start))
        {
            if (span.Start < lastEnd || (within is { } range && !span.OverlapsWith(range) && !(span.Length == 0 && range.Contains(span.Start))))
            {
                continue; // overlapping tokens are not allowed; keep the first
            }
            var start = text.GetPosition(span.Start);
            var end = text.GetPosition(span.End);
            if (end.Line != start.Line)
            {
                continue; // tokens are single-line in this language; anything else is a recovered error
            }
            data.Add(start.Line - previousLine);
            data.Add(start.Line == previousLine ? start.Character - previousStart : start.Character);
            data.Add(span.Length);
            data.Add(type);
            data.Add(modifiers);
            previousLine = start.Line;
            previousStart = start.Character;
            lastEnd = span.End;
        }
        return data.ToArray();
    }
}
