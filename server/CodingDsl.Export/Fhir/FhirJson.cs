using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification;

namespace CodingDsl.Export.Fhir;

/// <summary>FHIR JSON through the Firely serializer (never hand-written JSON).</summary>
public static class FhirJson
{
    // The model is imported assembly by assembly rather than through ModelInfo.ModelInspector, whose
    // ModelInspector.ForAssembly follows Assembly.GetReferencedAssemblies(): that throws
    // PlatformNotSupportedException in a Native AOT build (docs/performance.md). The JSON is the same.
    private static readonly BaseFhirJsonSerializer Serializer = new(R4Model());

    public static string Serialize(Resource resource)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Serializer.Serialize(resource, writer);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static ModelInspector R4Model()
    {
        var inspector = new ModelInspector(FhirRelease.R4);
        inspector.Import(typeof(Resource).Assembly);
        inspector.Import(typeof(ModelInfo).Assembly);
        return inspector;
    }
}
