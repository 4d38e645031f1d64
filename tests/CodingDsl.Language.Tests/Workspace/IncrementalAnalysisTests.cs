using System.Text;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;
using Xunit;

namespace CodingDsl.Language.Tests.Workspace;

/// <summary>
/// After an edit the workspace binds and checks only the sections whose text changed and reuses the
/// others' results, moved to where the edit put them: what the user sees (every diagnostic's code,
/// level, range, message and fixes, and the bound model the services read) must be exactly what a
/// fresh analysis of the same text gives, whatever the edit.
/// </summary>
public sealed class IncrementalAnalysisTests
{
    private static readonly ConfigurationService Configuration = new();

    // Keystrokes and pastes, and edits that change what a section means: another code, a position,
    // a code in the wrong section, a suppression, a rule, a set, a second guidance.
    private static readonly string[] Insertions =
    [
        "x", " ", "\n", "}", "{", "\"", "// note\n", " or ", " and ", "opcs J12.4", "\n    opcs Y53.- \"Approach\"\n", "procedure {", "\n  }\n",
        "\n    opcs J12.5\n", "\n    icd10 C78.7\n", "\n    opcs C78.7\n", " position 2", " first", "\n    opcs Y53.2 position 1\n",
        " // codingdsl-disable-line\n", "\n// codingdsl-disable-next-line CDSL0500\n", "diagnosis {\n    icd10 C22.0\n  }\n",
        "\nrule image-control \"Image\" {\n  when has opcs Y53.-\n  require has opcs J12.-\n  message \"Needs J12.\"\n}\n",
        "\nset liver opcs { J12.- }\n", "guidance IPG1 {", "rule r {", "(", ")", "optional", "image-guided\n", "note \"n\"", "ä", "\r\n",
    ];

    public static IEnumerable<object[]> Files() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*.coding")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "cases", "invalid"), "*.coding"))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { Path.GetRelativePath(RepoPaths.Root, p) });

    [Theory]
    [MemberData(nameof(Files))]
    public void Random_edits_analyse_as_a_fresh_workspace_would(string file)
    {
        var path = Path.Combine(RepoPaths.Root, file);
        var original = File.ReadAllText(path);
        var random = new Random(file.Length * 7919 + original.Length);
        var workspace = new CodingWorkspace(Configuration);
        workspace.SetDocument(path, original);
        workspace.Analyze(path);
        var text = original;
        for (var i = 0; i < 40; i++)
        {
            // Edits on edits (a file being typed) and, every third time, back to one edit of the file
            // as written, so both nearby and distant earlier results are reused.
            text = RandomEdits.Apply(random, i % 3 == 2 ? original : text, Insertions);
            workspace.SetDocument(path, text);
            var incremental = workspace.Analyze(path);

            var fresh = new CodingWorkspace(Configuration) { KeepsSectionResults = false };
            fresh.SetDocument(path, text);
            var expected = fresh.Analyze(path);
            Assert.Equal(Dump(expected), Dump(incremental));
        }
    }

    [Fact]
    public void Typing_in_one_section_binds_and_checks_only_that_section()
    {
        var path = Path.Combine(RepoPaths.Samples, "large-guidance.coding");
        var text = LargeGuidance(200);
        var workspace = new CodingWorkspace(Configuration);
        workspace.SetDocument(path, text);
        var first = workspace.Analyze(path);
        Assert.Equal(200, first.SectionsBound);

        var at = text.IndexOf("note \"Variant 100", StringComparison.Ordinal) + 6;
        text = text.Insert(at, "typed ");
        workspace.SetDocument(path, text);
        var analysis = workspace.Analyze(path);

        Assert.Equal(1, analysis.SectionsBound);
        // The other 199 bound sections are the previous analysis's very objects, nothing copied or moved.
        var kept = first.Model!.Guidances[0].Sections.Intersect(analysis.Model!.Guidances[0].Sections, ReferenceEqualityComparer.Instance);
        Assert.Equal(199, kept.Count());
        // The 99 sections after the edit stand six characters on, and their findings with them.
        var fresh = new CodingWorkspace(Configuration) { KeepsSectionResults = false };
        fresh.SetDocument(path, text);
        Assert.Equal(Dump(fresh.Analyze(path)), Dump(analysis));
        Assert.Equal(200, analysis.Diagnostics.Count(d => d.Code == "CDSL0203"));
    }

