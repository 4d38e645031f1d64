using CodingDsl.Language.Text;

namespace CodingDsl.Language.Syntax;

/// <summary>
/// Makes a parsed tree full-fidelity: gives every node its parent, its full span and all its children
/// in source order, where the parser's nodes hold only the tokens they mean something by. The text
/// between a node's parts is read with the one lexer into tokens the node holds too (punctuation such
/// as `{ , = ( )`, `and`/`or` between conditions, text skipped by error recovery, flagged), trivia goes
/// to the tokens (Roslyn's rule: trailing up to and including the line break, the rest leading), and
/// the root ends with a zero-width end-of-file token holding the trivia at the end. So the tokens under
/// the root, with their trivia, are the document: <c>tree.Root.ToFullString() == text</c> for any text.
/// </summary>
/// <remarks>
/// Nodes an incremental parse keeps (the same object, at the same offset) are not woven again: their
/// links stay, and only their parent is set to the new tree's node.
/// </remarks>
internal sealed class SyntaxWeaver
{
    private readonly string text;
    private readonly IReadOnlyList<TextSpan> skipped;
    private readonly IReadOnlySet<SyntaxNode>? kept;
    private readonly Stack<List<SyntaxElement>> lists = new();
    private int skipIndex;

    /// <summary>Where the next token's leading trivia starts.</summary>
    private int cursor;

    /// <summary>The end of the last token placed: a token before it is one the parser shares between two nodes, placed once.</summary>
    private int lastTokenEnd;

    private SyntaxWeaver(string text, IReadOnlyList<TextSpan> skipped, IReadOnlySet<SyntaxNode>? kept)
    {
        this.text = text;
        this.skipped = skipped;
        this.kept = kept;
    }

    /// <param name="skipped">What the parser passed over while recovering, in text order.</param>
    /// <param name="kept">Nodes of an earlier tree kept as they were (by reference), not woven again.</param>
    public static void Weave(CompilationUnit root, string text, IReadOnlyList<TextSpan> skipped, IReadOnlySet<SyntaxNode>? kept = null) =>
        new SyntaxWeaver(text, skipped, kept).WeaveRoot(root);

    private void WeaveRoot(CompilationUnit root)
    {
        var slots = Rent();
        foreach (var declaration in root.Declarations)
        {
            Gap(declaration.Span.Start, root, slots);
            WeaveNode(declaration, root);
            slots.Add(declaration);
        }
        Gap(text.Length, root, slots);
        var endOfFile = new SyntaxToken(new TextSpan(text.Length, 0), string.Empty);
        Attach(endOfFile, root, TokenFlags.EndOfFile);
        slots.Add(endOfFile);
        root.Links = new SyntaxLinks { FullSpan = new TextSpan(0, text.Length), Flags = TokenFlags.Woven };
        root.Slots.Slots = Return(slots);
        root.DocumentText = text;
    }

    private void WeaveNode(SyntaxNode node, SyntaxNode parent)
    {
        if ((node.Slots.Original is not null || kept is not null && kept.Contains(node)) && node.Links.Woven && node.Links.FullSpan.Start == cursor)
        {
            // Kept as it was, or moved with its links (children made on first use). Not when an edit
            // just before it changed its leading trivia: then it is woven again.
            node.Links.Parent = parent;
            cursor = node.Links.FullSpan.End;
            lastTokenEnd = Math.Max(lastTokenEnd, node.Span.End);
            return;
        }
        node.Slots = default;
        var fullStart = cursor;
        var slots = Rent();
        foreach (var child in node.Children())
        {
            if (child is null || child is not SyntaxNode && child.Span.Start < lastTokenEnd)
            {
                // Not written, or a token another node already holds: `opcs (A or B)` lends the
                // group's `opcs` to its first code, which reads it as its own system keyword.
                continue;
            }
            Gap(child.Span.Start, node, slots);
            if (child is SyntaxNode childNode)
            {
                WeaveNode(childNode, node);
            }
            else
            {
                Attach(child, node, TokenFlags.None);
            }
            slots.Add(child);
        }
        Gap(node.Span.End, node, slots);
        if (IsUnclosedBlock(node))
        {
            var missing = new SyntaxToken(new TextSpan(cursor, 0), string.Empty);
            Attach(missing, node, TokenFlags.None);
            slots.Add(missing);
        }
        node.Links = new SyntaxLinks { Parent = parent, FullSpan = TextSpan.FromBounds(fullStart, Math.Max(fullStart, cursor)), Flags = TokenFlags.Woven };
        node.Slots.Slots = Return(slots);
    }

