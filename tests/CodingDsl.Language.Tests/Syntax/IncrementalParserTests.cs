using System.Collections;
using System.Text;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;
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
            text = RandomEdits.Apply(random, i % 3 == 0 ? text : original, Insertions);
            tree = SyntaxTree.Parse(text, i % 3 == 0 ? tree : SyntaxTree.Parse(original));
            Assert.Equal(Dump(SyntaxTree.Parse(text)), Dump(tree));
        }
    }

    /// <summary>What is typed between declarations: comments, top-level lines, the start or end of a block.</summary>
    private static readonly string[] OutsideInsertions =
    [
        "x", " ", "\n", "}", "{", "\"", "// note\n", "// codingdsl-disable-next-line CDSL0201\n", "use \"other.coding\"\n", "use ",
        "set s = opcs J12.4, Y53.-\n", "set ", ", Y68.-", "guidance IPG1 {", "guidance IPG2 \"Title\" {\n}\n", "rule r {", "rule r { require percutaneous }\n",
        "procedure {", "opcs J12.4", "\r\n", "\\", "ä", "/", "//",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Random_edits_outside_every_block_parse_as_a_full_parse_would(string file) =>
        AssertRandomEditsIncremental(file, 104729, OutsideEveryBlock);

    [Theory]
    [MemberData(nameof(Files))]
    public void Random_edits_between_the_sections_of_a_guidance_parse_as_a_full_parse_would(string file) =>
        AssertRandomEditsIncremental(file, 15485863, BetweenSections);

    private static void AssertRandomEditsIncremental(string file, int seed, Func<Random, SyntaxTree, int> where)
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Root, file));
        var random = new Random(file.Length * seed + original.Length);
        var text = original;
        var tree = SyntaxTree.Parse(text);
        for (var i = 0; i < 100; i++)
        {
            var from = i % 3 == 0 ? text : original;
            var previous = i % 3 == 0 ? tree : SyntaxTree.Parse(original);
            text = RandomEdits.Apply(random, from, OutsideInsertions, where(random, previous));
            tree = SyntaxTree.Parse(text, previous);
            var full = SyntaxTree.Parse(text);
            Assert.Equal(Dump(full), Dump(tree));

            // Incremental, not a full parse in disguise (only past the error cap does every edit parse it all).
            var capped = new[] { previous, full }.Any(t => t.Diagnostics.Any(d => d.Code == DiagnosticCatalog.TooManyErrors.Code));
            Assert.True(capped || IncrementalParser.TryReparse(previous, new SourceText(text)) is not null, $"edit {i} fell back to a full parse");
        }
    }

    /// <summary>A random offset that no guidance or rule encloses: between declarations, in a `use` or `set` line, at either end.</summary>
    private static int OutsideEveryBlock(Random random, SyntaxTree tree)
    {
        var at = random.Next(tree.Text.Length + 1);
        var block = Enumerable.Range(0, tree.Root.Declarations.Count)
            .Where(i => tree.Root.Declarations[i] is GuidanceDeclaration or RuleDeclaration)
            .Select(i => (TextSpan?)tree.Root.DeclarationSpan(i))
            .FirstOrDefault(d => d!.Value.Start < at && at < d.Value.End);
        return block is not { } span ? at : random.Next(2) == 0 ? span.Start : span.End;
    }

    /// <summary>A random offset inside a guidance and outside its sections (its `source`, `note` lines, between sections), else anywhere.</summary>
    private static int BetweenSections(Random random, SyntaxTree tree)
    {
        var guidances = Enumerable.Range(0, tree.Root.Declarations.Count).Where(i => tree.Root.Declarations[i] is GuidanceDeclaration).ToArray();
        if (guidances.Length == 0)
        {
            return random.Next(tree.Text.Length + 1);
        }
        var index = guidances[random.Next(guidances.Length)];
        var guidance = (GuidanceDeclaration)tree.Root.Declarations[index];
        var span = tree.Root.DeclarationSpan(index);
        var at = random.Next(span.Start, span.End + 1);
        var section = Enumerable.Range(0, guidance.Items.Count)
            .Where(i => guidance.Items[i] is SectionDeclaration)
            .Select(i => (TextSpan?)guidance.ItemSpan(i).Shift(span.Start))
            .FirstOrDefault(s => s!.Value.Start < at && at < s.Value.End);
        return section is not { } found ? at : random.Next(2) == 0 ? found.Start : found.End;
    }

    [Fact]
    public void Typing_a_comment_after_the_last_block_keeps_every_declaration()
    {
        var text = ManyGuidances(50) + "// typed here";
        var tree = SyntaxTree.Parse(text);
        var edited = SyntaxTree.Parse(text + "x", tree);

        Assert.Equal(tree.Root.Declarations.Count, edited.Root.Declarations.Count);
        Assert.All(tree.Root.Declarations.Zip(edited.Root.Declarations), pair => Assert.Same(pair.First, pair.Second));
        Assert.Equal("// typed herex", edited.Root.DocumentComments().Last().Text);
        Assert.Equal(Dump(SyntaxTree.Parse(text + "x")), Dump(edited));
    }

    [Fact]
    public void Typing_between_two_guidances_parses_only_the_gap()
    {
        var text = ManyGuidances(50);
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf("guidance IPG1025", StringComparison.Ordinal);
        var typed = text.Insert(at, "// a note on IPG1025\nset s = opcs J12.4\n");
        var edited = SyntaxTree.Parse(typed, tree);

        // The `use` and the 25 guidances before the gap are the very same nodes; the set declaration is new.
        Assert.Equal(tree.Root.Declarations.Count + 1, edited.Root.Declarations.Count);
        Assert.All(tree.Root.Declarations.Take(26).Zip(edited.Root.Declarations), pair => Assert.Same(pair.First, pair.Second));
        Assert.IsType<SetDeclaration>(edited.Root.Declarations[26]);
        Assert.Contains(edited.Root.DocumentComments(), c => c.Text == "// a note on IPG1025");
        Assert.Equal(Dump(SyntaxTree.Parse(typed)), Dump(edited));
    }

    [Fact]
    public void Typing_a_new_section_between_two_sections_parses_only_the_gap()
    {
        var text = LargeGuidance(200);
        var tree = SyntaxTree.Parse(text);
        var at = text.IndexOf("\n  procedure \"Variant 100\"", StringComparison.Ordinal) + 1;
        var typed = text.Insert(at, "  // a new variant\n  procedure \"New\" {\n    opcs J12.4\n");
        var edited = SyntaxTree.Parse(typed, tree);

        // The guidance's first 100 variants (and its `source`) are the very same nodes; the typed section
        // is new and, left open, ends at the next one's keyword as a full parse reads it.
        var before = ((GuidanceDeclaration)tree.Root.Declarations[0]).Items;
        var after = ((GuidanceDeclaration)edited.Root.Declarations[0]).Items;
        Assert.All(before.Take(101).Zip(after), pair => Assert.Same(pair.First, pair.Second));
        Assert.Equal("New", Assert.IsType<SectionDeclaration>(after[101]).VariantName?.Value);
        Assert.Equal(Dump(SyntaxTree.Parse(typed)), Dump(edited));
    }

    [Fact]
    public void Typing_after_a_block_on_the_line_of_its_closing_brace_parses_as_a_full_parse_would()
    {
        // The header's unterminated quoted text runs to the end of the line, past the guidance's `}`:
        // found by 1,500 random edits per file, where the parse restarted after the `}` and kept the
        // old message's range.
        var text = "guidance IPx\" { procedure { opcs L29.20 } }";
        var tree = SyntaxTree.Parse(text);
        var edited = SyntaxTree.Parse(text + "set ", tree);
        Assert.Equal(Dump(SyntaxTree.Parse(text + "set ")), Dump(edited));
    }

    private static string ManyGuidances(int count)
    {
        var sb = new StringBuilder("use \"library.coding\"\n\n");
        for (var i = 0; i < count; i++)
        {
            sb.Append($"// IPG{1000 + i}\nguidance IPG{1000 + i} \"Guidance {i}\" {{\n  procedure {{\n    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"\n  }}\n}}\n\n");
        }
        return sb.ToString();
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
        foreach (var property in type.GetProperties().Where(p => p.Name != "EqualityContract").OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            sb.Append(property.Name).Append('=');
            Write(sb, property.GetValue(value), depth + 1);
            sb.Append(' ');
        }
        sb.Append("}\n");
    }
}
