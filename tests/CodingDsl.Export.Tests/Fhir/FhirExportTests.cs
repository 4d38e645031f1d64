using CodingDsl.Export.Compiled;
using CodingDsl.Export.Fhir;
using CodingDsl.Export.Tests.Compiled;
using CodingDsl.Export.Tests.Support;
using Hl7.Fhir.Model;
using Xunit.Abstractions;

namespace CodingDsl.Export.Tests.Fhir;

public sealed class FhirExportTests(ITestOutputHelper output)
{
    private static Bundle ExportAndParse(CompiledDocument document)
    {
        var json = FhirJson.Serialize(new FhirExporter(FhirExporter.DefaultBaseUrl).Export(document));
        return Assert.IsType<Bundle>(FhirValidation.Parse(json));
    }

    [Fact]
    public void Ipg327_value_sets_hold_the_recommended_codes_with_their_standard_systems()
    {
        var bundle = ExportAndParse(Compile.Ipg327());
        var opcs = bundle.Entry.Select(e => e.Resource).OfType<ValueSet>().Single(v => v.Id == "IPG327-opcs4");
        var icd = bundle.Entry.Select(e => e.Resource).OfType<ValueSet>().Single(v => v.Id == "IPG327-icd10");

        Assert.All(opcs.Compose!.Include, i => Assert.Equal("https://fhir.nhs.uk/Id/opcs-4", i.System));
        Assert.All(opcs.Compose.Include, i => Assert.Equal("4.10", i.Version));
        var j124 = Assert.Single(opcs.Compose.Include[0].Concept);
        Assert.Equal(("J12.4", "Percutaneous radiofrequency ablation of lesion of liver"), (j124.Code, j124.Display));
        Assert.Equal(["Y53", "Y68"], opcs.Compose.Include.Skip(1).Select(i => Assert.Single(i.Filter).Value));
        Assert.All(opcs.Compose.Include.Skip(1), i => Assert.Equal(FilterOperator.DescendentOf, i.Filter[0].Op));

        Assert.All(icd.Compose!.Include, i => Assert.Equal("http://hl7.org/fhir/sid/icd-10", i.System));
        Assert.Equal("C78.7", Assert.Single(icd.Compose!.Include[0].Concept).Code);
        Assert.Equal("C18", Assert.Single(icd.Compose.Include[1].Filter).Value);
        Assert.DoesNotContain(bundle.Entry, e => e.Resource!.Id == "IPG327-snomed"); // snomed pending
    }

    [Fact]
    public void Ipg327_concept_map_gives_each_way_of_coding_as_a_target_with_products()
    {
        var bundle = ExportAndParse(Compile.Ipg327());
        var map = bundle.Entry.Select(e => e.Resource).OfType<ConceptMap>().Single();

        var opcs = map.Group.Single(g => g.Target == "https://fhir.nhs.uk/Id/opcs-4");
        Assert.Equal("https://www.nice.org.uk/guidance/ipg327", opcs.Source);
        var procedure = Assert.Single(opcs.Element);
        Assert.Equal("procedure", procedure.Code);
        Assert.Equal(2, procedure.Target.Count);
        Assert.All(procedure.Target, t => Assert.Equal("J12.4", t.Code));
        Assert.Equal(["Y53", "Y68"], procedure.Target.Select(t => Assert.Single(t.Product).Value));
        Assert.All(procedure.Target, t => Assert.Equal(ConceptMapEquivalence.Wider, t.Equivalence));
        Assert.Contains("a code from category Y53.-", procedure.Target[0].Comment);

        var icd = map.Group.Single(g => g.Target == "http://hl7.org/fhir/sid/icd-10");
        var diagnosis = Assert.Single(Assert.Single(icd.Element).Target);
        Assert.Equal("C78.7", diagnosis.Code);
        var c18 = Assert.Single(diagnosis.Product);
        Assert.Equal(("http://hl7.org/fhir/sid/icd-10", "C18"), (c18.System, c18.Value));
        Assert.Contains("C78.7 + C18.-", diagnosis.Comment);
    }

