using CodingDsl.Export.Compiled;
using CodingDsl.Export.Decompile;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Tests.Syntax;

namespace CodingDsl.Export.Tests.Compiled;

/// <summary>
/// Issue 9's dry run: a new statement that the binder knows but the compiled model, `import`'s
/// write-back or `diff`'s meaning forgets is silent everywhere else, because each of those drops it
/// the same way on both sides. Each example of docs/language.md (a construct's paragraph is its sample)
/// is held here to: export → import → export gives the same JSON; and deleting any one statement line
/// changes both the compiled JSON and what `diff` reports.
/// </summary>
public sealed class EveryStatementIsCarriedTests
{
    public static TheoryData<int> Examples() => [.. Enumerable.Range(0, LanguageDocExamples.ThatParse.Count)];

    [Fact]
    public void The_reference_has_examples_to_check()
    {
        Assert.True(LanguageDocExamples.ThatParse.Count > 10, $"only {LanguageDocExamples.ThatParse.Count} examples parse in {LanguageDocExamples.Path}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_language_doc_example_round_trips_through_import(int index)
    {
        var example = LanguageDocExamples.ThatParse[index];
        var first = Compile.Text(example);
        var recreated = first.Files.Select(f => (f.Path, SourceWriter.Write(f))).ToArray();
        var second = Compile.Texts(recreated);

        Assert.Equal(CompiledFormat.ToJson(first), CompiledFormat.ToJson(second));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Deleting_any_statement_of_a_language_doc_example_changes_its_export_and_its_diff(int index)
    {
        var example = LanguageDocExamples.ThatParse[index];
        var lines = example.Split('\n');
        var json = CompiledFormat.ToJson(Compile.Text(example));
        // `diff` compares guidances, rules and sets: a file of `use`s alone has nothing for it to report.
        var declares = DiffSides.Text(example) is { } snapshot && snapshot.Guidances.Count + snapshot.Rules.Count + snapshot.Sets.Count > 0;
        var checkedLines = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsStatementLine(lines[i], lines))
            {
                continue;
            }
            var without = string.Join('\n', lines.Where((_, j) => j != i));
            if (SyntaxTree.Parse(without).Diagnostics.Count > 0)
            {
                continue;
            }
            checkedLines++;
            Assert.True(json != CompiledFormat.ToJson(Compile.Text(without)), $"the export does not change without `{lines[i].Trim()}` in:\n{example}");
            if (!declares || lines[i].Trim() == StatedDefaultSeverity)
            {
                continue;
            }
            Assert.True(DiffSides.Compare(example, without).HasChanges, $"diff reports no change without `{lines[i].Trim()}` in:\n{example}");
        }
        Assert.True(checkedLines > 0 || !lines.Any(l => IsStatementLine(l, lines)), $"no statement of the example could be deleted on its own:\n{example}");
    }

    /// <summary>A rule's default level written out: the export keeps what was written, `diff` compares the level the rule has, which is the same.</summary>
    private const string StatedDefaultSeverity = "severity error";

    /// <summary>
    /// One statement on its own line. Lines that open or close a block are not statements; a line
    /// written twice in one example (a fact stated twice means it once) is left out, since deleting one
    /// copy rightly changes nothing.
    /// </summary>
    private static bool IsStatementLine(string line, string[] lines)
    {
        var text = line.Trim();
        return text.Length > 0 && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains('{') && !text.Contains('}')
            && lines.Count(l => l.Trim() == text) == 1;
    }
}