    [Fact]
    public void Editing_a_rule_checks_every_section_again()
    {
        var path = Path.Combine(RepoPaths.Samples, "rule-edit.coding");
        var rule = "rule needs-liver \"Liver\" {\n  when has opcs Y53.-\n  require has opcs J13.-\n  message \"First wording.\"\n}\n";
        var text = rule + LargeGuidance(5);
        var workspace = new CodingWorkspace(Configuration);
        workspace.SetDocument(path, text);
        Assert.Equal(5, workspace.Analyze(path).Diagnostics.Count(d => d.Message.StartsWith("First wording", StringComparison.Ordinal)));

        workspace.SetDocument(path, text.Replace("First wording.", "Second wording.", StringComparison.Ordinal));
        var analysis = workspace.Analyze(path);

        Assert.Equal(5, analysis.SectionsBound);
        Assert.Equal(5, analysis.Diagnostics.Count(d => d.Message.StartsWith("Second wording", StringComparison.Ordinal)));
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Message.StartsWith("First wording", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_used_library_checks_its_users_again()
    {
        using var folder = new TestWorkspace(fullTables: false);
        var library = Path.Combine(folder.Folder, "rules.coding");
        var user = Path.Combine(folder.Folder, "main.coding");
        var rule = "rule needs-liver \"Liver\" {\n  when has opcs Y53.-\n  require has opcs J13.-\n  message \"First wording.\"\n}\n";
        var workspace = new CodingWorkspace(Configuration);
        workspace.SetDocument(library, rule);
        workspace.SetDocument(user, "use \"rules.coding\"\n" + LargeGuidance(3));
        Assert.Equal(3, workspace.Analyze(user).Diagnostics.Count(d => d.Message.StartsWith("First wording", StringComparison.Ordinal)));

        workspace.SetDocument(library, rule.Replace("First wording.", "Second wording.", StringComparison.Ordinal));
        var analysis = workspace.Analyze(user);

        Assert.Equal(3, analysis.Diagnostics.Count(d => d.Message.StartsWith("Second wording", StringComparison.Ordinal)));
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Message.StartsWith("First wording", StringComparison.Ordinal));
    }

    /// <summary>A guidance of many variants whose titles are stale (CDSL0203 in each), as bench/lsp's large file is.</summary>
    private static string LargeGuidance(int variants)
    {
        var sb = new StringBuilder("guidance IPG9999 \"Large\" {\n  source \"https://www.nice.org.uk/guidance/ipg9999\"\n  classifications opcs-4.10, icd-10-5\n");
        for (var i = 0; i < variants; i++)
        {
            sb.Append($"\n  procedure \"Variant {i}\" {{\n    opcs J12.4 \"Percutaneous ablation of liver\"\n    image-guided\n")
              .Append("    opcs Y53.- \"Approach to organ under image control\"\n      or Y68.- \"Other approach to organ under image control\"\n")
              .Append($"    note \"Variant {i} of the procedure.\"\n  }}\n");
        }
        return sb.Append("}\n").ToString();
    }

    /// <summary>Everything a user sees of an analysis: each diagnostic with its fixes, and each bound section's places.</summary>
    private static string Dump(DocumentAnalysis analysis)
    {
        var sb = new StringBuilder();
        foreach (var d in analysis.Diagnostics)
        {
            sb.Append($"{d.Code} {d.Level} {d.Span} {d.RuleName} {d.Message}\n");
            foreach (var fix in d.Fixes)
            {
                sb.Append($"  fix {fix.Title} {fix.IsPreferred}: {string.Join(" | ", fix.Edits.Select(e => $"{e.Span} {e.NewText}"))}\n");
            }
        }
        foreach (var (section, start) in analysis.Model!.PlacedSections())
        {
            sb.Append($"section {section.DisplayName} {section.Syntax.LocalSpan.Shift(start)} {Same(section.Syntax, analysis)}\n");
            foreach (var requirement in section.Requirements)
            {
                sb.Append($"  {requirement.Syntax.LocalSpan.Shift(start)} {requirement.Position} {requirement.IsOptional}:");
                foreach (var code in requirement.Codes)
                {
                    sb.Append($" {code.Text}@{code.Syntax.LocalSpan.Shift(start)}/{code.Syntax.Pattern.LocalSpan.Shift(start)}={code.Entry?.Code}");
                }
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>Whether the bound section's syntax is the tree's own node: services match the two by reference.</summary>
    private static bool Same(SectionDeclaration syntax, DocumentAnalysis analysis) =>
        analysis.Tree!.Root.Declarations.OfType<GuidanceDeclaration>().SelectMany(g => g.Items).Any(i => ReferenceEquals(i, syntax));
}
