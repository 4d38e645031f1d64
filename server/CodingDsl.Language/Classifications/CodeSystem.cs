namespace CodingDsl.Language.Classifications;

public enum CodeSystem
{
    Opcs4,
    Icd10,
    Snomed,
}
