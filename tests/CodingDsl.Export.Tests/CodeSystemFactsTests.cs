using CodingDsl.Export.Compiled;
using CodingDsl.Export.Fhir;
using CodingDsl.Language.Classifications;
using Xunit;

namespace CodingDsl.Export.Tests;

/// <summary>The compiled model's and FHIR's names for the code systems come from the core's one table of facts.</summary>
public class CodeSystemFactsTests
{
    [Theory]
    [InlineData(SystemNames.Opcs, CodeSystem.Opcs4, "https://fhir.nhs.uk/Id/opcs-4", "OPCS-4", "opcs4")]
    [InlineData(SystemNames.Icd10, CodeSystem.Icd10, "http://hl7.org/fhir/sid/icd-10", "ICD-10", "icd10")]
    [InlineData(SystemNames.Snomed, CodeSystem.Snomed, "http://snomed.info/sct", "SNOMED CT", "snomed")]
    public void Each_system_has_one_keyword_uri_and_name_everywhere(string keyword, CodeSystem system, string uri, string name, string idPart)
    {
        Assert.Equal(keyword, SystemNames.Keyword(system));
        Assert.Equal(keyword, CodeSystems.Of(system).ConfigKey);
        Assert.Equal(uri, FhirSystems.Uri(keyword));
        Assert.Equal(name, FhirSystems.DisplayName(keyword));
        Assert.Equal(idPart, FhirSystems.IdPart(keyword));
    }

    [Fact]
    public void Snomed_is_not_a_recorded_codes_system_in_the_compiled_model()
    {
        Assert.Null(SystemNames.Parse(SystemNames.Snomed));
        Assert.Equal(CodeSystem.Icd10, SystemNames.Parse("icd10"));
    }
}
