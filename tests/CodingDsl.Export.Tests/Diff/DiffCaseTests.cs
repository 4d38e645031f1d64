using CodingDsl.Export.Diff;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Diff;

/// <summary>
/// tests/cases/diff/&lt;case&gt;/: a base/ and a head/ folder of rule files, and the reports of what
/// changed in meaning between them: expected.txt (text) and expected.md (Markdown, links under
/// <see cref="LinkBase"/>). CODINGDSL_UPDATE_BASELINES=1 rewrites them (read the change before committing it).
/// </summary>
public sealed class DiffCaseTests
{
    private static string Cases => Path.Combine(Repo.Root, "tests", "cases", "diff");

    public static TheoryData<string> Names() => [.. Directory.GetDirectories(Cases).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    public const string LinkBase = "https://github.com/example/rules/blob/0123abc/";

    [Theory]
    [MemberData(nameof(Names))]
    public void The_text_report_matches_the_expected_file(string name) =>
        AssertReport(name, "expected.txt", DiffTextWriter.Write);

    [Theory]
    [MemberData(nameof(Names))]
    public void The_markdown_report_matches_the_expected_file(string name) =>
        AssertReport(name, "expected.md", new DiffMarkdownWriter(LinkBase).Write);

    private static void AssertReport(string name, string file, Action<DiffReport, TextWriter> write)
    {
        var folder = Path.Combine(Cases, name);
        var writer = new StringWriter { NewLine = "\n" };
        write(CaseReport(folder), writer);
        var actual = writer.ToString();
        var expectedPath = Path.Combine(folder, file);
        if (Environment.GetEnvironmentVariable("CODINGDSL_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    internal static DiffReport CaseReport(string folder)
    {
        var diff = MeaningComparer.Compare(DiffSides.Folder(Path.Combine(folder, "base")), DiffSides.Folder(Path.Combine(folder, "head")));
        return new DiffReport(new DiffSide("base", 0, []), new DiffSide("head", 0, []), diff);
    }
}
