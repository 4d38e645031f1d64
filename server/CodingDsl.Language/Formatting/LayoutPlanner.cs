using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Formatter;

/// <summary>
/// Decides the whitespace before every token and comment (and after the last), which is all the
/// formatter ever changes. The rules are those of docs/formatting.md:
/// <list type="bullet">
/// <item>each statement, block header and `}` starts its own line, indented by its depth;</item>
/// <item>inside a statement, tokens are joined by one space (none after `(`, before `)` or `,`), but a
/// line break the author put before `or`, `and`, a modifier or after a `,` is kept, the continuation
/// line indented one level deeper than the statement; a comment always ends its line;</item>
/// <item>exactly one blank line between top-level declarations (consecutive `use` or `set` lines keep
/// the author's choice) and after each section (between sections); none after `{` or before `}`;
/// elsewhere at most one, where the author left one.</item>
/// </list>
/// </summary>
internal static class LayoutPlanner
{
    /// <summary>The new whitespace before each token (index i) and after the last one (index Count).</summary>
    public static string[] Plan(
        string text,
        IReadOnlyList<LayoutToken> tokens,
        IReadOnlyList<LayoutUnit> units,
        int[] owners,
        FormattingOptions options,
        string newLine)
    {
        var gaps = new string[tokens.Count + 1];
        var nextToken = NextTokenIndexes(tokens);
        var previousToken = -1;
        // Set after a token: the next line-starting element at statement level is the boundary
        // between two units, where the structural blank-line rules apply.
        var atBoundary = false;
        // Where the output line has got to, in columns (tabs to the next tab stop).
        var column = 0;

        string Line(int blankLines, int depth) =>
            string.Concat(Enumerable.Repeat(newLine, 1 + blankLines)) + options.Indent(depth);

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var gapStart = i == 0 ? 0 : tokens[i - 1].Span.End;
            var sourceBreaks = Lexer.CountLineBreaks(text, gapStart, token.Span.Start);
            var keptBlank = Math.Clamp(sourceBreaks - 1, 0, 1);

            if (i == 0)
            {
                gaps[i] = string.Empty;
            }
            else if (token.IsComment && sourceBreaks == 0)
            {
                // The author's column, when the code before it still ends short of it: aligned
                // comments stay aligned. Otherwise one space.
                var wanted = Column(text, LineStart(text, token.Span.Start), token.Span.Start, 0, options.TabWidth);
                gaps[i] = new string(' ', Math.Max(1, wanted - column));
            }
            else if (token.IsComment)
            {
                var next = nextToken[i] >= 0 ? units[owners[nextToken[i]]] : null;
                var inside = previousToken >= 0 && nextToken[i] >= 0 && owners[previousToken] == owners[nextToken[i]];
                if (inside)
                {
                    gaps[i] = Line(0, next!.Depth + 1);
                }
                else
                {
                    var depth = next is null ? 0 : next.Kind == LayoutUnitKind.CloseBrace ? next.Depth + 1 : next.Depth;
                    var blank = atBoundary ? Forced(units[owners[previousToken]], next) ?? keptBlank : keptBlank;
                    gaps[i] = Line(blank, depth);
                }
            }
            else
            {
                var unit = units[owners[i]];
                var startsUnit = previousToken < 0 || owners[previousToken] != owners[i];
                if (startsUnit)
                {
                    var blank = unit.Kind == LayoutUnitKind.CloseBrace ? 0
                        : atBoundary ? Forced(units[owners[previousToken]], unit) ?? keptBlank
                        : keptBlank;
                    gaps[i] = Line(blank, unit.Depth);
                }
                else if (tokens[i - 1].IsComment || (sourceBreaks > 0 && KeepsLineBreak(tokens[previousToken], token)))
                {
                    gaps[i] = Line(0, unit.Depth + 1);
                }
                else
                {
                    gaps[i] = Spacing(tokens[previousToken], token);
                }
            }

            column = Advance(column, gaps[i], options);
            column = Column(token.Text, 0, token.Text.Length, column, options.TabWidth);

            if (!token.IsComment)
            {
                previousToken = i;
                atBoundary = true;
            }
            else if (sourceBreaks > 0 || i == 0)
            {
                atBoundary = false;
            }
        }
        gaps[tokens.Count] = tokens.Count == 0 ? string.Empty : newLine;
        return gaps;
    }

    /// <summary>The blank lines the structure demands between two units, or null to keep the author's.</summary>
    private static int? Forced(LayoutUnit previous, LayoutUnit? next)
    {
        if (previous.Kind == LayoutUnitKind.BlockHeader)
        {
            return 0;
        }
        if (next is null || next.Kind == LayoutUnitKind.CloseBrace)
        {
            return null;
        }
        if (previous.IsTopLevel && next.IsTopLevel)
        {
            var sameOneLiners = previous.Kind == LayoutUnitKind.Statement && next.Kind == LayoutUnitKind.Statement
                && previous.Node.GetType() == next.Node.GetType();
            return sameOneLiners ? null : 1;
        }
        // After a section's `}` (a header was handled above), the next item of the guidance stands apart.
        return previous.IsSectionBoundary ? 1 : null;
    }

    /// <summary>Author's line breaks kept inside a statement: before `or`, `and`, a modifier; after a comma.</summary>
    private static bool KeepsLineBreak(LayoutToken previous, LayoutToken token) =>
        (token.Kind == LayoutTokenKind.Word && Keywords.ContinuesStatement(token.Text)) || previous.IsSymbol(',');

    private static string Spacing(LayoutToken previous, LayoutToken token) =>
        previous.IsSymbol('(') || token.IsSymbol(')') || token.IsSymbol(',') ? string.Empty : " ";

    private static int Advance(int column, string gap, FormattingOptions options)
    {
        var lastBreak = gap.LastIndexOfAny(['\r', '\n']);
        return lastBreak < 0
            ? Column(gap, 0, gap.Length, column, options.TabWidth)
            : Column(gap, lastBreak + 1, gap.Length, 0, options.TabWidth);
    }

    /// <summary>The column reached after <paramref name="text"/>[start..end) written from <paramref name="column"/>.</summary>
    private static int Column(string text, int start, int end, int column, int tabWidth)
    {
        for (var i = start; i < end; i++)
        {
            column = text[i] == '\t' ? (column / tabWidth + 1) * tabWidth : column + 1;
        }
        return column;
    }

    private static int LineStart(string text, int offset)
    {
        var i = offset;
        while (i > 0 && text[i - 1] is not ('\n' or '\r'))
        {
            i--;
        }
        return i;
    }

    private static int[] NextTokenIndexes(IReadOnlyList<LayoutToken> tokens)
    {
        var next = new int[tokens.Count];
        var following = -1;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            next[i] = following;
            if (!tokens[i].IsComment)
            {
                following = i;
            }
        }
        return next;
    }
}
