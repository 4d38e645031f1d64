using System.Collections;
using System.Text;
using CodingDsl.Language.Syntax;
using Xunit;

namespace CodingDsl.Language.Tests.Syntax;

/// <summary>
/// Re-parsing after an edit gives exactly the tree and syntax diagnostics of a full parse of the new
/// text, whatever the edit (braces, quotes, half-typed statements), and reuses the unedited parts.
/// </summary>
public class IncrementalParserTests
{
    private static readonly string[] Insertions =
    [
        "x", " ", "\n", "}", "{", "\"", "// note\n", " or ", " and ", "opcs J12.4", "\n    opcs Y53.- \"Approach\"\n", "procedure {", "\n  }\n",
        "guidance IPG1 {", "rule r {", "(", ")", "optional", "image-guided\n", "note \"n\"", "\\", "ä", "\r\n",
    ];

    public static IEnumerable<object[]> Files() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*.coding")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "cases", "invalid"), "*.coding"))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "server", "CodingDsl.Language", "StandardLibrary"), "*.coding"))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { Path.GetRelativePath(RepoPaths.Root, p) });

    [Theory]
    [MemberData(nameof(Files))]
    public void Random_edits_parse_as_a_full_parse_would(string file)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Root, file));
        var random = new Random(file.Length * 7919 + original.Length);
        var text = original;
        var tree = SyntaxTree.Parse(text);
        for (var i = 0; i < 150; i++)
        {
            // Mostly one edit to the file as written (the common case: one keystroke in a good file),
            // sometimes edits on edits (a file being typed, mistakes and all).
            text = RandomEdit(random, i % 3 == 0 ? text : original);
            tree = SyntaxTree.Parse(text, i % 3 == 0 ? tree : SyntaxTree.Parse(original));
            Assert.Equal(Dump(SyntaxTree.Parse(text)), Dump(tree));
        }
    }

    [Fact]
    public void Typing_in_one_section_of_a_large_guidance_keeps_the_other_sections_parsed()
    {
        var text = LargeGuidance(200);
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf("note \"Variant 100", StringComparison.Ordinal) + 6;
        var edited = SyntaxTree.Parse(text.Insert(at, "typed "), tree);

        var before = ((GuidanceDeclaration)tree.Root.Declarations[0]).Items;
        var after = ((GuidanceDeclaration)edited.Root.Declarations[0]).Items;
        Assert.Equal(before.Count, after.Count);
        // Sections before the edit are the very same nodes; the edited one is new with the typed text.
        var variant99 = before.OfType<SectionDeclaration>().Single(s => s.VariantName?.Value == "Variant 99");
        Assert.Same(variant99, after.OfType<SectionDeclaration>().Single(s => s.VariantName?.Value == "Variant 99"));
        var note = after.OfType<SectionDeclaration>().Single(s => s.VariantName?.Value == "Variant 100").Items.OfType<NoteStatement>().Single();
        Assert.StartsWith("typed Variant 100", note.Text.Value, StringComparison.Ordinal);
        Assert.Equal(Dump(SyntaxTree.Parse(text.Insert(at, "typed "))), Dump(edited));
    }

    [Fact]
    public void Deleting_a_closing_brace_reparses_the_whole_file_with_the_same_result()
    {
        var text = LargeGuidance(20);
        var tree = SyntaxTree.Parse(text);
        var brace = text.IndexOf("  }\n", text.IndexOf("Variant 5", StringComparison.Ordinal), StringComparison.Ordinal) + 2;
        var edited = text.Remove(brace, 1);
        var reparsed = SyntaxTree.Parse(edited, tree);
        Assert.Equal(Dump(SyntaxTree.Parse(edited)), Dump(reparsed));
        Assert.Contains(reparsed.Diagnostics, d => d.Code == "CDSL0103" || d.Code == "CDSL0104");
    }

    [Fact]
    public void A_comment_typed_after_the_last_brace_keeps_every_declaration()
    {
        var text = "use \"lib.coding\"\n" + LargeGuidance(20) + LargeGuidance(20).Replace("IPG9999", "IPG9998", StringComparison.Ordinal);
        var tree = SyntaxTree.Parse(text);
        var edited = text + "// a note at the end";
        var reparsed = SyntaxTree.Parse(edited, tree);
        Assert.Equal(Dump(SyntaxTree.Parse(edited)), Dump(reparsed));
        Assert.Equal(tree.Root.Declarations.Count, reparsed.Root.Declarations.Count);
        for (var i = 0; i < tree.Root.Declarations.Count; i++)
        {
            Assert.Same(tree.Root.Declarations[i], reparsed.Root.Declarations[i]);
            Assert.Same(reparsed.Root, reparsed.Root.Declarations[i].Parent);
        }
    }

    [Theory]
    [InlineData("// between\n", "guidance IPG9998")] // a comment between two guidances
    [InlineData("x", "lib.coding")] // inside the quoted path of a `use` line
    [InlineData("\nset extra = opcs Y53.-\n", "guidance IPG9998")] // a new top-level statement
    [InlineData("}\n", "guidance IPG9998")] // a stray brace between guidances
    public void An_edit_between_declarations_parses_only_from_the_one_before_it(string insertion, string before)
    {
        var text = "use \"lib.coding\"\n" + LargeGuidance(5) + LargeGuidance(5).Replace("IPG9999", "IPG9998", StringComparison.Ordinal);
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf(before, StringComparison.Ordinal);
        var edited = text.Insert(at, insertion);
        var reparsed = SyntaxTree.Parse(edited, tree);
        Assert.Equal(Dump(SyntaxTree.Parse(edited)), Dump(reparsed));
        // The guidance after the edit was moved, not parsed again: it keeps its content key.
        var second = tree.Root.Declarations.OfType<GuidanceDeclaration>().Single(g => g.Id.Text == "IPG9998");
        var moved = reparsed.Root.Declarations.OfType<GuidanceDeclaration>().Single(g => g.Id.Text == "IPG9998");
        Assert.Same(second.ContentKey, moved.ContentKey);
        Assert.Equal(second.Span.Start + insertion.Length, moved.Span.Start);
    }

    [Fact]
    public void A_guidance_edited_gets_a_new_content_key_and_the_others_keep_theirs()
    {
        var text = LargeGuidance(5) + LargeGuidance(5).Replace("IPG9999", "IPG9998", StringComparison.Ordinal);
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf("note \"Variant 2", StringComparison.Ordinal) + 6;
        var edited = SyntaxTree.Parse(text.Insert(at, "typed "), tree);
        var (first, second) = (tree.Root.Declarations[0], tree.Root.Declarations[1]);
        Assert.NotSame(first.ContentKey, edited.Root.Declarations[0].ContentKey);
        Assert.Same(second.ContentKey, edited.Root.Declarations[1].ContentKey);
        // A full parse of the same text makes new keys: the key is an identity, not a hash of the text.
        Assert.NotSame(second.ContentKey, SyntaxTree.Parse(text).Root.Declarations[1].ContentKey);
    }

    private static string RandomEdit(Random random, string text)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(4))
        {
            case 0:
            case 1:
                return text.Insert(at, Insertions[random.Next(Insertions.Length)]);
            case 2:
                return text.Length == 0 ? text : text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 12), text.Length - Math.Min(at, text.Length - 1)));
            default:
                // Type a word a character at a time would be many edits; one replacement stands for it.
                var length = Math.Min(random.Next(0, 4), text.Length - at);
                return text.Remove(at, length).Insert(at, Insertions[random.Next(Insertions.Length)]);
        }
    }

    private static string LargeGuidance(int variants)
    {
        var sb = new StringBuilder("guidance IPG9999 \"Large\" {\n  source \"https://www.nice.org.uk/guidance/ipg9999\"\n");
        for (var i = 0; i < variants; i++)
        {
            sb.Append($"\n  procedure \"Variant {i}\" {{\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n    image-guided\n")
              .Append("    opcs Y53.- \"Approach to organ under image control\"\n      or Y68.- \"Other approach to organ under image control\"\n")
              .Append($"    note \"Variant {i} of the procedure.\"\n  }}\n");
        }
        return sb.Append("}\n").ToString();
    }

    /// <summary>Every node, token, span and diagnostic of a tree as text, so two parses can be compared in full.</summary>
    internal static string Dump(SyntaxTree tree)
    {
        var sb = new StringBuilder();
        Write(sb, tree.Root, 0);
        sb.Append(FullFidelityTests.Outline(tree.Root));
        foreach (var d in tree.Diagnostics)
        {
            sb.Append($"{d.Code} {d.Level} {d.Span} {d.Message}\n");
        }
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                sb.Append('"').Append(s).Append('"');
                return;
            case IEnumerable list:
                sb.Append('[');
                foreach (var item in list)
                {
                    Write(sb, item, depth + 1);
                    sb.Append(", ");
                }
                sb.Append(']');
                return;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace == "CodingDsl.Language.Text")
        {
            sb.Append(value);
            return;
        }
        sb.Append(type.Name).Append('{');
        // Parent points back up: the outline above checks it.
        foreach (var property in type.GetProperties().Where(p => p.Name is not ("EqualityContract" or "Parent")).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            sb.Append(property.Name).Append('=');
            Write(sb, property.GetValue(value), depth + 1);
            sb.Append(' ');
        }
        sb.Append("}\n");
    }
}