    /// <summary>A block whose `}` is missing holds a zero-width missing `}` (the parser reported it).</summary>
    private static bool IsUnclosedBlock(SyntaxNode node) => IncrementalParser.Block(node) is (true, null);

    /// <summary>The tokens from the cursor up to <paramref name="limit"/> that no part of the node holds.</summary>
    private void Gap(int limit, SyntaxNode parent, List<SyntaxElement> slots)
    {
        while (true)
        {
            var start = Lexer.SkipTrivia(text, cursor, limit, trailing: false);
            if (start >= limit)
            {
                return;
            }
            var end = Lexer.ScanToken(text, start, limit).End;
            var token = new SyntaxToken(TextSpan.FromBounds(start, end), text[start..end]);
            Attach(token, parent, IsSkipped(start) ? TokenFlags.Skipped : TokenFlags.None);
            slots.Add(token);
        }
    }

    private void Attach(SyntaxElement token, SyntaxNode parent, TokenFlags flags)
    {
        var span = token.Span;
        if (span.Length == 0 && span.Start < cursor)
        {
            // A missing token the parser placed right after the token before it, inside that token's trailing trivia.
            token.Links = new SyntaxLinks { Parent = parent, FullSpan = span, Flags = flags | TokenFlags.Woven };
            return;
        }
        var fullStart = Math.Min(cursor, span.Start);
        var fullEnd = flags.HasFlag(TokenFlags.EndOfFile) ? span.End : Lexer.SkipTrivia(text, span.End, text.Length, trailing: true);
        token.Links = new SyntaxLinks { Parent = parent, FullSpan = TextSpan.FromBounds(fullStart, fullEnd), Flags = flags | TokenFlags.Woven };
        cursor = fullEnd;
        lastTokenEnd = span.End;
    }

    /// <summary>The children of a moved node: its own parts where the original had its parts, moved copies of the original's other tokens.</summary>
    internal static SyntaxElement[] SlotsOfMoved(SyntaxNode node)
    {
        var original = node.Slots.Original!;
        var delta = node.Slots.Delta;
        var originalSlots = original.Slots.Slots!;
        var originalParts = original.Children();
        var parts = node.Children();
        var slots = new SyntaxElement[originalSlots.Length];
        var next = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var element = originalSlots[i];
            var part = next;
            while (part < originalParts.Count && !ReferenceEquals(originalParts[part], element))
            {
                part++;
            }
            if (part < originalParts.Count)
            {
                slots[i] = parts[part]!;
                next = part + 1;
                continue;
            }
            var token = (SyntaxToken)element;
            var links = token.Links;
            slots[i] = new SyntaxToken(new TextSpan(token.Span.Start + delta, token.Span.Length), token.Text)
            {
                Links = links with { Parent = node, FullSpan = new TextSpan(links.FullSpan.Start + delta, links.FullSpan.Length) },
            };
        }
        // Published once (another thread may be making them too); the original is let go after.
        var published = Interlocked.CompareExchange(ref node.Slots.Slots, slots, null) ?? slots;
        node.Slots.Original = null;
        return published;
    }

    private bool IsSkipped(int position)
    {
        while (skipIndex < skipped.Count && skipped[skipIndex].End <= position)
        {
            skipIndex++;
        }
        return skipIndex < skipped.Count && skipped[skipIndex].Start <= position;
    }

    private List<SyntaxElement> Rent() => lists.Count > 0 ? lists.Pop() : new List<SyntaxElement>(8);

    private SyntaxElement[] Return(List<SyntaxElement> list)
    {
        var array = list.ToArray();
        list.Clear();
        lists.Push(list);
        return array;
    }
}
