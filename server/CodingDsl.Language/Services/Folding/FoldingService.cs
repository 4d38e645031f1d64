using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Services;

public enum FoldingKind
{
    /// <summary>A block: guidance, section, rule.</summary>
    Region,
    Comment,

    /// <summary>A run of `note` statements.</summary>
    Notes,
}

/// <summary>Lines to fold, 0-based. <see cref="EndLine"/> is the last hidden line: a block's closing brace stays visible.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, FoldingKind Kind);

/// <summary>Folding for blocks (guidance, procedure/diagnosis sections, rules), runs of whole-line comments and runs of notes.</summary>
public static class FoldingService
{
    public static IReadOnlyList<FoldingRange> GetFoldingRanges(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var text = tree.Text;
        var blocks = new BlockFinder(text);
        blocks.Visit(tree.Root);
        var ranges = blocks.Ranges;
        Comments(tree, ranges);
        return ranges.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine).ToArray();
    }

    /// <summary>Guidance, sections and rules fold as blocks; runs of notes in guidance and sections fold too.</summary>
    private sealed class BlockFinder(SourceText text) : SyntaxWalker
    {
        public List<FoldingRange> Ranges { get; } = [];

        protected internal override void VisitGuidanceDeclaration(GuidanceDeclaration node)
        {
            Block(text, SpanOf(node.Keyword).Start, node.CloseBrace is { } close ? SpanOf(close) : null, SpanOf(node).End, Ranges);
            Notes(text, node.Items, i => node.ItemSpan(i).Shift(UnitStart), Ranges);
            base.VisitGuidanceDeclaration(node);
        }

        protected internal override void VisitSectionDeclaration(SectionDeclaration node)
        {
            Block(text, SpanOf(node.Keyword).Start, node.CloseBrace is { } close ? SpanOf(close) : null, SpanOf(node).End, Ranges);
            Notes(text, node.Items, i => SpanOf(node.Items[i]), Ranges);
        }

        protected internal override void VisitRuleDeclaration(RuleDeclaration node) =>
            Block(text, SpanOf(node.Keyword).Start, node.CloseBrace is { } close ? SpanOf(close) : null, SpanOf(node).End, Ranges);
    }

    private static void Block(SourceText text, int start, TextSpan? close, int end, List<FoldingRange> ranges)
    {
        var first = text.GetPosition(start).Line;
        // Keep the closing brace visible; an unclosed block folds to its last line.
        var last = close is not null ? text.GetPosition(close.Value.Start).Line - 1 : text.GetPosition(Math.Max(start, end - 1)).Line;
        if (last > first)
        {
            ranges.Add(new FoldingRange(first, last, FoldingKind.Region));
        }
    }

    /// <param name="spanOf">The document span of item i.</param>
    private static void Notes(SourceText text, IReadOnlyList<SyntaxNode> items, Func<int, TextSpan> spanOf, List<FoldingRange> ranges)
    {
        var run = new List<TextSpan>();
        for (var i = 0; i <= items.Count; i++)
        {
            if (i < items.Count && items[i] is NoteStatement)
            {
                run.Add(spanOf(i));
                continue;
            }
            if (run.Count >= 2)
            {
                var first = text.GetPosition(run[0].Start).Line;
                var last = text.GetPosition(run[^1].End).Line;
                if (last > first)
                {
                    ranges.Add(new FoldingRange(first, last, FoldingKind.Notes));
                }
            }
            run.Clear();
        }
    }

    /// <summary>Two or more consecutive lines holding only a comment.</summary>
    private static void Comments(SyntaxTree tree, List<FoldingRange> ranges)
    {
        var text = tree.Text;
        int start = -1, previous = -2;
        foreach (var comment in tree.Root.DocumentComments())
        {
            var line = text.GetPosition(comment.Span.Start).Line;
            var wholeLine = text.GetLineText(line).TrimStart().StartsWith("//", StringComparison.Ordinal);
            if (!wholeLine)
            {
                continue;
            }
            if (line != previous + 1)
            {
                Flush(start, previous, ranges);
                start = line;
            }
            previous = line;
        }
        Flush(start, previous, ranges);
    }

    private static void Flush(int start, int end, List<FoldingRange> ranges)
    {
        if (start >= 0 && end > start)
        {
            ranges.Add(new FoldingRange(start, end, FoldingKind.Comment));
        }
    }
}
