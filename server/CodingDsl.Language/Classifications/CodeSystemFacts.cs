namespace CodingDsl.Language.Classifications;

/// <summary>What the product says about one code system, in one place: the language keyword (also the
/// compiled model's and codingdsl.json's name for it), the name people read, the FHIR system URI and
/// the computable id part used in FHIR resource ids.</summary>
/// <param name="Keyword">The language keyword, the compiled model's system name and the key under
/// codingdsl.json's "classifications": "opcs", "icd10", "snomed".</param>
/// <param name="DisplayName">For messages, names and titles: "OPCS-4", "ICD-10", "SNOMED CT".</param>
/// <param name="FhirUri">OPCS-4: https://fhir.nhs.uk/Id/opcs-4, the NHS England system NHS FHIR interfaces use
/// for procedure codes. ICD-10 (UK 5th edition): http://hl7.org/fhir/sid/icd-10, HL7's URI for ICD-10, which
/// NHS Digital's naming systems also give for ICD-10 UK; the edition goes in the version. SNOMED CT:
/// http://snomed.info/sct. See docs/export.md.</param>
/// <param name="IdPart">For ids and computable names: "opcs4", "icd10", "snomed".</param>
public sealed record CodeSystemFacts(CodeSystem System, string Keyword, string DisplayName, string FhirUri, string IdPart)
{
    /// <summary>The key under codingdsl.json's "classifications" (the keyword, by design: one name to learn).</summary>
    public string ConfigKey => Keyword;
}

/// <summary>The three code systems' facts; <see cref="Of"/> is the only switch over <see cref="CodeSystem"/> for them.</summary>
public static class CodeSystems
{
    public static readonly CodeSystemFacts Opcs4 = new(CodeSystem.Opcs4, "opcs", "OPCS-4", "https://fhir.nhs.uk/Id/opcs-4", "opcs4");

    public static readonly CodeSystemFacts Icd10 = new(CodeSystem.Icd10, "icd10", "ICD-10", "http://hl7.org/fhir/sid/icd-10", "icd10");

    public static readonly CodeSystemFacts Snomed = new(CodeSystem.Snomed, "snomed", "SNOMED CT", "http://snomed.info/sct", "snomed");

    public static IReadOnlyList<CodeSystemFacts> All { get; } = [Opcs4, Icd10, Snomed];

    public static CodeSystemFacts Of(CodeSystem system) => system switch
    {
        CodeSystem.Opcs4 => Opcs4,
        CodeSystem.Icd10 => Icd10,
        CodeSystem.Snomed => Snomed,
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, null),
    };

    /// <summary>The system a keyword ("opcs", "icd10", "snomed") names, or null.</summary>
    public static CodeSystemFacts? FromKeyword(string? keyword) => All.FirstOrDefault(s => s.Keyword == keyword);
}
