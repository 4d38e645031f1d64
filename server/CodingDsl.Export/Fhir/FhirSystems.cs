using CodingDsl.Export.Compiled;

namespace CodingDsl.Export.Fhir;

/// <summary>
/// Code system URIs. OPCS-4: https://fhir.nhs.uk/Id/opcs-4, the NHS England system NHS FHIR interfaces
/// use for procedure codes. ICD-10 (UK 5th edition): http://hl7.org/fhir/sid/icd-10, HL7's URI for
/// ICD-10, which NHS Digital's naming systems also give for ICD-10 UK; the edition goes in the version.
/// SNOMED CT: http://snomed.info/sct. See docs/export.md.
/// </summary>
public static class FhirSystems
{
    public const string Opcs4 = "https://fhir.nhs.uk/Id/opcs-4";
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";
    public const string Snomed = "http://snomed.info/sct";

    public static string Uri(string system) => system switch
    {
        SystemNames.Icd10 => Icd10,
        SystemNames.Snomed => Snomed,
        _ => Opcs4,
    };

    /// <summary>For names and titles: "OPCS-4", "ICD-10", "SNOMED CT".</summary>
    public static string DisplayName(string system) => system switch
    {
        SystemNames.Icd10 => "ICD-10",
        SystemNames.Snomed => "SNOMED CT",
        _ => "OPCS-4",
    };

    /// <summary>For ids and computable names: "opcs4", "icd10", "snomed".</summary>
    public static string IdPart(string system) => system switch
    {
        SystemNames.Icd10 => "icd10",
        SystemNames.Snomed => "snomed",
        _ => "opcs4",
    };
}
