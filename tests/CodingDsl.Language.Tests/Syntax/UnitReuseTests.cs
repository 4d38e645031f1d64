using System.Text;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Nodes hold spans relative to their unit (a top-level declaration, a guidance's item), so an edit
/// replaces only the unit it is in: every other section and declaration of the new tree is the very
/// object of the previous one, nothing copied or moved, and the tree still reads as a full parse would.
/// </summary>
public sealed class UnitReuseTests
{
    /// <summary>Constructs no sample, case file or example of docs/language.md happens to write.</summary>
    private const string Extra = "rule r { when has opcs Y53.- or image-guided require percutaneous code CDSL9000 }";

    private static IEnumerable<SyntaxNode> AllNodes()
    {
        var texts = LexerTests.Files().Cast<string>().Select(path => File.ReadAllText(Path.Combine(RepoPaths.Root, path))).Concat(LanguageDocExamples.ThatParse).Append(Extra);
        foreach (var text in texts)
        {
            var tree = SyntaxTree.Parse(text);
            foreach (var node in Descendants(tree.Root))
            {
                yield return node;
            }
        }
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) =>
        node.ChildNodes().SelectMany(Descendants).Prepend(node);

    /// <summary>Every kind of node is parsed by some sample, case or example of the language reference (its paragraph's example is a construct's sample), so the tests that edit them (here and the random edits) reach each kind.</summary>
    [Fact]
    public void The_samples_and_cases_hold_every_kind_of_node()
    {
        var seen = AllNodes().Select(n => n.NodeKind).ToHashSet();
        var missing = Enum.GetValues<SyntaxKind>().Where(k => !seen.Contains(k)).ToArray();
        Assert.True(missing.Length == 0, "No sample, case file or example of docs/language.md writes: " + string.Join(", ", missing));
    }

    [Fact]
    public void An_edit_inside_a_section_keeps_every_other_section_and_declaration_as_the_same_object()
    {
        var text = Guidances(5, sections: 4);
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf("note \"G2 S1\"", StringComparison.Ordinal) + 6;
        var typed = text.Insert(at, "longer ");
        var edited = SyntaxTree.Parse(typed, tree);

        Assert.Equal(IncrementalParserTests.Dump(SyntaxTree.Parse(typed)), IncrementalParserTests.Dump(edited));
        var before = tree.Root.Declarations;
        var after = edited.Root.Declarations;
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            if (i == 4)
            {
                continue; // the `use` and the set, then G0..G4: G2 is declaration 4
            }
            Assert.Same(before[i], after[i]);
        }
        var oldItems = ((GuidanceDeclaration)before[4]).Items;
        var newItems = ((GuidanceDeclaration)after[4]).Items;
        Assert.NotSame(before[4], after[4]);
        for (var i = 0; i < oldItems.Count; i++)
        {
            if (oldItems[i] is SectionDeclaration { VariantName.Value: "S1" })
            {
                Assert.NotSame(oldItems[i], newItems[i]);
            }
            else
            {
                Assert.Same(oldItems[i], newItems[i]);
            }
        }
        // Only the offsets of what follows the edit moved.
        Assert.Equal(tree.Root.DeclarationOffsets.Take(5), edited.Root.DeclarationOffsets.Take(5));
        Assert.Equal(tree.Root.DeclarationOffsets.Skip(5).Select(o => o + "longer ".Length), edited.Root.DeclarationOffsets.Skip(5));
    }

    [Fact]
    public void An_edit_in_a_top_level_line_keeps_every_other_declaration_as_the_same_object()
    {
        var text = Guidances(5, sections: 2);
        var tree = SyntaxTree.Parse(text);
        // In the set's name: the parse after the set reads back to the token before the next declaration, which stays as it was.
        var at = text.IndexOf("set chosen", StringComparison.Ordinal) + "set chosen".Length;
        var typed = text.Insert(at, "_one");
        var edited = SyntaxTree.Parse(typed, tree);

        Assert.Equal(IncrementalParserTests.Dump(SyntaxTree.Parse(typed)), IncrementalParserTests.Dump(edited));
        var set = tree.Root.Declarations.Select((d, i) => (d, i)).Single(p => p.d is SetDeclaration).i;
        for (var i = 0; i < tree.Root.Declarations.Count; i++)
        {
            if (i == set)
            {
                Assert.Equal("chosen_one", Assert.IsType<SetDeclaration>(edited.Root.Declarations[i]).Name.Text);
            }
            else
            {
                Assert.Same(tree.Root.Declarations[i], edited.Root.Declarations[i]);
            }
        }
    }

    [Fact]
    public void Typing_in_a_comment_just_before_a_section_keeps_that_section_as_the_same_object()
    {
        var text = Guidances(2, sections: 3).Replace("  procedure \"S1\"", "  // about S1: the words typed here are not read\n  procedure \"S1\"", StringComparison.Ordinal);
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf("not read", StringComparison.Ordinal);
        var typed = text.Insert(at, "still ");
        var edited = SyntaxTree.Parse(typed, tree);

        Assert.Equal(IncrementalParserTests.Dump(SyntaxTree.Parse(typed)), IncrementalParserTests.Dump(edited));
        var oldItems = ((GuidanceDeclaration)tree.Root.Declarations[2]).Items;
        var newItems = ((GuidanceDeclaration)edited.Root.Declarations[2]).Items;
        Assert.Equal(oldItems.Count, newItems.Count);
        for (var i = 0; i < oldItems.Count; i++)
        {
            Assert.Same(oldItems[i], newItems[i]);
        }
    }

    [Fact]
    public void An_edit_in_a_section_scans_again_only_the_comments_of_that_section_and_its_neighbours()
    {
        var text = Commented(Guidances(5, sections: 6));
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf("note \"G1 S3\"", StringComparison.Ordinal) + 6;
        var typed = text.Insert(at, "longer ");
        var edited = SyntaxTree.Parse(typed, tree);

        Assert.Equal(IncrementalParserTests.Dump(SyntaxTree.Parse(typed)), IncrementalParserTests.Dump(edited));
        Assert.Equal(Lexer.Lex(typed).Tokens.SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Where(t => t.IsComment).Select(t => typed[t.Span.Start..t.Span.End]),
            edited.Root.DocumentComments().Select(c => typed[c.Span.Start..c.Span.End]));
        var g1 = 3; // the `use`, the set, then G0, G1, G2
        for (var i = 0; i < tree.Root.Declarations.Count; i++)
        {
            if (Math.Abs(i - g1) > 1)
            {
                Assert.Same(tree.Root.DeclarationComments[i], edited.Root.DeclarationComments[i]);
            }
        }
        var before = ((GuidanceDeclaration)tree.Root.Declarations[g1]).ItemComments;
        var after = ((GuidanceDeclaration)edited.Root.Declarations[g1]).ItemComments;
        var section = 4; // the source line, then S0..S5: S3 is item 4
        Assert.Contains(after[section], c => c.Text == "// before S3");
        for (var i = 0; i < before.Count; i++)
        {
            if (Math.Abs(i - section) > 1)
            {
                Assert.Same(before[i], after[i]);
            }
        }
    }

    [Fact]
    public void A_comment_between_two_sections_is_the_next_ones_and_a_comment_after_a_closing_brace_the_one_it_closes()
    {
        var text = Commented(Guidances(1, sections: 2));
        var root = SyntaxTree.Parse(text).Root;
        var guidance = (GuidanceDeclaration)root.Declarations[2];
        var s0 = guidance.ItemComments[1];
        Assert.Equal(["// before S0", "// end S0"], s0.Select(c => c.Text));
        Assert.True(s0[0].Span.Start < 0, "a leading comment stands before its unit's start");
        Assert.Equal(text.IndexOf("// end S0", StringComparison.Ordinal), root.DeclarationOffsets[2] + guidance.ItemOffsets[1] + s0[1].Span.Start);
        Assert.Equal(["// before S1", "// end S1"], guidance.ItemComments[2].Select(c => c.Text));
    }

    /// <summary>The text with a comment line before each section and a comment after each section's `}`.</summary>
    private static string Commented(string text) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(text, @"  procedure ""(S\d+)""", "  // before $1\n  procedure \"$1\""),
            @"(note ""G\d+ (S\d+)""\n  \})", "$1 // end $2");

    [Fact]
    public void An_edit_in_one_section_keeps_what_the_parser_skipped_in_the_others()
    {
        var text = Guidances(3, sections: 4).Replace("    note \"G1 S2\"\n", "    note \"G1 S2\"\n    frobnicate (a, b)\n", StringComparison.Ordinal) + "} stray\n";
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf("note \"G1 S0\"", StringComparison.Ordinal) + 6;
        var typed = text.Insert(at, "longer ");
        var edited = SyntaxTree.Parse(typed, tree);

        Assert.Equal(IncrementalParserTests.Dump(SyntaxTree.Parse(typed)), IncrementalParserTests.Dump(edited));
        var before = (SectionDeclaration)((GuidanceDeclaration)tree.Root.Declarations[3]).Items[3];
        var after = (SectionDeclaration)((GuidanceDeclaration)edited.Root.Declarations[3]).Items[3];
        Assert.Same(before, after);
        Assert.Single(after.SkippedSpans);
        // The root's own skipped text (the stray `}`, then the word after it) moved with the edit.
        Assert.Equal([typed.LastIndexOf('}'), typed.LastIndexOf("stray", StringComparison.Ordinal)], edited.Root.SkippedSpans.Select(s => s.Start));
    }

    [Fact]
    public void A_message_naming_the_word_before_skips_the_comment_in_between()
    {
        var tree = SyntaxTree.Parse("set chosen = opcs J12.4 or // a code follows: token\n");
        var message = Assert.Single(tree.Diagnostics).Message;
        Assert.DoesNotContain("token", message, StringComparison.Ordinal);
        Assert.Contains("after 'or'", message, StringComparison.Ordinal);
    }

    /// <summary>A `use`, a set, then guidances G0… each with sections S0… holding a code and a note.</summary>
    private static string Guidances(int count, int sections)
    {
        var sb = new StringBuilder("use \"library.coding\"\n\nset chosen = opcs J12.4\n\n");
        for (var g = 0; g < count; g++)
        {
            sb.Append($"guidance IPG{1000 + g} \"G{g}\" {{\n  source \"https://www.nice.org.uk/guidance/ipg{1000 + g}\"\n");
            for (var s = 0; s < sections; s++)
            {
                sb.Append($"  procedure \"S{s}\" {{\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    note \"G{g} S{s}\"\n  }}\n");
            }
            sb.Append("}\n\n");
        }
        return sb.ToString();
    }
}
