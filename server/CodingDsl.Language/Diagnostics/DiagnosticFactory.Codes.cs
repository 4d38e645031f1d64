using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

// Codes of OPCS-4 and ICD-10 (CDSL02xx).
public static partial class DiagnosticFactory
{
    /// <summary>CDSL0201 on a recommended code: <paramref name="problem"/> is the reader's own account when it has one.</summary>
    public static Diagnostic MalformedCode(TextSpan span, CodeSystem system, string text, string? problem, string? correction, params CodeFix[] fixes)
    {
        var (code, category) = system == CodeSystem.Icd10 ? ("C78.7", "C18.-") : ("J12.4", "Y53.-");
        var message = problem ?? $"'{text}' is not an {CodeSystems.Of(system).DisplayName} code: write a code such as {code} or a category such as {category}.";
        return Make(DiagnosticCatalog.MalformedCode, span, message + (correction is null ? string.Empty : $" Did you mean '{correction}'?"), fixes);
    }

    /// <summary>CDSL0201 on an item of a `set`.</summary>
    public static Diagnostic MalformedSetItem(TextSpan span, string text, string? problem) =>
        Make(DiagnosticCatalog.MalformedCode, span, problem ?? $"'{text}' is not a code, category, range or chapter; a set lists codes.");

    /// <summary>CDSL0201 on a rule's `has` selector.</summary>
    public static Diagnostic MalformedPattern(TextSpan span, string text, string? problem) =>
        Make(DiagnosticCatalog.MalformedCode, span, problem ?? $"'{text}' is not a code pattern.");

    /// <summary>CDSL0202: a well-formed code the table does not have; an incomplete table makes it information only.</summary>
    public static Diagnostic UnknownCode(TextSpan span, string code, IClassificationTable table, IReadOnlyList<ClassificationEntry> suggestions, params CodeFix[] fixes)
    {
        var didYouMean = suggestions.Count == 0 ? string.Empty : " Did you mean " + string.Join(" or ", suggestions.Select(s => $"{s.Code} ({s.Title})")) + "?";
        return table.IsComplete
            ? Make(DiagnosticCatalog.UnknownCode, span, $"{code} is not in {table.DisplayName}.{didYouMean}", fixes)
            : Make(DiagnosticCatalog.UnknownCode, DiagnosticLevel.Info, span,
                $"{code} is not in {table.DisplayName}, which is not a full release: configure your TRUD release in codingdsl.json (\"classifications\": {{ \"icd10\": [{{ \"version\": \"5\", \"path\": \"…\" }}] }}) to check it.{didYouMean}",
                fixes);
    }

    /// <summary>CDSL0203.</summary>
    public static Diagnostic TitleMismatch(TextSpan span, ClassificationEntry entry, string tableName, string stated, IReadOnlyList<CodeFix> fixes) =>
        new(DiagnosticCatalog.TitleMismatch, DiagnosticCatalog.TitleMismatch.DefaultLevel, span,
            Shared(DiagnosticCatalog.TitleMismatch, $"The title of {entry.Code} in {tableName} is \"{entry.Title}\", not \"{stated}\"."), fixes);

    /// <summary>CDSL0842: the stated title is (nearly) another code's.</summary>
    public static Diagnostic TitleOfAnotherCode(TextSpan span, string stated, bool exactly, ClassificationEntry meant, string tableName, ClassificationEntry written, params CodeFix[] fixes) =>
        Make(DiagnosticCatalog.TitleOfAnotherCode, span,
            $"The title \"{stated}\" is {(exactly ? string.Empty : "nearly ")}{meant.Code}'s in {tableName}; {written.Code} is \"{written.Title}\". Did you mean {meant.Code}?",
            fixes);

    /// <summary>CDSL0204.</summary>
    public static Diagnostic NotACategory(TextSpan span, string code, params CodeFix[] fixes) =>
        Make(DiagnosticCatalog.NotACategory, span,
            $"{code} has no subdivisions, so '.-' (a code from this category) does not apply: record {code} itself.", fixes);

    /// <summary>CDSL0205: <paramref name="xPadded"/> when the author filled the fourth character with X.</summary>
    public static Diagnostic CategoryNeedsFourthCharacter(TextSpan span, string written, string category, string tableName, IEnumerable<string> children, bool xPadded, params CodeFix[] fixes)
    {
        var corrected = $"{category}.-";
        var some = string.Join(", ", children.Take(3));
        var message = xPadded
            // The author wrote the filler of an undivided category; the table subdivides it, so
            // "is a category" alone would not say why their .X is wrong.
            ? $"{written} marks {category} as undivided (.X fills the fourth character), but {tableName} subdivides {category} ({some} …): choose its fourth character, or write {corrected} for \"a code from this category\"."
            : $"{category} is a category with subdivisions and cannot be recorded as it is. Write {corrected} for \"a code from this category\", or choose its fourth character ({some} …).";
        return Make(DiagnosticCatalog.CategoryNeedsFourthCharacter, span, message, fixes);
    }

    /// <summary>CDSL0206: the code is not in the declared version (and another table has it).</summary>
    public static Diagnostic NotInDeclaredVersion(TextSpan span, string code, string versionName) =>
        Make(DiagnosticCatalog.NotInDeclaredVersion, span,
            $"{code} is not in {versionName}, the version this guidance declares. Choose a code valid in that version, or declare the version the code comes from.");

    /// <summary>CDSL0206: the code is not in the table checked against; <paramref name="otherName"/> has it.</summary>
    public static Diagnostic NotInCheckedVersion(TextSpan span, string code, string tableName, string otherName) =>
        Make(DiagnosticCatalog.NotInDeclaredVersion, span,
            $"{code} is not in {tableName}, the version this guidance is checked against; it is in {otherName}. Declare the version the codes were chosen in, or choose a code of this version.");

    /// <summary>CDSL0207 on a code's first repeat in a statement; <paramref name="moreInStatement"/> counts its repeats after that one.</summary>
    public static Diagnostic DuplicateCode(TextSpan span, string code, int moreInStatement = 0) =>
        Make(DiagnosticCatalog.DuplicateCode, span, $"{code} is already listed in this section: list each code once."
            + moreInStatement switch
            {
                0 => string.Empty,
                1 => " This statement repeats it once more after this.",
                _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $" This statement repeats it {moreInStatement:N0} more times after this."),
            });

    /// <summary>CDSL0208.</summary>
    public static Diagnostic VersionNotConfigured(TextSpan span, string version, string fallbackName) =>
        Make(DiagnosticCatalog.VersionNotConfigured, span,
            $"No table for {version} is configured, so its codes are checked against {fallbackName}. Add the {version} table to codingdsl.json to check them exactly.");

    /// <summary>CDSL0209.</summary>
    public static Diagnostic BadVersion(TextSpan span, string text) =>
        Make(DiagnosticCatalog.BadVersion, span,
            $"'{text}' is not a classification version: write opcs-4.<release> or icd-10-<edition>, as in opcs-4.10 or icd-10-5.");
}
