using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Formatter;

/// <summary>Lists the layout units of a parsed document in order, and which unit owns each token.</summary>
internal static class LayoutUnits
{
    public static List<LayoutUnit> Collect(CompilationUnit root, IReadOnlyList<LayoutToken> tokens)
    {
        var units = new List<LayoutUnit>();
        AddAll(root.Declarations, root.DeclarationOffsets, 0, 0, tokens, units);
        for (var i = 1; i < units.Count; i++)
        {
            if (units[i].End <= units[i - 1].End)
            {
                throw new LayoutException("the syntax tree's statements are not in document order");
            }
        }
        return units;
    }

    /// <param name="offsets">Where each node's unit starts, from <paramref name="origin"/>, when the nodes are units; null when they are in the unit that starts at <paramref name="origin"/>.</param>
    private static void AddAll(IReadOnlyList<SyntaxNode> nodes, IReadOnlyList<int>? offsets, int origin, int depth, IReadOnlyList<LayoutToken> tokens, List<LayoutUnit> units)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var start = offsets is null ? origin : origin + offsets[i];
            switch (node)
            {
                case GuidanceDeclaration guidance:
                    AddBlock(guidance, start, guidance.Keyword, guidance.Items, guidance.ItemOffsets, guidance.CloseBrace, depth, tokens, units);
                    break;
                case SectionDeclaration section:
                    AddBlock(section, start, section.Keyword, section.Items, null, section.CloseBrace, depth, tokens, units);
                    break;
                case RuleDeclaration rule:
                    AddBlock(rule, start, rule.Keyword, rule.Clauses, null, rule.CloseBrace, depth, tokens, units);
                    break;
                default:
                    units.Add(new LayoutUnit(LayoutUnitKind.Statement, start + node.LocalSpan.End, depth, node));
                    break;
            }
        }
    }

    /// <param name="start">Where the block's unit starts in the document.</param>
    /// <param name="itemOffsets">The items' offsets from <paramref name="start"/> when they are units (a guidance's).</param>
    private static void AddBlock(
        SyntaxNode block,
        int start,
        SyntaxToken keyword,
        IReadOnlyList<SyntaxNode> items,
        IReadOnlyList<int>? itemOffsets,
        SyntaxToken? closeBrace,
        int depth,
        IReadOnlyList<LayoutToken> tokens,
        List<LayoutUnit> units)
    {
        if (closeBrace is null)
        {
            throw new LayoutException($"the '{keyword.Text}' block is not closed");
        }
        // The header's last token is its `{`: the first one after the keyword, as a header holds no other.
        var open = FirstOpenBraceFrom(tokens, start + keyword.LocalSpan.End);
        var firstItem = items.Count == 0 ? 0 : start + (itemOffsets?[0] ?? 0) + items[0].LocalSpan.Start;
        if (open is null || (items.Count > 0 && open.Span.End > firstItem))
        {
            throw new LayoutException($"the '{keyword.Text}' block has no '{{'");
        }
        units.Add(new LayoutUnit(LayoutUnitKind.BlockHeader, open.Span.End, depth, block));
        AddAll(items, itemOffsets, start, depth + 1, tokens, units);
        units.Add(new LayoutUnit(LayoutUnitKind.CloseBrace, start + closeBrace.LocalSpan.End, depth, block));
    }

    private static LayoutToken? FirstOpenBraceFrom(IReadOnlyList<LayoutToken> tokens, int offset)
    {
        var low = 0;
        var high = tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].Span.Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        for (var i = low; i < tokens.Count; i++)
        {
            if (tokens[i].IsSymbol('{'))
            {
                return tokens[i];
            }
        }
        return null;
    }

    /// <summary>
    /// The unit owning each token (-1 for comments). Every token must fall inside one unit; one that
    /// does not means the tree and the text disagree, and the document is left alone.
    /// </summary>
    public static int[] AssignOwners(IReadOnlyList<LayoutToken> tokens, IReadOnlyList<LayoutUnit> units)
    {
        var owners = new int[tokens.Count];
        var owned = new int[units.Count];
        var k = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsComment)
            {
                owners[i] = -1;
                continue;
            }
            while (k < units.Count && units[k].End <= token.Span.Start)
            {
                k++;
            }
            if (k == units.Count || token.Span.End > units[k].End)
            {
                throw new LayoutException($"the text '{token.Text}' at offset {token.Span.Start} belongs to no statement");
            }
            owners[i] = k;
            owned[k]++;
        }
        if (Array.IndexOf(owned, 0) is var empty and >= 0)
        {
            throw new LayoutException($"a statement ending at offset {units[empty].End} has no text");
        }
        return owners;
    }
}
