using CodingDsl.Export.Compiled;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Formatter;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Tests.Formatting;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Tests.Compiled;

/// <summary>
/// Issue 9's property "formatting keeps the meaning", read as what the rules compile to: for every sample
/// and case file that parses, and for two whitespace-shaken copies of each, the formatted text compiles
/// to the same JSON as the original, and so does each of the formatter's messy test documents. The core's tests check the same for diagnostics
/// (SyntaxPropertyTests); this is here because the compiler is export's.
/// </summary>
public sealed class FormattingKeepsMeaningTests
{
    public static TheoryData<string> FilesThatParse()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Samples, "*.coding", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "cases"), "*.coding", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal))
        {
            if (SyntaxTree.Parse(File.ReadAllText(file)).Diagnostics.Count == 0)
            {
                data.Add(Repo.Relative(Repo.Root, file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FilesThatParse))]
    public void Formatting_keeps_the_compiled_json(string relativePath)
    {
        var path = Path.Combine(Repo.Root, relativePath);
        var text = File.ReadAllText(path);
        var before = CompiledJson(path, text);
        // The same seeds as the core's property test, so both read the same shaken copies.
        var random = new Random(relativePath.Length * 7919 + 17);
        foreach (var input in new[] { text, WhitespaceShaker.Shake(text, random), WhitespaceShaker.Shake(text, random) })
        {
            var formatted = DocumentFormatter.Format(input);
            Assert.True(formatted.CanFormat, formatted.NotFormattedReason);
            Assert.Equal(before, CompiledJson(path, input));
            Assert.Equal(before, CompiledJson(path, formatted.FormattedText));
        }
    }

    public static TheoryData<string> MessyDocuments() => new(FormattingInputs.Messy.Keys);

    /// <summary>The formatter's hand-made messy documents (one-line blocks, groups and marks, rules and sets, comments everywhere).</summary>
    [Theory]
    [MemberData(nameof(MessyDocuments))]
    public void Formatting_a_messy_document_keeps_its_compiled_json(string name)
    {
        var path = Path.Combine(Repo.Root, "messy.coding");
        var text = FormattingInputs.Messy[name];
        var formatted = DocumentFormatter.Format(text);

        Assert.True(formatted.CanFormat, formatted.NotFormattedReason);
        Assert.NotEqual(text, formatted.FormattedText);
        Assert.Equal(CompiledJson(path, text), CompiledJson(path, formatted.FormattedText));
    }

    /// <summary>The text analysed at the file's own path (so `use` and configuration apply as for the file) and compiled.</summary>
    internal static string CompiledJson(string path, string text)
    {
        var analysis = WorkspaceAnalyzer.Analyze([new DocumentInput(path, text)]).Single();
        return CompiledFormat.ToJson(CompiledExport.FromAnalyses([(analysis, Path.GetFileName(path))]));
    }
}
