using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Re-parses a document after an edit, with the result of <see cref="Parser.Parse"/> of the new text.
/// An edit inside a closed procedure or diagnosis section of a closed guidance parses that section
/// again. An edit elsewhere inside a closed guidance (between sections, in its `source` or `note`
/// line) goes on with the guidance's items from the item where the edit starts. Any other edit
/// (between declarations, in a top-level comment, `use` or `set` line, after the last `}`, in a
/// block's header or braces) goes on with the whole-file parse from the top-level declaration where
/// the edit starts. A resumed parse stops as soon as it reaches a node of the previous parse that lies
/// after the edit, at its moved offset: from there it would read the same text with the same state
/// (parsing a declaration or item depends only on its own text and the number of errors before it).
/// Units (declarations, guidance items) other than those parsed again are kept as they are, the same
/// objects: their spans are relative to their own start, so only the offsets that place those after
/// the edit change (see docs/contributing.md "Relative positions"). Comments belong to units too
/// (<see cref="UnitComments"/>): only the lists of the units parsed again and their neighbours are scanned again.
/// </summary>
internal static class IncrementalParser
{
    public static SyntaxTree Parse(SyntaxTree previous, SourceText text) => TryReparse(previous, text) ?? Parser.Parse(text);

    internal static SyntaxTree? TryReparse(SyntaxTree previous, SourceText text)
    {
        var oldText = previous.Text.Text;
        var newText = text.Text;
        var prefix = oldText.AsSpan().CommonPrefixLength(newText);
        if (prefix == oldText.Length && prefix == newText.Length)
        {
            return ReferenceEquals(previous.Text, text) ? previous : previous with { Text = text };
        }
        if (previous.Diagnostics.Any(d => d.Code == DiagnosticCatalog.TooManyErrors.Code)
            || previous.DeclarationErrors.Count != previous.Root.Declarations.Count)
        {
            // Past the error cap a parse depends on everything before it; without the per-declaration
            // error counts the diagnostics cannot be spliced: parse it all.
            return null;
        }
        var maxSuffix = Math.Min(oldText.Length, newText.Length) - prefix;
        var suffix = CommonSuffixLength(oldText.AsSpan(prefix), newText.AsSpan(prefix), maxSuffix);
        var change = TextSpan.FromBounds(prefix, oldText.Length - suffix);
        var delta = newText.Length - oldText.Length;
        return ReparseSection(previous, text, change, delta) ?? ReparseGuidanceItems(previous, text, change, delta) ?? Resume(previous, text, change, delta);
    }

