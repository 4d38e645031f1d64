using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Shares a document's comments out to its units (top-level declarations, a guidance's items), each
/// list relative to its unit's start, so an edit scans again only the comments of the units it touched
/// and every other unit's list is kept as the same object. Roslyn's rule, per unit: a comment on the line
/// a unit ends on is that unit's (trailing trivia); any other comment between two units is the next
/// unit's (leading trivia, so its span starts before 0); a unit's region runs from the end of the one
/// before it to the end of its own last line. What no unit's region holds is its parent's: a guidance's
/// header and tail (before its first item's region, after its last item's line), and the root's end
/// (after its last declaration's line, or every comment of a file with no declaration).
/// </summary>
/// <remarks>
/// Comments between two units are shared by region, not by the tokens between them: a comment after
/// text that error recovery skipped there still goes to the next unit. A region starts just after a line
/// break or at a token, so a scan from there reads what a scan of the whole text reads.
/// </remarks>
internal static class UnitComments
{
    /// <summary>The comments of the units of a list (the root's declarations or a guidance's items), in order.</summary>
    public static IReadOnlyList<Comment>[] All(in UnitList units)
    {
        var all = new IReadOnlyList<Comment>[units.Count];
        var regionStart = units.FirstStart;
        for (var j = 0; j < all.Length; j++)
        {
            var regionEnd = units.RegionEnd(j);
            all[j] = units.CommentsOf(j, regionStart, regionEnd);
            regionStart = regionEnd;
        }
        return all;
    }

    /// <summary>
    /// The comment lists after an edit: <paramref name="keep"/> units kept from the front, <paramref name="added"/>
    /// parsed again, then the old units from <paramref name="stopped"/> on. The lists of the parsed units and
    /// of their two neighbours (whose regions border the edit) are scanned again; every other list is the old one.
    /// </summary>
    public static IReadOnlyList<Comment>[] Splice(IReadOnlyList<IReadOnlyList<Comment>> old, in UnitList units, int keep, int added, int stopped)
    {
        var all = new IReadOnlyList<Comment>[units.Count];
        var from = Math.Max(0, keep - 1);
        var to = Math.Min(all.Length, keep + added + 1);
        for (var j = 0; j < all.Length; j++)
        {
            if (j >= from && j < to)
            {
                all[j] = units.CommentsOf(j, units.RegionStart(j), units.RegionEnd(j));
            }
            else
            {
                all[j] = old[j < keep ? j : j - keep - added + stopped];
            }
        }
        return all;
    }

    /// <summary>The root's own comments: after its last declaration's line (document offsets).</summary>
    public static IReadOnlyList<Comment> End(in UnitList declarations) =>
        Scan(declarations.Text, declarations.Count == 0 ? 0 : declarations.RegionEnd(declarations.Count - 1), declarations.Text.Length, 0);

    /// <summary>The comments whose start is in [from, to), with spans relative to <paramref name="origin"/>; the shared empty list when none.</summary>
    public static IReadOnlyList<Comment> Scan(string text, int from, int to, int origin)
    {
        List<Comment>? comments = null;
        Lexer.ScanComments(text, from, to, origin, ref comments);
        return comments is null ? Array.Empty<Comment>() : comments;
    }

    /// <summary>The comments of [from, to) outside [skipFrom, skipTo) (the region a guidance's items hold), relative to <paramref name="origin"/>.</summary>
    public static IReadOnlyList<Comment> ScanAround(string text, int from, int to, int skipFrom, int skipTo, int origin)
    {
        List<Comment>? comments = null;
        Lexer.ScanComments(text, from, Math.Min(to, skipFrom), origin, ref comments);
        Lexer.ScanComments(text, Math.Max(from, skipTo), to, origin, ref comments);
        return comments is null ? Array.Empty<Comment>() : comments;
    }
}

/// <summary>
/// A list of units where they stand in <see cref="Text"/>: unit j starts at <see cref="Origin"/> plus its
/// offset; <see cref="FirstStart"/> is where the first unit's region starts and <see cref="Bound"/> where
/// the last one's ends at the latest (the end of the text, or of the guidance).
/// </summary>
internal readonly record struct UnitList(string Text, IReadOnlyList<SyntaxNode> Nodes, IReadOnlyList<int> Offsets, int Origin, int FirstStart, int Bound)
{
    public int Count => Nodes.Count;

    /// <summary>The root's declarations.</summary>
    public static UnitList Declarations(string text, IReadOnlyList<SyntaxNode> declarations, IReadOnlyList<int> offsets) =>
        new(text, declarations, offsets, 0, 0, text.Length);

    /// <summary>
    /// The items of the guidance that starts at <paramref name="start"/>: the first item's region starts
    /// after the `{` that opens it and the rest of that line (the `{`'s trailing trivia).
    /// </summary>
    public static UnitList Items(string text, GuidanceDeclaration guidance, int start)
    {
        var bound = start + guidance.LocalSpan.End;
        var header = guidance.Title?.LocalSpan.End ?? Math.Max(guidance.Keyword.LocalSpan.End, guidance.Id.LocalSpan.End);
        var open = Math.Min(Lexer.SkipTrivia(text, start + header), bound);
        if (open < bound && text[open] == '{')
        {
            open = Lexer.SkipTrailingTrivia(text, open + 1, bound);
        }
        var first = guidance.Items.Count == 0 ? open : Math.Min(open, start + guidance.ItemOffsets[0]);
        return new UnitList(text, guidance.Items, guidance.ItemOffsets, start, first, bound);
    }

    public int Start(int j) => Origin + Offsets[j];

    /// <summary>Past the unit's last line: its trailing trivia up to and including the line break.</summary>
    public int RegionEnd(int j) => Lexer.SkipTrailingTrivia(Text, Start(j) + Nodes[j].LocalSpan.End, Bound);

    public int RegionStart(int j) => j == 0 ? FirstStart : RegionEnd(j - 1);

    /// <summary>Unit j's comments, relative to its start: those of its region, less what a guidance's items hold.</summary>
    public IReadOnlyList<Comment> CommentsOf(int j, int regionStart, int regionEnd)
    {
        var start = Start(j);
        if (Nodes[j] is GuidanceDeclaration { Items.Count: > 0 } guidance)
        {
            var items = Items(Text, guidance, start);
            return UnitComments.ScanAround(Text, regionStart, regionEnd, items.FirstStart, items.RegionEnd(items.Count - 1), start);
        }
        return UnitComments.Scan(Text, regionStart, regionEnd, start);
    }
}
