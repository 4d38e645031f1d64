using CodingDsl.Export.Compiled;
using CodingDsl.Export.Decompile;
using CodingDsl.Export.Tests.Support;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Tests.Compiled;

/// <summary>
/// Nothing lost: source → JSON → source → JSON gives the same JSON, and the re-created source checks
/// with the same diagnostic codes. Syntax errors (CDSL01xx) are the one exception: text that does not
/// parse never reaches the model, so the re-created file is the part that did parse, and must itself
/// parse cleanly.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Samples() => new(Repo.SampleFiles().Select(f => Repo.Relative(Repo.Samples, f)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_round_trips(string sample)
    {
        var originals = Repo.AnalyseSamples();
        var first = CompiledExport.FromAnalyses(originals);
        var json = CompiledFormat.ToJson(first);

        // Re-create every file from the JSON (they are analysed together, as exported: `use` and
        // duplicate ids see each other), at the original paths so configuration applies the same.
        var reread = CompiledFormat.Read(new StringReader(json));
        var recreated = reread.Files.Select(f => new DocumentInput(Path.Combine(Repo.Samples, f.Path), SourceWriter.Write(f))).ToArray();
        var analyses = WorkspaceAnalyzer.Analyze(recreated);
        var second = CompiledExport.FromAnalyses(analyses.Select((a, i) => (a, reread.Files[i].Path)));

        var index = reread.Files.FindIndex(f => f.Path == sample);
        Assert.True(index >= 0, $"{sample} is not in the export");
        Assert.Equal(FileJson(first, sample), FileJson(second, sample));
        Assert.Equal(json, CompiledFormat.ToJson(second));

        var original = originals.Single(o => o.RelativePath == sample).Analysis;
        Assert.Equal(Codes(original, withoutSyntax: true), Codes(analyses[index], withoutSyntax: false));
        Assert.DoesNotContain(analyses[index].Diagnostics, d => d.Code.StartsWith("CDSL01", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_construct_of_the_language_round_trips()
    {
        var first = Compile.Texts(("rules/every.coding", RoundTripCases.Everything), ("rules/lib.coding", RoundTripCases.Library));
        var recreated = first.Files.Select(f => (f.Path, SourceWriter.Write(f))).ToArray();
        var second = Compile.Texts(recreated);

        Assert.Equal(CompiledFormat.ToJson(first), CompiledFormat.ToJson(second));
    }

    [Fact]
    public void Groups_and_inherited_systems_come_back_in_the_same_shape()
    {
        var compiled = Compile.Text(RoundTripCases.Everything);
        var text = SourceWriter.Write(compiled.Files[0]);

        Assert.Contains("opcs (J12.5 or J12.6) and (Y53.1 or Y53.2 and Y53.3)", text);
        Assert.Contains("opcs J12.7 and (Y53.4 and Y53.5) and icd10 C78.7", text);
        Assert.Contains("icd10 H18.6 \"Keratoconus\" or Q13.4 or Q90.-† \"Down's syndrome\" and H19.8A", text);
        Assert.Contains("when image-guided or percutaneous and has icd10 dagger or not not open", text);
        Assert.Contains("require (has opcs local or has opcs Y68.-) and not first icd10 asterisk and has icd10 team-ranges", text);
        Assert.Contains("opcs V55.- \"Levels of spine\" position 2 default opcs V55.9 \"Unspecified levels of spine\"", text);
        Assert.Contains("message \"A \\\"quoted\\\" message \\\\ with a backslash.\"", text);
    }

    [Fact]
    public void A_variant_condition_nice_wording_and_a_code_remark_come_back_as_written()
    {
        var compiled = Compile.Text(RoundTripCases.Everything);
        var text = SourceWriter.Write(compiled.Files[0]);

        Assert.Contains("procedure \"Open\" if \"the liver is reached by laparotomy\" {", text);
        Assert.Contains("opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\" nice \"RFA of liver lesion\" remark \"Includes: \\\"quoted\\\" text\"", text);
        Assert.Contains("opcs Y11.4 remark \"where necessary\" optional", text);
    }

    [Fact]
    public void Text_that_did_not_bind_is_still_carried()
    {
        var compiled = Compile.Text(RoundTripCases.Everything);
        var guidance = compiled.Files[0].Guidances[0];
        var rule = compiled.Files[0].Rules.Single(r => r.Name == "no-message");

        Assert.Equal("opcs-9", guidance.Classifications[2].Text);
        Assert.Null(guidance.Classifications[2].Version);
        Assert.Contains(guidance.Sections.Last().Requirements.Last().Codes.Alternatives!, a => a.Code!.Pattern == "j12.4" && a.Code.Kind == "invalid");
        Assert.Equal("unresolved", rule.When!.Selector!.Kind);
    }

    private static string FileJson(CompiledDocument document, string path) =>
        CompiledFormat.ToJson(new CompiledDocument { Files = [document.Files.Single(f => f.Path == path)] });

    private static string[] Codes(DocumentAnalysis analysis, bool withoutSyntax) => analysis.Diagnostics
        .Select(d => d.Code)
        .Where(c => !withoutSyntax || !c.StartsWith("CDSL01", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();
}
