using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Formatter;

/// <summary>
/// Formats a `.coding` document into the canonical layout (docs/formatting.md). Only whitespace
/// between tokens and comments changes: every word, string, symbol and comment is written back
/// exactly as it was, in the same order, so formatting cannot change meaning. A document with syntax
/// errors is left alone (half-typed text is never rearranged), and every result is re-parsed and
/// compared token by token before it is returned.
/// </summary>
public static class DocumentFormatter
{
    public static FormattingResult Format(string text, FormattingOptions? options = null) =>
        Format(SyntaxTree.Parse(text), options);

    /// <summary>The whole document: the canonical text and the minimal edits that produce it.</summary>
    public static FormattingResult Format(SyntaxTree tree, FormattingOptions? options = null) =>
        Run(tree, options ?? FormattingOptions.Default, range: null);

    /// <summary>
    /// Only the edits that lie within the lines of <paramref name="range"/> (an end at character 0 of
    /// a later line does not include that line, as editors send a selection of whole lines).
    /// </summary>
    public static FormattingResult FormatRange(SyntaxTree tree, LineRange range, FormattingOptions? options = null) =>
        Run(tree, options ?? FormattingOptions.Default, range);

    private static FormattingResult Run(SyntaxTree tree, FormattingOptions options, LineRange? range)
    {
        var text = tree.Text.Text;
        if (tree.Diagnostics.Count > 0)
        {
            return FormattingResult.NotFormatted(text, DescribeSyntaxErrors(tree));
        }
        try
        {
            var tokens = LayoutToken.Read(tree);
            CheckComments(tokens, [.. tree.Root.DocumentComments()]);
            var units = LayoutUnits.Collect(tree.Root, tokens);
            var owners = LayoutUnits.AssignOwners(tokens, units);
            var gaps = LayoutPlanner.Plan(text, tokens, units, owners, options, Lexer.DetectNewLine(text));
            var edits = GapEdits.Compute(text, tokens, gaps);
            if (GapEdits.Apply(text, edits) != Join(tokens, gaps))
            {
                throw new LayoutException("the edits do not produce the formatted text");
            }
            if (range is { } lines)
            {
                var last = lines.End.Character == 0 && lines.End.Line > lines.Start.Line ? lines.End.Line - 1 : lines.End.Line;
                edits = GapEdits.WithinLines(tree.Text, edits, lines.Start.Line, last);
            }
            var formatted = GapEdits.Apply(text, edits);
            Verify(tokens, formatted);
            return new FormattingResult(text, formatted, edits, null);
        }
        catch (LayoutException e)
        {
            return FormattingResult.NotFormatted(text, $"Not formatted: {e.Message}. The document is left unchanged; please report this as a formatter bug.");
        }
    }

    private static string Join(IReadOnlyList<LayoutToken> tokens, string[] gaps)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            builder.Append(gaps[i]).Append(tokens[i].Text);
        }
        return builder.Append(gaps[tokens.Count]).ToString();
    }

    private static string DescribeSyntaxErrors(SyntaxTree tree)
    {
        var count = tree.Diagnostics.Count;
        var first = tree.Diagnostics.MinBy(d => d.Span.Start)!;
        var line = tree.Text.GetPosition(first.Span.Start).Line + 1;
        var errors = count == 1 ? "a syntax error" : $"{count} syntax errors";
        return $"Not formatted: the document has {errors} (line {line}: {first.Message.TrimEnd('.')}). Text that does not parse is never rearranged: fix it first.";
    }

    /// <summary>The lexer must see the comments the parser saw, or the two disagree about what is text.</summary>
    private static void CheckComments(IReadOnlyList<LayoutToken> tokens, IReadOnlyList<Comment> comments)
    {
        var lexed = tokens.Where(t => t.IsComment).Select(t => t.Span.Start).ToArray();
        if (!lexed.SequenceEqual(comments.Select(c => c.Span.Start)))
        {
            throw new LayoutException("the comments found do not match the parser's");
        }
    }

    /// <summary>The safety net: the result must parse cleanly and hold the same tokens and comments in the same order.</summary>
    private static void Verify(IReadOnlyList<LayoutToken> original, string formatted)
    {
        var reparsed = SyntaxTree.Parse(formatted);
        if (reparsed.Diagnostics.Count > 0)
        {
            throw new LayoutException($"the formatted text would not parse ({reparsed.Diagnostics[0].Message.TrimEnd('.')})");
        }
        var after = LayoutToken.Read(reparsed);
        if (after.Count != original.Count)
        {
            throw new LayoutException("the formatted text would not hold the same tokens");
        }
        for (var i = 0; i < after.Count; i++)
        {
            if (after[i].Kind != original[i].Kind || after[i].Text != original[i].Text)
            {
                throw new LayoutException($"the formatted text would change '{original[i].Text}'");
            }
        }
    }
}
