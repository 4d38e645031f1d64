using System.Text;
using CsCheck;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 9: the tree holds every character of its document. Every token a node reads or passes over,
/// punctuation included, is in the tree with its trivia, so the root's tokens rebuild the text exactly
/// for any input (garbage, unterminated strings, half-typed statements, NUL, lone surrogates); each
/// node's children cover its full span in order and name it as their parent.
/// </summary>
public sealed class FullFidelityTests
{
    private static readonly string[] Pieces =
    [
        "guidance IPG1 \"t\" {", "guidance {", "rule r {", "set s = opcs A, B", "use \"lib.coding\"", "procedure {", "diagnosis \"v\" if \"c\" {",
        "when", "require", "optional", "image-guided", "position 2", "default", "note \"n\"", "opcs J12.4 \"Title\"", "opcs (Y53.- or Y68.-)",
        "icd10 C78.7", "snomed 87628006", "or", "and", "not", "has opcs", "(", ")", "{", "}", "\"", "\"open", "\n", " ", "\t", "//c\n",
        "// codingdsl-disable-line CDSL0201\n", "\\", "ä", "\0", "\uD800", "\uDC00", "J12.4", "Q90.-†", "\r\n", "\r", "#", "=", ",",
    ];

    private static readonly Gen<string> PieceText = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 80].Select(p => string.Concat(p));

    private static readonly Gen<string> RandomBytes = Gen.Byte.Array[0, 300]
        .SelectMany(bytes => Gen.Bool.Select(utf8 => utf8 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes)));

    public static TheoryData<string> Files() => LexerTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_and_case_file_is_rebuilt_from_its_tree(string relativePath)
    {
        AssertFullFidelity(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n// only a comment\n")]
    [InlineData("guidance IPG1 \"unterminated {\n  procedure {\n")]
    [InlineData("guidance {")]
    [InlineData("rule r { when has opcs Y53.- and not (image-guided or percutaneous) require percutaneous code CDSL9000 }")]
    [InlineData("set s = opcs A, B, \nguidance G { procedure { opcs (J12.4 or J12.7) and Y53.- optional } } }")]
    [InlineData("\0\uD800 \uDC00@@ guidance \"x\n}}}")]
    [InlineData("guidance G {\r\n  procedure {\r  opcs J12.4 \"a\\\"b\" // codingdsl-disable-line CDSL0201\r\n  }\r\n}\r\n// the end")]
    public void Awkward_texts_are_rebuilt_from_their_tree(string text)
    {
        AssertFullFidelity(text);
    }

    [Fact]
    public void Random_texts_of_the_languages_pieces_are_rebuilt_from_their_tree()
    {
        PieceText.Sample(AssertFullFidelity, iter: 1000);
    }

    [Fact]
    public void Random_bytes_are_rebuilt_from_their_tree()
    {
        RandomBytes.Sample(AssertFullFidelity, iter: 1000);
    }

    [Fact]
    public void Punctuation_and_operators_are_tokens_of_the_node_they_stand_in()
    {
        var tree = SyntaxTree.Parse("set s = opcs A, B\nrule r { when has opcs Y53.- and (open or percutaneous) require open }\n");
        var set = (SetDeclaration)tree.Root.Declarations[0];
        Assert.Equal(["set", "s", "=", "opcs", "A", ",", "B"], set.DescendantTokens().Select(Text));
        var rule = (RuleDeclaration)tree.Root.Declarations[1];
        Assert.Equal(["rule", "r", "{", "when", "has", "opcs", "Y53.-", "and", "(", "open", "or", "percutaneous", ")", "require", "open", "}"], rule.DescendantTokens().Select(Text));
        var and = rule.DescendantTokens().OfType<SyntaxToken>().Single(t => t.Text == "and");
        Assert.IsType<AndCondition>(and.Parent);
        Assert.Equal(" ", Assert.Single(and.TrailingTrivia) is var trivia ? tree.Text.GetText(trivia.Span) : null);
        var endOfFile = Assert.IsType<SyntaxToken>(tree.Root.ChildNodesAndTokens().Last());
        Assert.True(endOfFile.IsEndOfFile);
    }

    [Fact]
    public void Text_the_parser_passed_over_is_flagged_skipped_and_what_it_missed_is_missing()
    {
        var tree = SyntaxTree.Parse("guidance {\n  frobnicate 12\n  procedure {\n}\n");
        var guidance = (GuidanceDeclaration)tree.Root.Declarations[0];
        Assert.True(guidance.Id.IsMissing);
        var skipped = guidance.ChildNodesAndTokens().OfType<SyntaxToken>().Where(t => t.IsSkipped).Select(t => t.Text);
        Assert.Equal(["frobnicate", "12"], skipped);
        // The section took the only `}`: the guidance's is missing, zero-width, and the text still round-trips.
        var close = Assert.IsType<SyntaxToken>(guidance.ChildNodesAndTokens().Last());
        Assert.True(close.IsMissing);
        Assert.Equal(0, close.Span.Length);
        Assert.Equal(tree.Text.Text, tree.Root.ToFullString());
    }

    [Fact]
    public void A_suppression_comment_is_trivia_of_the_token_before_it()
    {
        var tree = SyntaxTree.Parse("guidance G {\n  procedure {\n    opcs J12.4 \"t\" // codingdsl-disable-line CDSL0201\n  }\n}\n");
        var title = tree.Root.DescendantTokens().OfType<StringLiteral>().Single(l => l.Value == "t");
        Assert.Equal([TriviaKind.Whitespace, TriviaKind.SuppressionComment, TriviaKind.NewLine], title.TrailingTrivia.Select(t => t.Kind));
    }

    [Fact]
    public void The_samples_and_cases_hold_every_kind_of_node()
    {
        // Constructs no sample or case file happens to write.
        const string extra = "rule r { when has opcs Y53.- or image-guided require percutaneous code CDSL9000 }";
        var seen = LexerTests.Files().Cast<string>()
            .Select(path => File.ReadAllText(Path.Combine(RepoPaths.Root, path)))
            .Append(extra)
            .SelectMany(text => Descendants(SyntaxTree.Parse(text).Root))
            .Select(n => n.NodeKind)
            .ToHashSet();
        var missing = Enum.GetValues<SyntaxKind>().Where(k => !seen.Contains(k)).ToArray();
        Assert.True(missing.Length == 0, "No sample or case file writes: " + string.Join(", ", missing));
    }

    /// <summary>Checks what the tree promises about <paramref name="text"/>: it rebuilds the text, and every element sits in its parent.</summary>
    internal static void AssertFullFidelity(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.Root.ToFullString());
        Assert.Equal(new TextSpan(0, text.Length), tree.Root.FullSpan);
        Assert.Null(tree.Root.Parent);
        AssertNode(tree.Root, text);
    }

    private static void AssertNode(SyntaxNode node, string text)
    {
        var full = node.FullSpan;
        Assert.True(node.Span.Start >= full.Start && node.Span.End <= text.Length, $"{node.NodeKind} {node.Span} outside {full}");
        var at = full.Start;
        foreach (var child in node.ChildNodesAndTokens())
        {
            Assert.Same(node, child.Parent);
            var childFull = child.FullSpan;
            if (childFull.Length == 0)
            {
                // A missing token: zero-width, somewhere in the node.
                Assert.InRange(childFull.Start, full.Start, full.End);
            }
            else
            {
                Assert.True(childFull.Start == at, $"{Describe(child)} at {childFull} in {node.NodeKind} {full}: expected it at {at}");
                at = childFull.End;
            }
            Assert.True(child.Span.Start >= childFull.Start && child.Span.Start <= text.Length, $"{Describe(child)} {child.Span} outside {childFull}");
            switch (child)
            {
                case SyntaxNode n:
                    AssertNode(n, text);
                    break;
                case SyntaxToken t:
                    Assert.Equal(text.Substring(t.Span.Start, t.Span.Length), t.Text);
                    Assert.True(t.Span.End <= childFull.End, $"{Describe(child)} {child.Span} outside {childFull}");
                    break;
                case StringLiteral l:
                    Assert.True(l.Span.End <= childFull.End, $"{Describe(child)} {child.Span} outside {childFull}");
                    break;
            }
        }
        Assert.True(at == full.End, $"{node.NodeKind} {full}: its children end at {at}");
    }

    /// <summary>Every element of a tree in order, with its span, full span, flags and parent, as text: two parses compare in full.</summary>
    internal static string Outline(SyntaxNode root)
    {
        var builder = new StringBuilder();
        Write(root, 0);
        return builder.ToString();

        void Write(SyntaxElement element, int depth)
        {
            builder.Append(' ', depth).Append(Describe(element)).Append(' ').Append(element.Span).Append(' ').Append(element.FullSpan)
                .Append(" in ").Append(element.Parent?.NodeKind.ToString() ?? "-").Append('\n');
            if (element is SyntaxNode node)
            {
                foreach (var child in node.ChildNodesAndTokens())
                {
                    Write(child, depth + 1);
                }
            }
        }
    }

    private static string Describe(SyntaxElement element) => element switch
    {
        SyntaxNode n => n.NodeKind.ToString(),
        SyntaxToken t => $"'{t.Text}'{(t.IsMissing ? " missing" : "")}{(t.IsSkipped ? " skipped" : "")}{(t.IsEndOfFile ? " end" : "")}",
        StringLiteral l => l.Text,
        _ => element.GetType().Name,
    };

    private static string Text(SyntaxElement token) => token switch
    {
        SyntaxToken t => t.Text,
        StringLiteral l => l.Text,
        _ => "?",
    };

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) =>
        node.ChildNodes().SelectMany(Descendants).Prepend(node);
}
