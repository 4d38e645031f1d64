namespace CodingDsl.Language.Classifications;

/// <summary>ICD-10 dagger/asterisk usage (TRUD USAGE column); OPCS-4 entries are always Default.</summary>
public enum CodeUsage
{
    Default,
    Dagger,
    Asterisk,
}

/// <summary>One row of a classification table, keyed by its dotted code ("J12.4", "J12", "C64").</summary>
/// <param name="Code">Dotted code as printed, without marks: "J12.4", a category "J12", ICD-10 "M80.08".</param>
/// <param name="Title">Official title.</param>
/// <param name="IsCategory">True for three-character categories.</param>
/// <param name="Usage">Dagger/asterisk usage where the table says so.</param>
/// <param name="Sex">'F', 'M' or null, where the table says so.</param>
public sealed record ClassificationEntry(
    string Code,
    string Title,
    bool IsCategory,
    CodeUsage Usage = CodeUsage.Default,
    char? Sex = null,
    int? MinAge = null,
    int? MaxAge = null);
