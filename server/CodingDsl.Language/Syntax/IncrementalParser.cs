using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Re-parses a document after an edit by parsing again only the innermost closed block around the edit
/// (a procedure or diagnosis section, else the guidance or rule), keeping the declarations before it
/// and moving those after it. Blocks parse without looking outside their braces, so when the new block
/// ends exactly where the old one ends (moved by the edit), the rest of a full parse would be the same:
/// the result equals <see cref="Parser.Parse"/> of the new text. Anything else (an edit touching a
/// brace or a header, a block that now ends elsewhere, many syntax errors) is a full parse.
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

        var declarations = previous.Root.Declarations;
        var index = IndexOfBlockAround(declarations, change, previous.Text);
        if (index < 0)
        {
            return null;
        }
        var declaration = declarations[index];
        var reparse = (declaration is GuidanceDeclaration guidance ? ReparseSection(guidance, change, delta, previous.Text, text) : null)
            ?? ReparseBlock(declaration, delta, text);
        if (reparse is null)
        {
            return null;
        }

        if (SplitDiagnostics(previous, reparse.OldUnit) is not var (before, unitCount))
        {
            return null;
        }
        var old = previous.Diagnostics;
        var diagnostics = new List<Diagnostic>(old.Count - unitCount + reparse.Diagnostics.Count);
        for (var i = 0; i < before; i++)
        {
            diagnostics.Add(old[i]);
        }
        diagnostics.AddRange(reparse.Diagnostics);
        for (var i = before + unitCount; i < old.Count; i++)
        {
            diagnostics.Add(SyntaxShifter.Shift(old[i], delta));
        }
        if (diagnostics.Count > Parser.MaxSyntaxErrors)
        {
            return null; // the edit reaches the error cap: the same reason
        }

        var items = new SyntaxNode[declarations.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = i < index ? declarations[i] : i == index ? reparse.Declaration : SyntaxShifter.Shift(declarations[i], delta);
        }
        var root = new CompilationUnit(new TextSpan(0, text.Length), items, Lexer.ScanComments(newText));
        return new SyntaxTree(text, root, diagnostics);
    }

    /// <summary>
    /// Where the old unit's syntax diagnostics are in the old list: diagnostics are in the order they
    /// were reported, and one reported before the unit may point into it ("expected '{', found
    /// 'procedure'"), so they are told apart by parsing the old unit again, not by their spans.
    /// Null when the list does not split cleanly (a full parse then decides).
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

    /// <param name="Declaration">The new top-level declaration.</param>
    /// <param name="OldUnit">What was parsed again, in the old text: a section, or the whole declaration.</param>
    /// <param name="Diagnostics">The syntax diagnostics of what was parsed again.</param>
    private sealed record Reparse(SyntaxNode Declaration, TextSpan OldUnit, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The top-level block (guidance or rule, closed) whose braces enclose the change, or -1.</summary>
    private static int IndexOfBlockAround(IReadOnlyList<SyntaxNode> declarations, TextSpan change, SourceText old)
    {
        // Declarations are in text order: find the last one starting at or before the change.
        int low = 0, high = declarations.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (declarations[mid].Span.Start <= change.Start)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        if (found < 0)
        {
            return -1;
        }
        return declarations[found] switch
        {
            GuidanceDeclaration g when Inside(g.Keyword, g.Title?.Span ?? g.Id.Span, g.CloseBrace, change, old) => found,
            RuleDeclaration r when Inside(r.Keyword, r.Title?.Span ?? r.Name.Span, r.CloseBrace, change, old) => found,
            _ => -1,
        };
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

    /// <summary>The guidance with the one section around the change parsed again, or null when the change is not inside a section.</summary>
    private static Reparse? ReparseSection(GuidanceDeclaration guidance, TextSpan change, int delta, SourceText old, SourceText text)
    {
        var index = -1;
        for (var i = 0; i < guidance.Items.Count; i++)
        {
            if (guidance.Items[i] is SectionDeclaration s && s.Span.Start <= change.Start && change.End <= s.Span.End
                && Inside(s.Keyword, s.Condition?.Span ?? s.VariantName?.Span ?? s.Keyword.Span, s.CloseBrace, change, old))
            {
                index = i;
                break;
            }
        }
        if (index < 0)
        {
            return null;
        }
        var section = (SectionDeclaration)guidance.Items[index];
        var (node, diagnostics) = Parser.ParseBlockAt(text, section.Span.Start);
        if (node is not SectionDeclaration reparsed || reparsed.CloseBrace is null || reparsed.Span.End != section.Span.End + delta)
        {
            return null;
        }
        var items = new SyntaxNode[guidance.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = i < index ? guidance.Items[i] : i == index ? reparsed : SyntaxShifter.Shift(guidance.Items[i], delta);
        }
        var updated = guidance with
        {
            Span = new TextSpan(guidance.Span.Start, guidance.Span.Length + delta),
            Items = items,
            CloseBrace = SyntaxShifter.ShiftOrNull(guidance.CloseBrace, delta),
        };
        return new Reparse(updated, section.Span, diagnostics);
    }

    /// <summary>The top-level block parsed again, or null when it no longer ends where it did.</summary>
    private static Reparse? ReparseBlock(SyntaxNode declaration, int delta, SourceText text)
    {
        var (reparsed, diagnostics) = Parser.ParseBlockAt(text, declaration.Span.Start);
        var closed = reparsed switch
        {
            GuidanceDeclaration g => g.CloseBrace is not null,
            RuleDeclaration r => r.CloseBrace is not null,
            _ => false,
        };
        return closed && reparsed!.Span.End == declaration.Span.End + delta ? new Reparse(reparsed, declaration.Span, diagnostics) : null;
    }
}
