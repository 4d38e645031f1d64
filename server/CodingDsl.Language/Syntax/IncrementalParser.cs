using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Re-parses a document after an edit, with the result of <see cref="Parser.Parse"/> of the new text.
/// An edit inside a closed procedure or diagnosis section of a closed guidance parses that section
/// again. Any other edit (between declarations, in a top-level comment, `use` or `set` line, after
/// the last `}`, in a block's header or braces) goes on with the whole-file parse from the top-level
/// declaration where the edit starts, and stops as soon as it reaches a declaration of the previous
/// parse that lies after the edit, at its moved offset: from there the parse would read the same text
/// with the same state (parsing a declaration depends only on its own text and the number of errors
/// before it). Declarations before the edit are kept as they are; those after it are moved by the
/// edit's length (<see cref="SyntaxShifter"/>). Comments are scanned again only on the edited lines.
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
            return null; // past the error cap a parse depends on everything before it: parse it all
        }
        var maxSuffix = Math.Min(oldText.Length, newText.Length) - prefix;
        var suffix = CommonSuffixLength(oldText.AsSpan(prefix), newText.AsSpan(prefix), maxSuffix);
        var change = TextSpan.FromBounds(prefix, oldText.Length - suffix);
        var delta = newText.Length - oldText.Length;
        return ReparseSection(previous, text, change, delta) ?? Resume(previous, text, change, delta);
    }

    /// <summary>The section around the change parsed again, or null when the change is not inside one section of a closed guidance.</summary>
    private static SyntaxTree? ReparseSection(SyntaxTree previous, SourceText text, TextSpan change, int delta)
    {
        var declarations = previous.Root.Declarations;
        var index = IndexOfDeclarationAt(declarations, change.Start);
        if (index < 0 || declarations[index] is not GuidanceDeclaration guidance
            || !Inside(guidance.Keyword, guidance.Title?.Span ?? guidance.Id.Span, guidance.CloseBrace, change, previous.Text))
        {
            return null;
        }
        var sectionIndex = -1;
        for (var i = 0; i < guidance.Items.Count && sectionIndex < 0; i++)
        {
            if (guidance.Items[i] is SectionDeclaration s && s.Span.Start <= change.Start && change.End <= s.Span.End
                && Inside(s.Keyword, s.Condition?.Span ?? s.VariantName?.Span ?? s.Keyword.Span, s.CloseBrace, change, previous.Text))
            {
                sectionIndex = i;
            }
        }
        if (sectionIndex < 0)
        {
            return null;
        }
        var section = (SectionDeclaration)guidance.Items[sectionIndex];
        var (node, sectionDiagnostics) = Parser.ParseBlockAt(text, section.Span.Start);
        if (node is not SectionDeclaration reparsed || reparsed.CloseBrace is null || reparsed.Span.End != section.Span.End + delta)
        {
            return null;
        }
        if (SplitDiagnostics(previous, section.Span) is not var (before, unitCount))
        {
            return null;
        }
        var old = previous.Diagnostics;
        var diagnostics = new List<Diagnostic>(old.Count - unitCount + sectionDiagnostics.Count);
        for (var i = 0; i < before; i++)
        {
            diagnostics.Add(old[i]);
        }
        diagnostics.AddRange(sectionDiagnostics);
        for (var i = before + unitCount; i < old.Count; i++)
        {
            diagnostics.Add(SyntaxShifter.Shift(old[i], delta));
        }
        if (diagnostics.Count > Parser.MaxSyntaxErrors)
        {
            return null; // the edit reaches the error cap: parse it all
        }

        var items = new SyntaxNode[guidance.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = i < sectionIndex ? guidance.Items[i] : i == sectionIndex ? reparsed : SyntaxShifter.Shift(guidance.Items[i], delta);
        }
        var updated = guidance with
        {
            Span = new TextSpan(guidance.Span.Start, guidance.Span.Length + delta),
            Items = items,
            CloseBrace = SyntaxShifter.ShiftOrNull(guidance.CloseBrace, delta),
        };
        var newDeclarations = new SyntaxNode[declarations.Count];
        for (var i = 0; i < newDeclarations.Length; i++)
        {
            newDeclarations[i] = i < index ? declarations[i] : i == index ? updated : SyntaxShifter.Shift(declarations[i], delta);
        }
        var added = sectionDiagnostics.Count - unitCount;
        var errors = previous.DeclarationErrors;
        var declarationErrors = new (int Before, int After)[errors.Count];
        for (var i = 0; i < declarationErrors.Length; i++)
        {
            declarationErrors[i] = i < index ? errors[i] : i == index ? (errors[i].Before, errors[i].After + added) : (errors[i].Before + added, errors[i].After + added);
        }
        return Build(previous, text, change, delta, newDeclarations, diagnostics, declarationErrors);
    }

    /// <summary>The whole-file parse resumed before the change, until it meets the previous parse again after it.</summary>
    private static SyntaxTree? Resume(SyntaxTree previous, SourceText text, TextSpan change, int delta)
    {
        var declarations = previous.Root.Declarations;
        var errors = previous.DeclarationErrors;
        var oldText = previous.Text.Text;

        // Where the parse starts over: the declaration the change is in, or the last one before it. The
        // parse before a declaration reads its first word (and the character after it) to stop there,
        // so one whose first word the change touches is parsed again with the one before it. Then after
        // that declaration when it is a closed block ending at or before the change (a block's parse
        // reads nothing after its `}`, and it is kept as it is), else from its start, else from the
        // start of the document.
        var at = IndexOfDeclarationAt(declarations, change.Start);
        while (at >= 0 && change.Start <= Lexer.ScanMarkedWord(oldText, declarations[at].Span.Start, oldText.Length))
        {
            at--;
        }
        int keep, start, errorsBefore;
        if (at >= 0 && CloseBrace(declarations[at]) is { } close && close.Span.End <= change.Start)
        {
            (keep, start, errorsBefore) = (at + 1, close.Span.End, errors[at].After);
        }
        else if (at >= 0)
        {
            (keep, start, errorsBefore) = (at, declarations[at].Span.Start, errors[at].Before);
        }
        else
        {
            (keep, start, errorsBefore) = (0, 0, 0);
        }

        // Where it may stop: at a declaration of the previous parse after the change, reached at its
        // moved offset, with the same text before it as far as a parse from there reads back.
        var next = keep;
        bool Stop(int position)
        {
            while (next < declarations.Count && (declarations[next].Span.Start < change.End || declarations[next].Span.Start + delta < position))
            {
                next++;
            }
            return next < declarations.Count && declarations[next].Span.Start + delta == position
                && SameContextBefore(oldText, declarations[next].Span.Start, text.Text, position);
        }
        var resumed = Parser.ResumeAt(text, start, errorsBefore, Stop);
        var stopped = resumed.StoppedAt >= 0 ? next : declarations.Count;

        var old = previous.Diagnostics;
        var tailStart = stopped < declarations.Count ? errors[stopped].Before : old.Count;
        var diagnostics = new List<Diagnostic>(errorsBefore + resumed.Diagnostics.Count + old.Count - tailStart);
        for (var i = 0; i < errorsBefore; i++)
        {
            diagnostics.Add(old[i]);
        }
        diagnostics.AddRange(resumed.Diagnostics);
        for (var i = tailStart; i < old.Count; i++)
        {
            diagnostics.Add(SyntaxShifter.Shift(old[i], delta));
        }
        if (diagnostics.Count > Parser.MaxSyntaxErrors)
        {
            return null; // the edit reaches the error cap: parse it all
        }

        var count = keep + resumed.Declarations.Count + declarations.Count - stopped;
        var newDeclarations = new List<SyntaxNode>(count);
        var declarationErrors = new List<(int Before, int After)>(count);
        for (var i = 0; i < keep; i++)
        {
            newDeclarations.Add(declarations[i]);
            declarationErrors.Add(errors[i]);
        }
        newDeclarations.AddRange(resumed.Declarations);
        declarationErrors.AddRange(resumed.DeclarationErrors);
        var added = errorsBefore + resumed.Diagnostics.Count - tailStart;
        for (var i = stopped; i < declarations.Count; i++)
        {
            newDeclarations.Add(SyntaxShifter.Shift(declarations[i], delta));
            declarationErrors.Add((errors[i].Before + added, errors[i].After + added));
        }
        return Build(previous, text, change, delta, newDeclarations, diagnostics, declarationErrors);
    }

    private static SyntaxTree Build(
        SyntaxTree previous, SourceText text, TextSpan change, int delta, IReadOnlyList<SyntaxNode> declarations, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<(int Before, int After)> declarationErrors)
    {
        var comments = Comments(previous.Root.Comments, text.Text, change, delta);
        var root = new CompilationUnit(new TextSpan(0, text.Length), declarations, comments);
        return new SyntaxTree(text, root, diagnostics) { DeclarationErrors = declarationErrors };
    }

    /// <summary>
    /// The comments of the new text: those before the edited lines kept, the edited lines scanned
    /// again, those after them moved. A comment ends at its line break, so a scan that starts just
    /// after a line break reads what a scan of the whole text reads.
    /// </summary>
    private static List<Comment> Comments(IReadOnlyList<Comment> old, string newText, TextSpan change, int delta)
    {
        var from = change.Start == 0 ? 0 : newText.AsSpan(0, change.Start).LastIndexOfAny('\n', '\r') + 1;
        var to = newText.AsSpan(change.End + delta).IndexOfAny('\n', '\r');
        var newEnd = to < 0 ? newText.Length : change.End + delta + to;
        var oldEnd = newEnd - delta;
        var comments = new List<Comment>(old.Count + 1);
        var i = 0;
        while (i < old.Count && old[i].Span.Start < from)
        {
            comments.Add(old[i++]);
        }
        Lexer.ScanComments(newText, from, newEnd, comments);
        while (i < old.Count && old[i].Span.Start < oldEnd)
        {
            i++;
        }
        for (; i < old.Count; i++)
        {
            comments.Add(delta == 0 ? old[i] : old[i] with { Span = SyntaxShifter.Shift(old[i].Span, delta) });
        }
        return comments;
    }

    private static SyntaxToken? CloseBrace(SyntaxNode declaration) => declaration switch
    {
        GuidanceDeclaration g => g.CloseBrace,
        RuleDeclaration r => r.CloseBrace,
        _ => null,
    };

    /// <summary>
    /// Whether what the parse may read before a declaration is the same in both texts: the text from the
    /// start of its line (a section's `}` is checked against its line's indentation) and back to the
    /// token before it (a failed statement's message names it), with the character before that.
    /// </summary>
    private static bool SameContextBefore(string oldText, int oldPosition, string newText, int newPosition)
    {
        var back = Lexer.StartOfWordBefore(oldText, oldPosition) - 1;
        var line = oldPosition == 0 ? 0 : oldText.LastIndexOf('\n', oldPosition - 1) + 1;
        var from = Math.Max(0, Math.Min(back, line - 1));
        var length = oldPosition - from;
        return newPosition >= length && (from > 0 || newPosition == length)
            && oldText.AsSpan(from, length).SequenceEqual(newText.AsSpan(newPosition - length, length));
    }

    /// <summary>
    /// Where the old section's syntax diagnostics are in the old list: diagnostics are in the order they
    /// were reported, and one reported before the section may point into it ("expected '{', found
    /// 'procedure'"), so they are told apart by parsing the old section again, not by their spans.
    /// Null when the list does not split cleanly (the resumed parse then decides).
    /// </summary>
    private static (int Before, int Count)? SplitDiagnostics(SyntaxTree previous, TextSpan unit)
    {
        var old = previous.Diagnostics;
        if (old.Count == 0)
        {
            return (0, 0);
        }
        var own = Parser.ParseBlockAt(previous.Text, unit.Start).Diagnostics;
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
                return null; // reported after the section about text before it (an enclosing block left open)
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
    private static int IndexOfDeclarationAt(IReadOnlyList<SyntaxNode> declarations, int offset)
    {
        int low = 0, high = declarations.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (declarations[mid].Span.Start <= offset)
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
    private static bool Inside(SyntaxToken keyword, TextSpan headerEnd, SyntaxToken? close, TextSpan change, SourceText old)
    {
        if (close is null || headerEnd.Length == 0)
        {
            return false;
        }
        var open = Lexer.SkipTrivia(old.Text, Math.Max(keyword.Span.End, headerEnd.End));
        return open < old.Length && old.Text[open] == '{' && change.Start > open && change.End <= close.Span.Start;
    }
}
