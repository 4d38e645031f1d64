using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CodingDsl.Export.Fhir;

/// <summary>FHIR JSON through the Firely serializer (never hand-written JSON).</summary>
public static class FhirJson
{
    private static readonly FhirJsonSerializer Serializer = new();

    public static string Serialize(Resource resource) => Serializer.SerializeToString(resource, pretty: true) + "\n";
}