    /// <summary>The section around the change parsed again, or null when the change is not inside one section of a closed guidance.</summary>
    private static SyntaxTree? ReparseSection(SyntaxTree previous, SourceText text, TextSpan change, int delta)
    {
        var root = previous.Root;
        var index = IndexOfDeclarationAt(new Placed(root.Declarations, root.DeclarationOffsets, 0), change.Start);
        if (index < 0 || root.Declarations[index] is not GuidanceDeclaration guidance
            || !Inside(guidance, root.DeclarationOffsets[index], guidance.Title?.LocalSpan ?? guidance.Id.LocalSpan, change, previous.Text))
        {
            return null;
        }
        var guidanceStart = root.DeclarationOffsets[index];
        var sectionIndex = -1;
        var sectionStart = 0;
        for (var i = 0; i < guidance.Items.Count && sectionIndex < 0; i++)
        {
            var start = guidanceStart + guidance.ItemOffsets[i];
            if (guidance.Items[i] is SectionDeclaration s && start <= change.Start && change.End <= start + s.LocalSpan.End
                && Inside(s, start, s.Condition?.LocalSpan ?? s.VariantName?.LocalSpan ?? s.Keyword.LocalSpan, change, previous.Text))
            {
                sectionIndex = i;
                sectionStart = start;
            }
        }
        if (sectionIndex < 0)
        {
            return null;
        }
        var section = (SectionDeclaration)guidance.Items[sectionIndex];
        var (node, sectionDiagnostics) = Parser.ParseBlockAt(text, sectionStart);
        if (node is not SectionDeclaration reparsed || reparsed.CloseBrace is null || reparsed.LocalSpan.End != section.LocalSpan.End + delta)
        {
            return null;
        }
        // The old section's own diagnostics, to find them in the old list (none to find in a clean file).
        var own = previous.Diagnostics.Count == 0 ? [] : Parser.ParseBlockAt(previous.Text, sectionStart).Diagnostics;
        if (SplitDiagnostics(previous.Diagnostics, own, section.LocalSpan.Shift(sectionStart)) is not var (before, unitCount))
        {
            return null;
        }
        var diagnostics = Splice(previous.Diagnostics, before, sectionDiagnostics, before + unitCount, delta);
        if (diagnostics is null)
        {
            return null;
        }
        // The other items stay the same objects; only the offsets of those after the section move.
        var items = new SyntaxNode[guidance.Items.Count];
        var offsets = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = i == sectionIndex ? reparsed : guidance.Items[i];
            offsets[i] = i <= sectionIndex ? guidance.ItemOffsets[i] : guidance.ItemOffsets[i] + delta;
        }
        var updated = guidance with
        {
            LocalSpan = new TextSpan(0, guidance.LocalSpan.Length + delta),
            Items = items,
            ItemOffsets = offsets,
            CloseBrace = Move(guidance.CloseBrace, delta),
            SkippedSpans = SpliceSpans(guidance.SkippedSpans, change.Start - guidanceStart, [], change.End - guidanceStart, delta),
        };
        updated = updated with { ItemComments = UnitComments.Splice(guidance.ItemComments, UnitList.Items(text.Text, updated, guidanceStart), sectionIndex, 1, sectionIndex + 1) };
        return Replace(previous, text, change, delta, index, updated, diagnostics, sectionDiagnostics.Count - unitCount);
    }

    /// <summary>The whole-file parse resumed before the change, until it meets the previous parse again after it.</summary>
    private static SyntaxTree? Resume(SyntaxTree previous, SourceText text, TextSpan change, int delta)
    {
        var declarations = previous.Root.Declarations;
        var placed = new Placed(declarations, previous.Root.DeclarationOffsets, 0);
        var errors = previous.DeclarationErrors;
        var oldText = previous.Text.Text;
        var restart = Restart.Before(placed, change, oldText, 0);
        var errorsBefore = restart.AfterKept ? errors[restart.Keep - 1].After
            : restart.Keep < declarations.Count && restart.Start == placed.Start(restart.Keep) ? errors[restart.Keep].Before
            : 0;
        var rejoin = new Rejoin(placed, restart.Keep, change, delta, oldText, text.Text);
        var resumed = Parser.ResumeAt(text, restart.Start, errorsBefore, rejoin.At);
        var stopped = resumed.StoppedAt >= 0 ? rejoin.Next : declarations.Count;

        var old = previous.Diagnostics;
        var tailStart = stopped < declarations.Count ? errors[stopped].Before : old.Count;
        var diagnostics = Splice(old, errorsBefore, resumed.Diagnostics, tailStart, delta);
        if (diagnostics is null)
        {
            return null;
        }

        var keep = restart.Keep;
        var count = keep + resumed.Declarations.Count + declarations.Count - stopped;
        var newDeclarations = new List<SyntaxNode>(count);
        var newOffsets = new List<int>(count);
        var declarationErrors = new List<(int Before, int After)>(count);
        for (var i = 0; i < keep; i++)
        {
            newDeclarations.Add(declarations[i]);
            newOffsets.Add(placed.Offsets[i]);
            declarationErrors.Add(errors[i]);
        }
        newDeclarations.AddRange(resumed.Declarations);
        newOffsets.AddRange(resumed.Offsets);
        declarationErrors.AddRange(resumed.DeclarationErrors);
        var added = errorsBefore + resumed.Diagnostics.Count - tailStart;
        for (var i = stopped; i < declarations.Count; i++)
        {
            newDeclarations.Add(declarations[i]);
            newOffsets.Add(placed.Offsets[i] + delta);
            declarationErrors.Add((errors[i].Before + added, errors[i].After + added));
        }
        var oldStop = stopped < declarations.Count ? placed.Start(stopped) : oldText.Length + 1;
        var skipped = SpliceSpans(previous.Root.SkippedSpans, restart.Start, resumed.Skipped, oldStop, delta);
        return Build(previous, text, delta, newDeclarations, newOffsets, diagnostics, declarationErrors, (keep, resumed.Declarations.Count, stopped), skipped);
    }

    /// <summary>
    /// The guidance around the change with its items parsed again from the item before the change to
    /// the first one after it that the previous parse reached at the same place: an edit between two
    /// sections of a large guidance, or in its `source`, `note` or `classifications` line. Null when the
    /// change is not inside a closed guidance, or the guidance's `}` moved.
    /// </summary>
    private static SyntaxTree? ReparseGuidanceItems(SyntaxTree previous, SourceText text, TextSpan change, int delta)
    {
        var root = previous.Root;
        var index = IndexOfDeclarationAt(new Placed(root.Declarations, root.DeclarationOffsets, 0), change.Start);
        var oldText = previous.Text.Text;
        if (index < 0 || root.Declarations[index] is not GuidanceDeclaration guidance || guidance.CloseBrace is not { } oldClose
            || OpenBrace(guidance, root.DeclarationOffsets[index], guidance.Title?.LocalSpan ?? guidance.Id.LocalSpan, change, previous.Text) is not { } open)
        {
            return null;
        }
        var guidanceStart = root.DeclarationOffsets[index];
        var items = guidance.Items;
        var placed = new Placed(items, guidance.ItemOffsets, guidanceStart);
        var restart = Restart.Before(placed, change, oldText, open + 1);
        var rejoin = new Rejoin(placed, restart.Keep, change, delta, oldText, text.Text);
        var resumed = Parser.ResumeGuidanceItems(text, guidanceStart, restart.Start, 0, rejoin.At);
        if (resumed.StoppedAt < 0 && resumed.Close?.LocalSpan.Start != oldClose.LocalSpan.Start + delta)
        {
            return null; // the guidance now ends elsewhere: what follows it changes too
        }
        var stopped = resumed.StoppedAt >= 0 ? rejoin.Next : items.Count;

        // The old parse's diagnostics of the same stretch, found in the old list by parsing it again.
        var oldEnd = stopped < items.Count ? placed.Start(stopped) : guidanceStart + oldClose.LocalSpan.Start;
        IReadOnlyList<Diagnostic> own = previous.Diagnostics.Count == 0 ? [] : Parser.ResumeGuidanceItems(previous.Text, guidanceStart, restart.Start, 0, p => p == oldEnd).Diagnostics;
        if (SplitDiagnostics(previous.Diagnostics, own, TextSpan.FromBounds(restart.Start, oldEnd)) is not var (before, unitCount))
        {
            return null;
        }
        var diagnostics = Splice(previous.Diagnostics, before, resumed.Diagnostics, before + unitCount, delta);
        if (diagnostics is null)
        {
            return null;
        }

        var count = restart.Keep + resumed.Items.Count + items.Count - stopped;
        var newItems = new List<SyntaxNode>(count);
        var newOffsets = new List<int>(count);
        for (var i = 0; i < restart.Keep; i++)
        {
            newItems.Add(items[i]);
            newOffsets.Add(guidance.ItemOffsets[i]);
        }
        newItems.AddRange(resumed.Items);
        newOffsets.AddRange(resumed.Offsets);
        for (var i = stopped; i < items.Count; i++)
        {
            newItems.Add(items[i]);
            newOffsets.Add(guidance.ItemOffsets[i] + delta);
        }
        var updated = guidance with
        {
            LocalSpan = new TextSpan(0, guidance.LocalSpan.Length + delta),
            Items = newItems,
            ItemOffsets = newOffsets,
            CloseBrace = Move(oldClose, delta),
            SkippedSpans = SpliceSpans(guidance.SkippedSpans, restart.Start - guidanceStart, resumed.Skipped, oldEnd - guidanceStart, delta),
        };
        updated = updated with
        {
            ItemComments = UnitComments.Splice(guidance.ItemComments, UnitList.Items(text.Text, updated, guidanceStart), restart.Keep, resumed.Items.Count, stopped),
        };
        return Replace(previous, text, change, delta, index, updated, diagnostics, resumed.Diagnostics.Count - unitCount);
    }

    /// <summary>The previous tree with its declaration at <paramref name="index"/> replaced and those after it placed <paramref name="delta"/> on.</summary>
    private static SyntaxTree Replace(
        SyntaxTree previous, SourceText text, TextSpan change, int delta, int index, SyntaxNode replacement, IReadOnlyList<Diagnostic> diagnostics, int added)
    {
        var declarations = previous.Root.Declarations;
        var offsets = previous.Root.DeclarationOffsets;
        var errors = previous.DeclarationErrors;
        var newDeclarations = new SyntaxNode[declarations.Count];
        var newOffsets = new int[declarations.Count];
        var declarationErrors = new (int Before, int After)[errors.Count];
        for (var i = 0; i < newDeclarations.Length; i++)
        {
            newDeclarations[i] = i == index ? replacement : declarations[i];
            newOffsets[i] = i <= index ? offsets[i] : offsets[i] + delta;
            declarationErrors[i] = i < index ? errors[i] : i == index ? (errors[i].Before, errors[i].After + added) : (errors[i].Before + added, errors[i].After + added);
        }
        var skipped = SpliceSpans(previous.Root.SkippedSpans, change.Start, [], change.End, delta);
        return Build(previous, text, delta, newDeclarations, newOffsets, diagnostics, declarationErrors, (index, 1, index + 1), skipped);
    }

    /// <summary>A block's `}` (relative to the block) after an edit of <paramref name="delta"/> characters inside the block.</summary>
    private static SyntaxToken? Move(SyntaxToken? close, int delta) =>
        close is null || delta == 0 ? close : close with { LocalSpan = close.LocalSpan.Shift(delta) };

    /// <summary>A list of units where they stand: each node's start is <see cref="Origin"/> plus its offset.</summary>
    private readonly record struct Placed(IReadOnlyList<SyntaxNode> Nodes, IReadOnlyList<int> Offsets, int Origin)
    {
        public int Count => Nodes.Count;

        /// <summary>The document offset where node <paramref name="index"/> starts.</summary>
        public int Start(int index) => Origin + Offsets[index];
    }

    /// <summary>The old diagnostics before <paramref name="before"/>, the new ones, then the old ones from <paramref name="tail"/> moved; null past the error cap.</summary>
    private static List<Diagnostic>? Splice(IReadOnlyList<Diagnostic> old, int before, IReadOnlyList<Diagnostic> replacement, int tail, int delta)
    {
        var diagnostics = new List<Diagnostic>(before + replacement.Count + old.Count - tail);
        for (var i = 0; i < before; i++)
        {
            diagnostics.Add(old[i]);
        }
        diagnostics.AddRange(replacement);
        for (var i = tail; i < old.Count; i++)
        {
            diagnostics.Add(delta == 0 ? old[i] : old[i] with { Span = old[i].Span.Shift(delta) });
        }
        return diagnostics.Count > Parser.MaxSyntaxErrors ? null : diagnostics; // past the cap a parse depends on everything before it
    }

    /// <summary>
    /// Where a parse of a list of nodes (declarations, a guidance's items) starts over: at the node the
    /// change is in, or the last one before it. The parse before a node reads its first word (and the
    /// character after it) to stop there, so one whose first word the change touches is parsed again
    /// with the one before it. After that node when it is a closed block whose `}` line ends before the
    /// change (a block's parse reads nothing past that line: a header's unterminated quoted text runs
    /// to the end of its line, which may be the `}`'s; the block is kept as it is), else from its
    /// start, else from <paramref name="floor"/> (the start of the document or of the block's items).
    /// </summary>
    /// <param name="Keep">How many nodes are kept as they are.</param>
    /// <param name="Start">Where the parse starts over.</param>
    /// <param name="AfterKept">Whether it starts right after the last node kept.</param>
    private readonly record struct Restart(int Keep, int Start, bool AfterKept)
    {
        public static Restart Before(Placed nodes, TextSpan change, string oldText, int floor)
        {
            var at = IndexOfDeclarationAt(nodes, change.Start);
            while (at >= 0 && change.Start <= Lexer.ScanMarkedWord(oldText, nodes.Start(at), oldText.Length))
            {
                at--;
            }
            if (at >= 0 && CloseBrace(nodes.Nodes[at]) is { } close && LineEnd(oldText, nodes.Start(at) + close.LocalSpan.End) <= change.Start)
            {
                return new Restart(at + 1, nodes.Start(at) + close.LocalSpan.End, true);
            }
            return at >= 0 ? new Restart(at, nodes.Start(at), false) : new Restart(0, floor, false);
        }

        /// <summary>Past the line break that ends the line holding <paramref name="position"/>; the text's length when none does.</summary>
        private static int LineEnd(string text, int position)
        {
            var i = text.AsSpan(position).IndexOfAny('\n', '\r');
            return i < 0 ? text.Length + 1 : position + i + 1;
        }
    }

    /// <summary>
    /// Where a resumed parse may stop: at a node of the previous parse after the change, reached at its
    /// moved offset, with the same text before it as far as a parse from there reads back.
    /// </summary>
    private sealed class Rejoin(Placed nodes, int from, TextSpan change, int delta, string oldText, string newText)
    {
        /// <summary>The node the parse stopped at, once <see cref="At"/> said yes.</summary>
        public int Next { get; private set; } = from;

        public bool At(int position)
        {
            while (Next < nodes.Count && (nodes.Start(Next) < change.End || nodes.Start(Next) + delta < position))
            {
                Next++;
            }
            return Next < nodes.Count && nodes.Start(Next) + delta == position
                && SameContextBefore(oldText, nodes.Start(Next), newText, position);
        }
    }

    /// <param name="replaced">Which declarations were parsed again: the old list kept <c>Keep</c> from the front, then <c>Added</c> new ones, then the old ones from <c>Stopped</c> on.</param>
    private static SyntaxTree Build(
        SyntaxTree previous, SourceText text, int delta, IReadOnlyList<SyntaxNode> declarations, IReadOnlyList<int> offsets,
        IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<(int Before, int After)> declarationErrors, (int Keep, int Added, int Stopped) replaced,
        IReadOnlyList<TextSpan> skipped)
    {
        var old = previous.Root;
        var units = UnitList.Declarations(text.Text, declarations, offsets);
        var comments = UnitComments.Splice(old.DeclarationComments, units, replaced.Keep, replaced.Added, replaced.Stopped);
        // The comments after the last declaration are scanned again when it was parsed again, else moved with it.
        var end = replaced.Stopped >= old.Declarations.Count ? UnitComments.End(units)
            : delta == 0 ? old.EndComments
            : [.. old.EndComments.Select(c => c with { Span = c.Span.Shift(delta) })];
        var root = new CompilationUnit(new TextSpan(0, text.Length), declarations, offsets, comments, end) { SkippedSpans = skipped };
        return new SyntaxTree(text, root, diagnostics) { DeclarationErrors = declarationErrors };
    }

    /// <summary>
    /// What a block or the root skipped, after an edit: the old spans starting before <paramref name="from"/>, then
    /// <paramref name="replacement"/> (what the parse of the edited stretch skipped), then the old spans from
    /// <paramref name="to"/> on, moved <paramref name="delta"/>. The shared empty list when there are none.
    /// </summary>
    private static IReadOnlyList<TextSpan> SpliceSpans(IReadOnlyList<TextSpan> old, int from, IReadOnlyList<TextSpan> replacement, int to, int delta)
    {
        if (old.Count == 0 && replacement.Count == 0)
        {
            return old;
        }
        var spans = new List<TextSpan>(old.Count + replacement.Count);
        spans.AddRange(old.Where(s => s.Start < from));
        spans.AddRange(replacement);
        spans.AddRange(old.Where(s => s.Start >= to).Select(s => s.Shift(delta)));
        return spans.Count == 0 ? Array.Empty<TextSpan>() : [.. spans];
    }

    /// <summary>The `}` of a block (null when it is not closed, or not a block).</summary>
    private static SyntaxToken? CloseBrace(SyntaxNode node) => node switch
    {
        GuidanceDeclaration g => g.CloseBrace,
        RuleDeclaration r => r.CloseBrace,
        SectionDeclaration s => s.CloseBrace,
        _ => null,
    };

    /// <summary>
    /// Whether what the parse may read before a declaration is the same in both texts: the text from the
    /// start of its line (a section's `}` is checked against its line's indentation) and the token before
    /// it (a failed statement's message names it), read back over trivia in each text as the parser
    /// reads it. The trivia between that token and the declaration's line is not compared, so typing in a
    /// comment just before a section keeps the section.
    /// </summary>
    private static bool SameContextBefore(string oldText, int oldPosition, string newText, int newPosition)
    {
        var oldLine = Lexer.LineStart(oldText, oldPosition);
        var newLine = Lexer.LineStart(newText, newPosition);
        if (oldPosition - oldLine != newPosition - newLine
            || !oldText.AsSpan(oldLine, oldPosition - oldLine).SequenceEqual(newText.AsSpan(newLine, newPosition - newLine)))
        {
            return false;
        }
        var oldToken = Lexer.TokenBefore(oldText, oldLine);
        var newToken = Lexer.TokenBefore(newText, newLine);
        if (oldToken is not { } before || newToken is not { } after)
        {
            return oldToken is null && newToken is null;
        }
        return oldText.AsSpan(before.Start, before.Length).SequenceEqual(newText.AsSpan(after.Start, after.Length));
    }

    /// <summary>The start of the line holding <paramref name="position"/>.</summary>
    /// <summary>
    /// Where the old parse's diagnostics of <paramref name="unit"/> (<paramref name="own"/>, from parsing
    /// it again) are in the old list: diagnostics are in the order they were reported, and one reported
    /// before the unit may point into it ("expected '{', found 'procedure'"), so they are found by
    /// value, not by their spans. Null when the list does not split cleanly (a wider parse then decides).
    /// </summary>
    private static (int Before, int Count)? SplitDiagnostics(IReadOnlyList<Diagnostic> old, IReadOnlyList<Diagnostic> own, TextSpan unit)
    {
        if (old.Count == 0)
        {
            return (0, 0);
        }
        int before;
        if (own.Count == 0)
        {
            before = 0;
            while (before < old.Count && old[before].Span.Start < unit.End)
            {
                before++;
            }
        }
        else
        {
            before = -1;
            for (var i = 0; i + own.Count <= old.Count && before < 0; i++)
            {
                if (Enumerable.Range(0, own.Count).All(k => old[i + k] == own[k]))
                {
                    before = i;
                }
            }
            if (before < 0)
            {
                return null;
            }
        }
        for (var i = before + own.Count; i < old.Count; i++)
        {
            if (old[i].Span.Start < unit.End)
            {
                return null; // reported after the unit about text before it (an enclosing block left open)
            }
        }
        return (before, own.Count);
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        var length = 0;
        while (length < max && a[a.Length - 1 - length] == b[b.Length - 1 - length])
        {
            length++;
        }
        return length;
    }

    /// <summary>The last top-level declaration starting at or before <paramref name="offset"/>, or -1.</summary>
    private static int IndexOfDeclarationAt(Placed declarations, int offset)
    {
        int low = 0, high = declarations.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (declarations.Start(mid) <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }

    /// <summary>Whether the change lies between the block's '{' (after its header) and its '}'.</summary>
    private static bool Inside(SyntaxNode block, int start, TextSpan headerEnd, TextSpan change, SourceText old) =>
        OpenBrace(block, start, headerEnd, change, old) is not null;

    /// <summary>
    /// The block's '{' (after its header, <paramref name="headerEnd"/> relative to the block) when the change
    /// lies between it and the block's '}', else null. <paramref name="start"/>: where the block starts.
    /// </summary>
    private static int? OpenBrace(SyntaxNode block, int start, TextSpan headerEnd, TextSpan change, SourceText old)
    {
        var keyword = block switch
        {
            GuidanceDeclaration g => g.Keyword,
            SectionDeclaration s => s.Keyword,
            _ => null,
        };
        if (CloseBrace(block) is not { } close || keyword is null || headerEnd.Length == 0)
        {
            return null;
        }
        var open = Lexer.SkipTrivia(old.Text, start + Math.Max(keyword.LocalSpan.End, headerEnd.End));
        return open < old.Length && old.Text[open] == '{' && change.Start > open && change.End <= start + close.LocalSpan.Start ? open : null;
    }
}
