using CodingDsl.Export.Compiled;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Compiled;

public sealed class CompiledModelTests
{
    [Fact]
    public void Ipg327_carries_the_procedure_alternatives_and_the_diagnosis_combination()
    {
        var guidance = Assert.Single(Compile.Ipg327().Files.Single().Guidances);

        Assert.Equal("IPG327", guidance.Id);
        Assert.Equal("https://www.nice.org.uk/guidance/ipg327", guidance.Source);
        Assert.Equal(["opcs-4.10", "icd-10-5"], guidance.Classifications.Select(c => c.Text));
        Assert.Equal("4.10", guidance.Classifications[0].Version);

        var procedure = guidance.Sections[0];
        Assert.Equal("procedure", procedure.Kind);
        Assert.True(Assert.Single(procedure.Snomed).Pending);
        Assert.Equal(["image-guided"], procedure.Facts);
        Assert.Equal(2, procedure.Notes.Count);
        var main = procedure.Requirements[0].Codes;
        Assert.Equal(ChoiceTypes.Code, main.Type);
        Assert.Equal("J12.4", main.Code!.Pattern);
        Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", main.Code.OfficialTitle);
        var approach = procedure.Requirements[1].Codes;
        Assert.Equal(ChoiceTypes.OneOf, approach.Type);
        Assert.Equal(["Y53.-", "Y68.-"], approach.Alternatives!.Select(a => a.Code!.Pattern));
        Assert.All(approach.Alternatives!, a => Assert.Equal("category", a.Code!.Kind));
        Assert.Equal("Other approach to organ under image control", approach.Alternatives![1].Code!.OfficialTitle);

        var diagnosis = guidance.Sections[1];
        Assert.Equal("diagnosis", diagnosis.Kind);
        var combination = Assert.Single(diagnosis.Requirements).Codes;
        Assert.Equal(ChoiceTypes.AllOf, combination.Type);
        Assert.Equal(["C78.7", "C18.-"], combination.Parts!.Select(p => p.Code!.Pattern));
        Assert.Equal(["icd10", "icd10"], combination.Parts!.Select(p => p.Code!.System));
        Assert.Equal("C18", combination.Parts![1].Code!.Key);
    }

    [Fact]
    public void The_json_has_a_format_version_no_timestamps_and_is_the_same_every_time()
    {
        var first = CompiledFormat.ToJson(Compile.Samples());
        var second = CompiledFormat.ToJson(Compile.Samples());

        Assert.Equal(first, second);
        Assert.StartsWith("{\n  \"formatVersion\": \"1.2\",", first);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}T\d{2}:", first);
    }

    [Fact]
    public void A_variant_condition_nice_wording_and_code_remarks_are_carried()
    {
        var guidance = Compile.Text(RoundTripCases.Everything).Files.Single().Guidances.Single();
        var open = guidance.Sections.Single(s => s.Variant == "Open");
        var j124 = open.Requirements[0].Codes.Code!;

        Assert.Equal("the liver is reached by laparotomy", open.Condition);
        Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", j124.StatedTitle);
        Assert.Equal("RFA of liver lesion", j124.NiceTitle);
        Assert.Equal("Includes: \"quoted\" text", j124.Remark);
        Assert.Equal("where necessary", open.Requirements[1].Codes.Code!.Remark);
        Assert.Null(guidance.Sections.Single(s => s.Variant == "Unknown").Condition);
    }

    [Fact]
    public void The_samples_keep_nice_wording_and_includes_notes_on_their_codes()
    {
        var files = Compile.Samples().Files;
        CompiledCode? Find(string path, string pattern) => files.Single(f => f.Path == path).Guidances[0].Sections
            .SelectMany(s => s.Requirements).Select(r => r.Codes.Code).FirstOrDefault(c => c?.Pattern == pattern);

        Assert.Equal("Electrocauterisation of organ", Find("IPG319.coding", "Y10.2")!.NiceTitle);
        Assert.Equal("Electrocauterisation of organ NOC", Find("IPG319.coding", "Y10.2")!.OfficialTitle);
        Assert.Equal("Includes: Radiofrequency ablation of organ NOC", Find("IPG211.coding", "Y11.4")!.Remark);
        Assert.Equal("Excludes: Insertion of therapeutic contact lens (C51.5)", Find("IPG227.coding", "C46.4")!.Remark);
    }

    [Fact]
    public void The_standard_library_rules_are_included_with_their_conditions()
    {
        var library = Compile.Ipg327().StandardLibrary!;
        var imageControl = library.Rules.Single(r => r.Name == "image-control");

        Assert.Equal("CDSL0501", imageControl.DiagnosticCode);
        Assert.Equal("error", imageControl.Level);
        Assert.Equal(ConditionTypes.All, imageControl.When!.Type);
        Assert.Equal(["fact", "has", "not"], imageControl.When.Operands!.Select(o => o.Type));
        Assert.Equal("set", imageControl.When.Operands![2].Operand!.Selector!.Kind);
        Assert.Equal(["Y53.-", "Y68.-"], imageControl.Require!.Operands!.Select(o => o.Selector!.Text));
        Assert.Contains(library.Sets, s => s.Name == "states-imaging-method" && s.Items.Contains("W92.3"));
    }

    [Fact]
    public void Every_sample_export_validates_against_the_published_schema()
    {
        var json = CompiledFormat.ToJson(Compile.Samples());

        var result = CompiledSchema.Evaluate(json);

        Assert.True(result.IsValid, CompiledSchema.DescribeErrors(result));
    }

    [Fact]
    public void A_file_using_every_construct_validates_against_the_schema()
    {
        var json = CompiledFormat.ToJson(Compile.Texts(("rules/every.coding", RoundTripCases.Everything), ("rules/lib.coding", RoundTripCases.Library)));

        var result = CompiledSchema.Evaluate(json);

        Assert.True(result.IsValid, CompiledSchema.DescribeErrors(result));
    }

    [Fact]
    public void The_schema_rejects_a_document_that_breaks_it()
    {
        var json = CompiledFormat.ToJson(Compile.Ipg327()).Replace("\"kind\": \"category\"", "\"kind\": \"family\"");

        Assert.False(CompiledSchema.Evaluate(json).IsValid);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("[1, 2]", "not a compiled CodingDsl document")]
    [InlineData("{\"formatVersion\": \"2.0\", \"files\": []}", "formatVersion '2.0' is not supported")]
    [InlineData("{\"formatVersion\": \"1.0\", \"files\": [", "not a compiled CodingDsl document")]
    public void Reading_something_else_gives_a_reason(string text, string reason)
    {
        var e = Assert.Throws<CompiledFormatException>(() => CompiledFormat.Read(new StringReader(text)));

        Assert.Contains(reason, e.Message);
    }
}
