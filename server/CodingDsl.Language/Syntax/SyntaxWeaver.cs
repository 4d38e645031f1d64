using System.Runtime.CompilerServices;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Weaves a unit's full-fidelity tokens: the parser's nodes hold only the tokens they mean something by,
/// so the text between a node's parts is read with the one lexer into tokens the node holds too
/// (punctuation such as `{ , = ( )`, `and`/`or` between conditions, and text skipped by error recovery,
/// flagged as the parser recorded it: <see cref="SyntaxNode.Skipped"/>), trivia goes to the tokens (Roslyn's rule: trailing up to and including the line break, the
/// rest leading), and a block never closed holds a zero-width missing `}`. Every character of the unit is
/// in exactly one token or trivia, so the units with the root's gaps give back the document.
/// </summary>
/// <remarks>
/// A unit's weave is made on first use and kept with the node (by reference), relative to the unit's
/// start: the incremental parser keeps a unit the same object only when its text is the same, so the
/// weave stays true wherever the unit moves. Trivia never crosses a unit's edge: the blanks between two
/// sections are the leading trivia of the next token the guidance or the next section holds.
/// </remarks>
internal sealed class SyntaxWeaver
{
    private static readonly ConditionalWeakTable<SyntaxNode, WovenUnit> Woven = new();

    /// <summary>The one-character ASCII strings, shared by the gap tokens that are punctuation.</summary>
    private static readonly string[] Punctuation = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private readonly string text;

    /// <summary>The unit's start in the document: every span made is relative to it.</summary>
    private readonly int unitStart;

    /// <summary>The unit's end in the document: trivia and gap tokens never run past it.</summary>
    private readonly int limit;

    private readonly bool isRoot;

    /// <summary>What the parser skipped in this unit (<see cref="SyntaxNode.Skipped"/>), relative to its start, in order.</summary>
    private readonly IReadOnlyList<TextSpan> skipped;

    /// <summary>The first skipped span that does not end before the gap token being read (gap tokens come in order).</summary>
    private int skippedIndex;
    private readonly List<SyntaxElement> sequence = [];
    private readonly Dictionary<SyntaxNode, SyntaxElement[]> children = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where the next token's leading trivia starts (a document offset).</summary>
    private int cursor;

    private SyntaxWeaver(string text, int unitStart, int limit, bool isRoot, IReadOnlyList<TextSpan> skipped)
    {
        this.skipped = skipped;
        this.text = text;
        this.unitStart = unitStart;
        this.limit = limit;
        this.isRoot = isRoot;
        cursor = unitStart;
    }

    /// <summary>The weave of <paramref name="unit"/>, which starts at <paramref name="unitStart"/> in <paramref name="text"/>: made once per node.</summary>
    public static WovenUnit Weave(SyntaxNode unit, string text, int unitStart)
    {
        if (Woven.TryGetValue(unit, out var woven))
        {
            return woven;
        }
        var isRoot = unit is CompilationUnit;
        var end = isRoot ? text.Length : unitStart + unit.LocalSpan.End;
        var weaver = new SyntaxWeaver(text, unitStart, end, isRoot, unit.Skipped);
        weaver.WeaveNode(unit);
        if (isRoot)
        {
            weaver.children[unit] = [.. weaver.children[unit], weaver.AddEndOfFile()];
        }
        woven = new WovenUnit(unit, [.. weaver.sequence], weaver.children);
        return Woven.GetValue(unit, _ => woven);
    }

    /// <summary>Whether <paramref name="unit"/> has been woven (a test of what an edit re-weaves).</summary>
    internal static bool IsWoven(SyntaxNode unit) => Woven.TryGetValue(unit, out _);

