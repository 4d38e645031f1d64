using CodingDsl.Export.Fhir;
using CodingDsl.Export.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CodingDsl.Export.Tests.Fhir;

/// <summary>
/// FhirJson builds its own R4 model inspector (so the export also runs as Native AOT); the files it
/// writes must stay byte for byte what Firely's FhirJsonSerializer wrote before, so diffs of exported
/// bundles only show real changes.
/// </summary>
public sealed class FhirJsonTests
{
    private static string FirelyDefault(Resource resource) => new FhirJsonSerializer().SerializeToString(resource, pretty: true) + "\n";

    [Fact]
    public void The_samples_bundle_is_written_exactly_as_Firelys_serializer_writes_it()
    {
        var bundle = new FhirExporter(FhirExporter.DefaultBaseUrl).Export(Compile.Samples());

        Assert.Equal(FirelyDefault(bundle), FhirJson.Serialize(bundle));
    }

    [Fact]
    public void Quotes_markup_and_non_ascii_text_are_escaped_as_Firelys_serializer_escapes_them()
    {
        var valueSet = new ValueSet
        {
            Id = "escaping",
            Status = PublicationStatus.Draft,
            Description = "the guidance's note – “see” <b>NICE</b> & co ≥ 5 † \"q\" \\ tab\t \u0001 😀 \u2028",
        };

        var json = FhirJson.Serialize(valueSet);

        Assert.Equal(FirelyDefault(valueSet), json);
        Assert.Contains("the guidance's note – “see” <b>NICE</b> & co ≥ 5 †", json, StringComparison.Ordinal);
    }
}
