using CodingDsl.Language.Text;
using System.Text;
using CsCheck;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Issue 9, a full-fidelity tree: the woven tokens with their trivia are the document, whatever it holds
/// (garbage, unterminated strings, half-typed statements), an incremental parse weaves to the same tokens
/// as a full parse, and a keystroke weaves only the unit it re-parsed (the others keep their weave).
/// </summary>
public sealed class FullFidelityTests
{
    private static readonly Gen<string> Piece =
        Gen.Int[0, RandomTextPropertyTests.Pieces.Length - 1].Select(i => RandomTextPropertyTests.Pieces[i]);

    private static readonly Gen<string> PieceText = Piece.Array[0, 120].Select(p => string.Concat(p));

    /// <summary>Random UTF-16 code units, lone surrogates and NUL included.</summary>
    private static readonly Gen<string> Bytes = Gen.Char.Array[0, 200].Select(c => new string(c));

    /// <summary>Each token as kind, document span, full span and text: what a full and an incremental weave must agree on.</summary>
    private static string Dump(SyntaxTree tree)
    {
        var sb = new StringBuilder();
        foreach (var token in tree.FullTokens())
        {
            sb.Append(token.Kind).Append(' ').Append(token.Span).Append(' ').Append(token.FullSpan).Append(' ').Append(token.Text).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Every token's trivia is trivia (whitespace, line breaks, comments), and the tokens follow one another with nothing between.</summary>
    private static void AssertWellFormed(SyntaxTree tree)
    {
        var text = tree.Text.Text;
        var position = 0;
        foreach (var token in tree.FullTokens())
        {
            if (token.Kind == WovenTokenKind.Missing && token.FullSpan.Length == 0 && token.FullSpan.Start <= position)
            {
                continue;
            }
            Assert.Equal(position, token.FullSpan.Start);
            AssertTrivia(text, token.FullSpan.Start, token.Span.Start);
            AssertTrivia(text, token.Span.End, token.FullSpan.End);
            position = token.FullSpan.End;
        }
        Assert.Equal(text.Length, position);
    }

    private static void AssertTrivia(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var trivia = Lexer.ScanTrivia(text, i, end);
            Assert.True(trivia is not null, $"a token inside trivia at {i}: {text[i..end]}");
            i = trivia.Value.End;
        }
    }

    private static void AssertRoundTrip(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        AssertWellFormed(tree);
        Assert.Equal(WovenTokenKind.EndOfFile, tree.FullTokens().Last().Kind);
    }

    public static TheoryData<string> Files() => LexerTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_and_case_file_round_trips(string path) =>
        AssertRoundTrip(File.ReadAllText(Path.Combine(RepoPaths.Root, path)));

    [Fact]
    public void Random_texts_of_the_languages_pieces_round_trip() => PieceText.Sample(AssertRoundTrip, iter: 1000);

    [Fact]
    public void Random_characters_round_trip() => Bytes.Sample(AssertRoundTrip, iter: 1000);

    [Fact]
    public void Incremental_parses_after_random_edits_weave_as_full_parses_do()
    {
        var edit = Gen.Select(Gen.Double[0, 1], Gen.Int[0, 8], Piece);
        Gen.Select(PieceText, edit.Array[1, 12]).Sample((start, edits) =>
        {
            var text = start;
            var tree = SyntaxTree.Parse(text);
            _ = tree.ToFullString(); // woven before the edits, so the edits reuse the weaves of units they keep
            foreach (var (at, remove, insert) in edits)
            {
                text = RandomTextPropertyTests.Edit(text, at, remove, insert);
                tree = SyntaxTree.Parse(text, tree);
                Assert.Equal(text, tree.ToFullString());
                Assert.Equal(Dump(SyntaxTree.Parse(text)), Dump(tree));
            }
        }, iter: 300);
    }

    [Fact]
    public void Every_sample_edited_at_random_weaves_as_a_full_parse_does()
    {
        var files = LexerTests.Files().Cast<string>().Select(path => File.ReadAllText(Path.Combine(RepoPaths.Root, path))).Where(t => t.Length > 0).ToArray();
        var edit = Gen.Select(Gen.Int[0, files.Length - 1], Gen.Double[0, 1], Gen.Int[0, 8], Piece);
        edit.Sample((file, at, remove, insert) =>
        {
            var tree = SyntaxTree.Parse(files[file]);
            _ = tree.ToFullString();
            var text = RandomTextPropertyTests.Edit(files[file], at, remove, insert);
            var edited = SyntaxTree.Parse(text, tree);
            Assert.Equal(text, edited.ToFullString());
            Assert.Equal(Dump(SyntaxTree.Parse(text)), Dump(edited));
        }, iter: 300);
    }

    [Fact]
    public void Punctuation_missing_braces_and_skipped_text_are_tokens_of_their_own_kind()
    {
        const string text = "set s = opcs A01.1, A01.2\nguidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 \"x\"\n    garbage here\n";
        var tree = SyntaxTree.Parse(text);
        var tokens = tree.FullTokens().ToList();

        Assert.Equal(text, tree.ToFullString());
        Assert.Contains(tokens, t => t is { Kind: WovenTokenKind.Token, Text: "=" });
        Assert.Contains(tokens, t => t is { Kind: WovenTokenKind.Token, Text: "," });
        Assert.Equal(2, tokens.Count(t => t is { Kind: WovenTokenKind.Token, Text: "{" }));
        Assert.Equal(["garbage", "here"], tokens.Where(t => t.Kind == WovenTokenKind.Skipped).Select(t => t.Text));
        // The section and the guidance are both left open: each holds a zero-width missing `}`.
        Assert.Equal(2, tokens.Count(t => t.Kind == WovenTokenKind.Missing && t.Span.Length == 0));
    }

    [Fact]
    public void Text_is_skipped_where_the_parser_recorded_it_punctuation_of_a_failed_statement_included()
    {
        const string text = "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 \"x\"\n    frobnicate (a, b)\n  }\n}\n} stray\n";
        var tree = SyntaxTree.Parse(text);
        var tokens = tree.FullTokens().ToList();

        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(["frobnicate", "(", "a", ",", "b", ")", "}", "stray"], tokens.Where(t => t.Kind == WovenTokenKind.Skipped).Select(t => t.Text));
        Assert.Equal(2, tokens.Count(t => t is { Kind: WovenTokenKind.Token, Text: "{" }));
        Assert.Equal(2, tokens.Count(t => t is { Kind: WovenTokenKind.Token, Text: "}" }));
        var section = (SectionDeclaration)((GuidanceDeclaration)tree.Root.Declarations[0]).Items[0];
        Assert.Equal("frobnicate (a, b)", text.Substring(tree.Root.DeclarationOffsets[0] + ((GuidanceDeclaration)tree.Root.Declarations[0]).ItemOffsets[0] + section.SkippedSpans[0].Start, section.SkippedSpans[0].Length).Trim());
        // A unit that skipped nothing holds the one shared empty list.
        Assert.Same(Array.Empty<TextSpan>(), ((GuidanceDeclaration)tree.Root.Declarations[0]).SkippedSpans);
    }

    [Fact]
    public void A_tokens_trivia_is_leading_up_to_it_and_trailing_to_the_end_of_its_line()
    {
        const string text = "use \"a.coding\" // the library\n\n// next\nuse \"b.coding\" // codingdsl-disable-line CDSL0401\n";
        var tree = SyntaxTree.Parse(text);
        var first = tree.FullTokens().First(t => t.Text == "\"a.coding\"");
        var second = tree.FullTokens().Where(t => t.Text == "use").Last();

        Assert.Equal(" // the library\n", text.Substring(first.TrailingTrivia.Start, first.TrailingTrivia.Length));
        Assert.Equal("\n// next\n", text[second.FullSpan.Start..second.Span.Start]);
        Assert.Equal(
            [TriviaKind.Whitespace, TriviaKind.Comment, TriviaKind.NewLine],
            Lexer.ReadTrivia(text, first.TrailingTrivia).Select(t => t.Kind));
        var last = tree.FullTokens().Single(t => t.Text == "\"b.coding\"");
        Assert.Contains(TriviaKind.SuppressionComment, Lexer.ReadTrivia(text, last.TrailingTrivia).Select(t => t.Kind));
    }

    [Fact]
    public void A_node_holds_its_punctuation_between_its_parts_in_source_order()
    {
        var tree = SyntaxTree.Parse("rule r { when (has opcs Y53.- or image-guided) and percutaneous require percutaneous }");
        var rule = Assert.IsType<RuleDeclaration>(tree.Root.Declarations[0]);
        var woven = tree.Weave(rule, tree.Root.DeclarationOffsets[0]);
        var and = Assert.IsType<AndCondition>(Assert.IsType<WhenClause>(rule.Clauses[0]).Condition);

        var ruleParts = woven.ChildNodesAndTokens(rule)!.Select(e => e is WovenToken t ? t.Text : ((SyntaxNode)e).NodeKind.ToString());
        Assert.Equal(["rule", "r", "{", "WhenClause", "RequireClause", "}"], ruleParts);
        var andParts = woven.ChildNodesAndTokens(and)!.Select(e => e is WovenToken t ? t.Text : ((SyntaxNode)e).NodeKind.ToString());
        Assert.Equal(["OrCondition", "and", "FactCondition"], andParts);
        // The parentheses are inside the `or` condition's span: it holds them.
        var orParts = woven.ChildNodesAndTokens(and.Operands[0])!.Select(e => e is WovenToken t ? t.Text : ((SyntaxNode)e).NodeKind.ToString());
        Assert.Equal(["(", "CodeCondition", "or", "FactCondition", ")"], orParts);
    }

    [Fact]
    public void An_edit_inside_a_section_weaves_only_that_section_and_the_units_around_it()
    {
        var sb = new StringBuilder("guidance IPG1 \"g\" {\n");
        for (var s = 0; s < 20; s++)
        {
            sb.Append($"  procedure \"S{s}\" {{\n    opcs J12.4 \"t\"\n    note \"n{s}\"\n  }}\n");
        }
        var text = sb.Append("}\n").ToString();
        var tree = SyntaxTree.Parse(text);
        _ = tree.ToFullString();
        var at = text.IndexOf("note \"n7\"", StringComparison.Ordinal) + 6;
        var typed = text.Insert(at, "x");
        var edited = SyntaxTree.Parse(typed, tree);
        var items = ((GuidanceDeclaration)edited.Root.Declarations[0]).Items;

        // Before the edited tree is read, every unit it kept is woven already; the re-parsed section is not.
        Assert.Equal(19, items.Count(SyntaxWeaver.IsWoven));
        Assert.False(SyntaxWeaver.IsWoven(items[7]));
        Assert.Equal(typed, edited.ToFullString());
        Assert.True(SyntaxWeaver.IsWoven(items[7]));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_nodes_woven_children_are_its_parsed_children_in_order_with_the_tokens_between(string path)
    {
        var tree = SyntaxTree.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, path)));
        var text = tree.Text.Text;
        foreach (var (unit, start) in Units(tree.Root, 0))
        {
            var woven = tree.Weave(unit, start);
            foreach (var node in NodesOfUnit(unit))
            {
                var children = woven.ChildNodesAndTokens(node);
                Assert.NotNull(children);
                Assert.Equal(node.ChildNodes(), children.OfType<SyntaxNode>());
                // A token the parser kept is there as itself, unless another node holds it (a lent `opcs`).
                var kept = children.OfType<WovenToken>().Where(t => t.Source is not null).Select(t => t.Source!).ToList();
                Assert.All(kept, source => Assert.Contains(source, node.ChildNodesAndTokens()));
                // Every token's text is the document's at its place.
                Assert.All(children.OfType<WovenToken>().Where(t => t.Source is not StringLiteral), t =>
                    Assert.Equal(text.Substring(start + t.LocalSpan.Start, t.LocalSpan.Length), t.Text));
            }
        }
    }

    private static IEnumerable<(SyntaxNode Unit, int Start)> Units(SyntaxNode unit, int start)
    {
        yield return (unit, start);
        if (unit.UnitOffsets is { } offsets)
        {
            var index = 0;
            foreach (var child in unit.ChildNodes())
            {
                foreach (var inner in Units(child, start + offsets[index++]))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The unit and the nodes inside it, not those of the units it holds.</summary>
    private static IEnumerable<SyntaxNode> NodesOfUnit(SyntaxNode unit) =>
        unit.UnitOffsets is null
            ? unit.ChildNodes().SelectMany(NodesOfUnit).Prepend(unit)
            : [unit];
}
