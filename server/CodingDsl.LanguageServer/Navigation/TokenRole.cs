namespace CodingDsl.LanguageServer.Navigation;

/// <summary>What a token is, for highlighting and navigation.</summary>
public enum TokenRole
{
    Keyword,
    Operator,
    GuidanceId,
    OpcsCode,
    Icd10Code,
    SnomedId,
    /// <summary>The name in `set name = …` or `rule name …`.</summary>
    NameDeclaration,
    /// <summary>A set or built-in name used as a selector or set item.</summary>
    NameReference,
    Fact,
    String,
    Number,
    DiagnosticCode,
    Severity,
    Version,
}