    [Fact]
    public void Conditions_optional_codes_and_case_by_case_are_expressed()
    {
        var bundle = ExportAndParse(Compile.Text(RoundTripCases.Everything));
        var map = bundle.Entry.Select(e => e.Resource).OfType<ConceptMap>().Single();
        var open = map.Group.SelectMany(g => g.Element).Single(e => e.Code == "procedure/Open");
        var unknown = map.Group.SelectMany(g => g.Element).Single(e => e.Code == "procedure/Unknown");

        Assert.Contains(open.Target, t => t.DependsOn.Any(d => d.Value == "echocardiography is used"));
        Assert.Contains(open.Target, t => t.Comment?.Contains("Optional codes taken") == true);
        Assert.Equal(ConceptMapEquivalence.Unmatched, Assert.Single(unknown.Target).Equivalence);
        Assert.Contains(bundle.Entry, e => e.Resource is ValueSet { Id: "IPG999-snomed" } v && v.Compose!.Include[0].Concept[0].Code == "87628006");
    }

    [Fact]
    public void A_variant_condition_and_the_facts_are_depends_on_of_every_target_of_the_variant()
    {
        var bundle = ExportAndParse(Compile.Text(RoundTripCases.Everything));
        var map = bundle.Entry.Select(e => e.Resource).OfType<ConceptMap>().Single();
        var open = map.Group.SelectMany(g => g.Element).Where(e => e.Code == "procedure/Open").SelectMany(e => e.Target).ToArray();
        var unknown = map.Group.SelectMany(g => g.Element).Single(e => e.Code == "procedure/Unknown");

        var condition = FhirExporter.DefaultBaseUrl + "/property/clinical-condition";
        var fact = FhirExporter.DefaultBaseUrl + "/property/procedure-fact";
        Assert.All(open, t => Assert.Contains(t.DependsOn, d => d.Property == condition && d.Value == "the liver is reached by laparotomy"));
        Assert.All(open, t => Assert.Equal(["image-guided", "open"], t.DependsOn.Where(d => d.Property == fact).Select(d => d.Value)));
        Assert.DoesNotContain(unknown.Target, t => t.DependsOn.Count > 0);
    }