    private void WeaveNode(SyntaxNode node)
    {
        var parts = node.Children();
        var slots = new List<SyntaxElement>(parts.Count + 2);
        var offsets = node.UnitOffsets;
        if (offsets is not null)
        {
            // A guidance or the root: one entry per unit it holds, so the lists are sized once (a keystroke re-weaves the guidance it is in).
            sequence.Capacity = Math.Max(sequence.Capacity, parts.Count + 8);
        }
        var unitIndex = 0;
        foreach (var child in parts)
        {
            if (child is null)
            {
                continue;
            }
            if (offsets is not null && child is SyntaxNode unit)
            {
                var start = unitStart + offsets[unitIndex++];
                Gap(start, slots);
                sequence.Add(unit);
                slots.Add(unit);
                // The trivia after it on its line is its last token's (the document's reading shares it out).
                cursor = Math.Max(cursor, Lexer.SkipTrailingTrivia(text, start + unit.LocalSpan.End, limit));
                continue;
            }
            var childStart = unitStart + child.LocalSpan.Start;
            if (child is not SyntaxNode && childStart < cursor && child.LocalSpan.Length > 0)
            {
                // A token another node already holds: `opcs (A or B)` lends the group's `opcs` to its
                // first code, which reads it as its own system keyword.
                continue;
            }
            Gap(childStart, slots);
            if (child is SyntaxNode childNode)
            {
                WeaveNode(childNode);
                slots.Add(childNode);
            }
            else
            {
                var kind = child.LocalSpan.Length == 0 ? WovenTokenKind.Missing : WovenTokenKind.Token;
                var tokenText = child is SyntaxToken token ? token.Text : text.Substring(childStart, child.LocalSpan.Length);
                slots.Add(Attach(childStart, childStart + child.LocalSpan.Length, tokenText, kind, child));
            }
        }
        Gap(isRoot && node is CompilationUnit ? limit : Math.Min(limit, unitStart + node.LocalSpan.End), slots);
        if (IsUnclosedBlock(node, slots))
        {
            slots.Add(Attach(cursor, cursor, string.Empty, WovenTokenKind.Missing, null));
        }
        children[node] = [.. slots];
    }

    /// <summary>A block whose `}` is missing (the parser reported it) holds a zero-width missing `}` at its end.</summary>
    private static bool IsUnclosedBlock(SyntaxNode node, List<SyntaxElement> slots)
    {
        var unclosed = node is GuidanceDeclaration { CloseBrace: null } or SectionDeclaration { CloseBrace: null } or RuleDeclaration { CloseBrace: null };
        return unclosed && slots.Exists(s => s is WovenToken { Kind: WovenTokenKind.Token, Text: "{" });
    }

    /// <summary>The tokens from the cursor up to <paramref name="end"/> that no part of the node holds.</summary>
    private void Gap(int end, List<SyntaxElement> slots)
    {
        end = Math.Min(end, limit);
        while (true)
        {
            var start = cursor;
            while (start < end && Lexer.ScanTrivia(text, start, end) is { } trivia)
            {
                start = trivia.End;
            }
            if (start >= end)
            {
                return;
            }
            var tokenEnd = Lexer.ScanToken(text, start, end).End;
            var tokenText = TokenText(start, tokenEnd);
            slots.Add(Attach(start, tokenEnd, tokenText, IsSkipped(start) ? WovenTokenKind.Skipped : WovenTokenKind.Token, null));
        }
    }

    /// <summary>A gap token's text; punctuation is one shared string, not one per token.</summary>
    private string TokenText(int start, int end) =>
        end - start == 1 && text[start] < 128 ? Punctuation[text[start]] : text.Substring(start, end - start);

    /// <summary>
    /// Whether the gap token at <paramref name="start"/> (a document offset) is text the parser skipped while
    /// recovering from an error, as it recorded; any other token between a node's parts is punctuation the
    /// grammar read without keeping it (`{ } ( ) , =`, `and`/`or`).
    /// </summary>
    private bool IsSkipped(int start)
    {
        var local = start - unitStart;
        while (skippedIndex < skipped.Count && skipped[skippedIndex].End <= local)
        {
            skippedIndex++;
        }
        return skippedIndex < skipped.Count && skipped[skippedIndex].Start <= local;
    }

    /// <summary>Places a token from the cursor: the trivia before it is its leading trivia, the trivia after it on its line its trailing trivia.</summary>
    private WovenToken Attach(int start, int end, string tokenText, WovenTokenKind kind, SyntaxElement? source)
    {
        if (end == start && start < cursor)
        {
            // A missing token the parser placed right after the token before it, inside that token's trailing trivia.
            var missing = new TextSpan(start - unitStart, 0);
            var woven = new WovenToken(missing, missing, tokenText, kind, source);
            sequence.Add(woven);
            return woven;
        }
        var fullStart = Math.Min(cursor, start);
        var fullEnd = Lexer.SkipTrailingTrivia(text, end, limit);
        var token = new WovenToken(
            TextSpan.FromBounds(start - unitStart, end - unitStart),
            TextSpan.FromBounds(fullStart - unitStart, fullEnd - unitStart),
            tokenText,
            kind,
            source);
        sequence.Add(token);
        cursor = fullEnd;
        return token;
    }

    private WovenToken AddEndOfFile()
    {
        var endOfFile = new WovenToken(
            new TextSpan(limit - unitStart, 0),
            TextSpan.FromBounds(cursor - unitStart, limit - unitStart),
            string.Empty,
            WovenTokenKind.EndOfFile,
            null);
        cursor = limit;
        sequence.Add(endOfFile);
        return endOfFile;
    }
}
