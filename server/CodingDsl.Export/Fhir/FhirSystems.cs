using CodingDsl.Language.Classifications;

namespace CodingDsl.Export.Fhir;

/// <summary>FHIR's view of the code systems named by the compiled model; the facts themselves are the core's <see cref="CodeSystems"/>.</summary>
public static class FhirSystems
{
    /// <summary>The system URI for a compiled model's system name; an unknown name is OPCS-4, as the model's default.</summary>
    public static string Uri(string system) => Facts(system).FhirUri;

    /// <summary>For names and titles: "OPCS-4", "ICD-10", "SNOMED CT".</summary>
    public static string DisplayName(string system) => Facts(system).DisplayName;

    /// <summary>For ids and computable names: "opcs4", "icd10", "snomed".</summary>
    public static string IdPart(string system) => Facts(system).IdPart;

    private static CodeSystemFacts Facts(string system) => CodeSystems.FromKeyword(system) ?? CodeSystems.Opcs4;
}
