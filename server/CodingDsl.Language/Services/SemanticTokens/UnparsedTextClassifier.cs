using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

/// <summary>
/// Classifies text the parser skipped (a statement being typed, one that failed) by the lexer's tokens alone:
/// strings, keywords, facts, and code-like words after `opcs`/`icd10` on the same line. Only the gaps
/// between the tree's tokens are read, and in a file that parses they hold nothing but punctuation.
/// </summary>
internal static class UnparsedTextClassifier
{
    public static void AddGapTokens(string text, IReadOnlyList<SemanticToken> treeTokens, TextSpan? range, List<SemanticToken> into)
    {
        var start = range?.Start ?? 0;
        var end = range?.End ?? text.Length;
        var position = start;
        foreach (var token in treeTokens.Append(new SemanticToken(new TextSpan(end, 0), SemanticTokenType.Comment)))
        {
            var gapEnd = Math.Min(token.Span.Start, end);
            if (gapEnd > position && HasWordOrString(text, position, gapEnd))
            {
                Classify(text, position, gapEnd, into);
            }
            position = Math.Max(position, token.Span.End);
        }
    }

    private static bool HasWordOrString(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == '"' || Lexer.IsWordStart(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static void Classify(string text, int start, int end, List<SemanticToken> into)
    {
        string? system = null;
        var systemLine = -1;
        var line = 0; // relative to the gap: enough to tell whether two words share a line
        foreach (var token in Lexer.Tokens(text, start, end))
        {
            line += token.LeadingTrivia.Count(t => t.Kind == TriviaKind.NewLine);
            if (token.Kind == TokenKind.String)
            {
                into.Add(new SemanticToken(token.Span, SemanticTokenType.String));
            }
            else if (token.Kind == TokenKind.Word && Keywords.Facts.Contains(token.Text))
            {
                into.Add(new SemanticToken(token.Span, SemanticTokenType.Fact));
            }
            else if (token.Kind == TokenKind.Word && token.Text is "or" or "and" or "not")
            {
                into.Add(new SemanticToken(token.Span, SemanticTokenType.Operator));
            }
            else if (token.Kind == TokenKind.Word && Keywords.IsReserved(token.Text))
            {
                into.Add(new SemanticToken(token.Span, SemanticTokenType.Keyword));
                if (token.Text is "opcs" or "icd10")
                {
                    (system, systemLine) = (token.Text, line);
                }
            }
            else if (token.Kind == TokenKind.Word && system is not null && systemLine == line && CompletionContextFinder.LooksLikeCode(token.Text))
            {
                into.Add(new SemanticToken(token.Span, system == "icd10" ? SemanticTokenType.Icd10Code : SemanticTokenType.OpcsCode));
            }
            line += token.TrailingTrivia.Count(t => t.Kind == TriviaKind.NewLine);
        }
    }
}
