using CodingDsl.Language.Classifications;

namespace CodingDsl.Export.Compiled;

/// <summary>Systems as the compiled model names them: the language's own keywords.</summary>
public static class SystemNames
{
    // Constants for switch patterns; equal to CodeSystems' keywords (a test checks they agree).
    public const string Opcs = "opcs";
    public const string Icd10 = "icd10";
    public const string Snomed = "snomed";

    public static string Keyword(CodeSystem system) => CodeSystems.Of(system).Keyword;

    /// <summary>OPCS-4 or ICD-10 by keyword; SNOMED CT is not a recorded code's system, so null like any other word.</summary>
    public static CodeSystem? Parse(string? keyword) =>
        CodeSystems.FromKeyword(keyword) is { System: not CodeSystem.Snomed } facts ? facts.System : null;
}
