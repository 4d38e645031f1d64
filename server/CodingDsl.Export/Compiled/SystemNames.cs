using CodingDsl.Language.Classifications;

namespace CodingDsl.Export.Compiled;

/// <summary>Systems as the compiled model names them: the language's own keywords.</summary>
public static class SystemNames
{
    public const string Opcs = "opcs";
    public const string Icd10 = "icd10";
    public const string Snomed = "snomed";

    public static string Keyword(CodeSystem system) => system switch
    {
        CodeSystem.Icd10 => Icd10,
        CodeSystem.Snomed => Snomed,
        _ => Opcs,
    };

    public static CodeSystem? Parse(string? keyword) => keyword switch
    {
        Opcs => CodeSystem.Opcs4,
        Icd10 => CodeSystem.Icd10,
        _ => null,
    };
}
