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
/// edit's length (<see cref="SyntaxShifter"/>).
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
        if (previous.Diagnostics.Any(d => d.Code == DiagnosticCatalog.TooManyErrors.Code))
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
        var (node, sectionDiagnostics, sectionSkipped) = Parser.ParseBlockAt(text, section.Span.Start);
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

        var kept = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        var items = new SyntaxNode[guidance.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = i < sectionIndex ? Keep(guidance.Items[i], kept) : i == sectionIndex ? reparsed : SyntaxShifter.Shift(guidance.Items[i], delta);
        }
        var updated = guidance with
        {
            Span = new TextSpan(guidance.Span.Start, guidance.Span.Length + delta),
            Items = items,
            CloseBrace = SyntaxShifter.ShiftOrNull(guidance.CloseBrace, delta),
        };
        updated.NewContentKey();
        var newDeclarations = new SyntaxNode[declarations.Count];
        for (var i = 0; i < newDeclarations.Length; i++)
        {
            newDeclarations[i] = i < index ? Keep(declarations[i], kept) : i == index ? updated : SyntaxShifter.Shift(declarations[i], delta);
        }
        var added = sectionDiagnostics.Count - unitCount;
        var declarationErrors = previous.DeclarationErrors
            .Select((counts, i) => i < index ? counts : i == index ? (counts.Before, counts.After + added) : (counts.Before + added, counts.After + added))
            .ToArray();
        var skipped = Splice(previous.Skipped, section.Span, sectionSkipped, delta);
        return Build(text, newDeclarations, diagnostics, declarationErrors, skipped, kept);
    }

    /// <summary>The whole-file parse resumed before the change, until it meets the previous parse again after it.</summary>
    private static SyntaxTree? Resume(SyntaxTree previous, SourceText text, TextSpan change, int delta)
    {
        var declarations = previous.Root.Declarations;
        var errors = previous.DeclarationErrors;
        if (errors.Count != declarations.Count)
        {
            return null;
        }
        var oldText = previous.Text.Text;

        // Where the parse starts over: the declaration the change is in, or the last one before it. The
        // parse before a declaration reads its first word (and the character after it) to stop there,
        // so one whose first word the change touches is parsed again with the one before it. Then after
        // that declaration when it is a closed block ending before the change, trailing trivia included
        // (a block's parse reads nothing after its `}`, and it is kept as it is), else from its start,
        // else from the start of the document.
        var at = IndexOfDeclarationAt(declarations, change.Start);
        while (at >= 0 && change.Start <= Lexer.ScanMarkedWord(oldText, declarations[at].Span.Start, oldText.Length))
        {
            at--;
        }
        int keep, start, errorsBefore;
        if (at >= 0 && CloseBrace(declarations[at]) is { } close && declarations[at].FullSpan.End <= change.Start)
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
        // moved offset, with the same text before it on its line (a section's `}` is checked against
        // the indentation of its line).
        var next = keep;
        bool Stop(int position)
        {
            while (next < declarations.Count && (declarations[next].Span.Start < change.End || declarations[next].Span.Start + delta < position))
            {
                next++;
            }
            return next < declarations.Count && declarations[next].Span.Start + delta == position
                && SameLineStart(oldText, declarations[next].Span.Start, text.Text, position);
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

        var kept = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        var newDeclarations = new List<SyntaxNode>(keep + resumed.Declarations.Count + declarations.Count - stopped);
        var declarationErrors = new List<(int Before, int After)>(newDeclarations.Capacity);
        for (var i = 0; i < keep; i++)
        {
            newDeclarations.Add(Keep(declarations[i], kept));
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
        var oldEnd = stopped < declarations.Count ? declarations[stopped].Span.Start : oldText.Length;
        var skipped = Splice(previous.Skipped, TextSpan.FromBounds(start, oldEnd), resumed.Skipped, delta);
        return Build(text, newDeclarations, diagnostics, declarationErrors, skipped, kept);
    }

    private static SyntaxToken? CloseBrace(SyntaxNode declaration) => Block(declaration).Close;

    /// <summary>Whether the node is a block in braces, and its `}` (null when missing). Exhaustive: a new kind must say whether it is a block.</summary>
    internal static (bool IsBlock, SyntaxToken? Close) Block(SyntaxNode node) => node.NodeKind switch
    {
        SyntaxKind.GuidanceDeclaration => (true, ((GuidanceDeclaration)node).CloseBrace),
        SyntaxKind.SectionDeclaration => (true, ((SectionDeclaration)node).CloseBrace),
        SyntaxKind.RuleDeclaration => (true, ((RuleDeclaration)node).CloseBrace),
        SyntaxKind.CompilationUnit or SyntaxKind.UseDeclaration or SyntaxKind.SourceStatement
        or SyntaxKind.ClassificationsStatement or SyntaxKind.NoteStatement or SyntaxKind.SnomedStatement
        or SyntaxKind.FactStatement or SyntaxKind.CaseByCaseStatement or SyntaxKind.RequirementStatement
        or SyntaxKind.AlternativeExpression or SyntaxKind.CombinationExpression or SyntaxKind.ParenthesizedExpression
        or SyntaxKind.CodeReference or SyntaxKind.CodeAnnotation or SyntaxKind.Pattern or SyntaxKind.OptionalModifier
        or SyntaxKind.IfModifier or SyntaxKind.PositionModifier or SyntaxKind.DefaultModifier or SyntaxKind.SetDeclaration
        or SyntaxKind.WhenClause or SyntaxKind.RequireClause or SyntaxKind.SeverityClause or SyntaxKind.MessageClause
        or SyntaxKind.CodeClause or SyntaxKind.FixClause or SyntaxKind.OrCondition or SyntaxKind.AndCondition
        or SyntaxKind.NotCondition or SyntaxKind.FactCondition or SyntaxKind.CodeCondition
            => (false, null),
    };

    private static SyntaxNode Keep(SyntaxNode node, HashSet<SyntaxNode> kept)
    {
        kept.Add(node);
        return node;
    }

    private static SyntaxTree Build(
        SourceText text, IReadOnlyList<SyntaxNode> declarations, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<(int Before, int After)> declarationErrors,
        IReadOnlyList<TextSpan> skipped, HashSet<SyntaxNode> kept)
    {
        var root = new CompilationUnit(new TextSpan(0, text.Length), declarations, Lexer.ScanComments(text.Text));
        SyntaxWeaver.Weave(root, text.Text, skipped, kept);
        return new SyntaxTree(text, root, diagnostics) { Skipped = skipped, DeclarationErrors = declarationErrors };
    }

    /// <summary>The skipped spans before <paramref name="unit"/>, then the new ones, then those after it moved.</summary>
    private static List<TextSpan> Splice(IReadOnlyList<TextSpan> old, TextSpan unit, IReadOnlyList<TextSpan> replacement, int delta)
    {
        var spans = new List<TextSpan>(old.Count + replacement.Count);
        spans.AddRange(old.Where(s => s.Start < unit.Start));
        spans.AddRange(replacement);
        spans.AddRange(old.Where(s => s.Start >= unit.End && s.Start >= unit.Start).Select(s => new TextSpan(s.Start + delta, s.Length)));
        return spans;
    }

    /// <summary>Whether the text from the start of the line to the declaration is the same in both texts (its indentation is read).</summary>
    private static bool SameLineStart(string oldText, int oldPosition, string newText, int newPosition)
    {
        var oldLine = oldPosition == 0 ? 0 : oldText.LastIndexOf('\n', oldPosition - 1) + 1;
        var newLine = newPosition == 0 ? 0 : newText.LastIndexOf('\n', newPosition - 1) + 1;
        return oldText.AsSpan(oldLine, oldPosition - oldLine).SequenceEqual(newText.AsSpan(newLine, newPosition - newLine));
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