    [Fact]
    public void A_code_stated_in_second_place_is_never_the_main_code_of_a_target_even_when_listed_first()
    {
        // IPG306 with V55.- moved to the front: the checker reports CDSL0801, and the export (which
        // exports files as written) still records V55.- second, as NICE says.
        const string text = """
            guidance IPG306 "Prosthetic intervertebral disc replacement in the lumbar spine" {
              procedure {
                opcs V55.- "Levels of spine" position 2 default V55.9 "Unspecified levels of spine"
                opcs V36.1 "Prosthetic replacement of cervical intervertebral disc"
                  or V36.3 "Prosthetic replacement of lumbar intervertebral disc"
              }
            }
            """;
        var bundle = ExportAndParse(Compile.Text(text));
        var targets = bundle.Entry.Select(e => e.Resource).OfType<ConceptMap>().Single().Group.SelectMany(g => g.Element).SelectMany(e => e.Target).ToArray();

        Assert.Equal(4, targets.Length);
        Assert.All(targets, t => Assert.StartsWith("V36.", t.Code, StringComparison.Ordinal));
        Assert.All(targets, t => Assert.Contains(t.Product, p => p.Value is "V55" or "V55.9"));
        Assert.Contains(targets, t => t.Comment?.Contains("in this order: V36.3 + V55.-", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_default_code_is_its_own_target_for_when_the_detail_is_not_stated()
    {
        var bundle = ExportAndParse(Compile.Text(RoundTripCases.Everything));
        var map = bundle.Entry.Select(e => e.Resource).OfType<ConceptMap>().Single();
        var open = map.Group.SelectMany(g => g.Element).Where(e => e.Code == "procedure/Open").SelectMany(e => e.Target).ToArray();

        var withDefault = open.Where(t => t.Product.Any(p => p.Value == "V55.9")).ToArray();
        Assert.NotEmpty(withDefault);
        Assert.All(withDefault, t => Assert.DoesNotContain(t.Product, p => p.Value == "V55"));
        Assert.All(withDefault, t => Assert.Contains(t.DependsOn, d => d.Property == FhirExporter.DefaultBaseUrl + "/property/detail-not-stated" && d.Value == "V55.-"));
        Assert.All(withDefault, t => Assert.Contains("V55.9 is the default for V55.-: recorded when the detail is not stated.", t.Comment));
        Assert.Contains(open, t => t.Product.Any(p => p.Value == "V55"));
    }

    [Fact]
    public void Nice_wording_code_remarks_and_notes_reach_comments_and_the_description()
    {
        var bundle = ExportAndParse(Compile.Text(RoundTripCases.Everything));
        var map = bundle.Entry.Select(e => e.Resource).OfType<ConceptMap>().Single();
        var open = map.Group.SelectMany(g => g.Element).Where(e => e.Code == "procedure/Open").SelectMany(e => e.Target).ToArray();

        Assert.All(open, t => Assert.Contains("NICE prints J12.4 as \"RFA of liver lesion\".", t.Comment));
        Assert.All(open, t => Assert.Contains("On J12.4: Includes: \"quoted\" text", t.Comment));
        Assert.Contains(open, t => t.Comment?.Contains("On Y11.4: where necessary", StringComparison.Ordinal) == true);
        Assert.Contains("Note: A guidance note.", map.Description);
        Assert.Contains("Note on procedure (Open): A section note.", map.Description);
    }

    [Fact]
    public void The_samples_bundle_parses_back_and_passes_firely_validation_without_errors()
    {
        var bundle = ExportAndParse(Compile.Samples());

        var outcome = FhirValidation.Validate(bundle);

        Assert.NotEmpty(bundle.Entry);
        Assert.Empty(FhirValidation.Errors(outcome));
        foreach (var entry in bundle.Entry)
        {
            var own = FhirValidation.Validate(entry.Resource!);
            Assert.True(FhirValidation.Errors(own).Count == 0, $"{entry.FullUrl}: {string.Join("; ", FhirValidation.Errors(own))}");
            outcome.Issue.AddRange(own.Issue);
        }
        foreach (var warning in FhirValidation.Warnings(outcome).Distinct())
        {
            output.WriteLine(warning);
        }
        var report = Environment.GetEnvironmentVariable("CODINGDSL_FHIR_WARNINGS");
        if (!string.IsNullOrEmpty(report))
        {
            File.WriteAllLines(report, outcome.Issue.Select(i => $"{i.Severity} {i.Code}: {i.Details?.Text}").Distinct());
        }
    }

    [Fact]
    public void A_bundle_of_every_construct_passes_firely_validation_without_errors()
    {
        var bundle = ExportAndParse(Compile.Texts(("every.coding", RoundTripCases.Everything), ("lib.coding", RoundTripCases.Library)));

        var outcome = FhirValidation.Validate(bundle);

        Assert.Empty(FhirValidation.Errors(outcome));
        foreach (var warning in FhirValidation.Warnings(outcome).Distinct())
        {
            output.WriteLine(warning);
        }
    }

    [Fact]
    public void The_fhir_output_is_the_same_every_time_and_has_no_timestamps()
    {
        var exporter = new FhirExporter(FhirExporter.DefaultBaseUrl);
        var first = FhirJson.Serialize(exporter.Export(Compile.Samples()));
        var second = FhirJson.Serialize(exporter.Export(Compile.Samples()));

        Assert.Equal(first, second);
        Assert.DoesNotContain("\"date\"", first);
        Assert.DoesNotContain("\"timestamp\"", first);
    }
}

public sealed class FhirValidatorSanityTests
{
    [Fact]
    public void The_validator_reports_errors_on_a_broken_resource_so_zero_errors_means_something()
    {
        var broken = new ValueSet { Id = "broken", Compose = new ValueSet.ComposeComponent { Include = [new ValueSet.ConceptSetComponent()] } };

        var outcome = FhirValidation.Validate(broken);

        Assert.NotEmpty(FhirValidation.Errors(outcome));
    }
}
