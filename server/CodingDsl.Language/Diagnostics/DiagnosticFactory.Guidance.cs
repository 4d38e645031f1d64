using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

// A guidance and what it declares about itself: its id, sections, SNOMED CT concepts, annotations (CDSL03xx, 04xx, 08xx).
public static partial class DiagnosticFactory
{
    /// <summary>CDSL0401 within one file; <paramref name="firstLine"/> is 1-based.</summary>
    public static Diagnostic DuplicateGuidanceInFile(TextSpan span, string id, int firstLine) =>
        Make(DiagnosticCatalog.DuplicateGuidance, span, $"Guidance {id} is already declared in this file, at line {firstLine}. Declare each guidance once.");

    /// <summary>How many other files a CDSL0401 message names; past it, it counts the rest.</summary>
    public const int DuplicateFilesNamed = 5;

    /// <summary>
    /// CDSL0401 across files. Names the first <see cref="DuplicateFilesNamed"/> and counts the rest: with
    /// thousands of files declaring one id, each of them listing all the others made the messages
    /// quadratic in the number of files (docs/diagnostics.md). Only the names shown are taken from
    /// <paramref name="otherFiles"/> when it can count itself (an array's Select).
    /// </summary>
    public static Diagnostic DuplicateGuidanceInFiles(TextSpan span, string id, IEnumerable<string> otherFiles)
    {
        if (!otherFiles.TryGetNonEnumeratedCount(out var count))
        {
            var all = otherFiles.ToArray();
            (otherFiles, count) = (all, all.Length);
        }
        var named = string.Join(", ", otherFiles.Take(DuplicateFilesNamed));
        var more = count > DuplicateFilesNamed
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" and {count - DuplicateFilesNamed:N0} more")
            : string.Empty;
        return Make(DiagnosticCatalog.DuplicateGuidance, span, $"Guidance {id} is also declared in {named}{more}. Declare each guidance in one file.");
    }

    /// <summary>The guidance has no procedure or diagnosis section.</summary>
    public static Diagnostic EmptyGuidance(TextSpan span, string id) =>
        Make(DiagnosticCatalog.EmptyGuidance, span,
            $"Guidance {id} has no procedure or diagnosis section. Add what NICE recommends, or 'case-by-case' in a procedure section when no fixed codes are given.");

    /// <summary>CDSL0101 on a guidance id that is not NICE's form.</summary>
    public static Diagnostic BadGuidanceId(TextSpan span, string id) =>
        Make(DiagnosticCatalog.SyntaxError, span,
            $"'{id}' is not a guidance id: write NICE's id in capitals, letters then digits, such as IPG327, MTG12 or DG4.");

    /// <summary>`snomed pending`.</summary>
    public static Diagnostic SnomedPending(TextSpan span) =>
        Make(DiagnosticCatalog.SnomedPending, span, "No SNOMED CT concept is published for this yet; replace 'pending' with the concept id when one is.");

    /// <summary>The concept is not in the configured release, or is there but inactive.</summary>
    public static Diagnostic SnomedUnknownConcept(TextSpan span, string id, string releaseName, bool inactive) =>
        Make(DiagnosticCatalog.SnomedUnknownConcept, span, inactive
            ? $"Concept {id} is inactive in {releaseName}: use its active replacement."
            : $"Concept {id} is not in {releaseName}. Check the id against the release.");

    /// <summary>CDSL0302: <paramref name="expected"/> is the Verhoeff digit the id should end with.</summary>
    public static Diagnostic SnomedCheckDigit(TextSpan span, string id, char expected) =>
        Make(DiagnosticCatalog.SnomedCheckDigit, span,
            $"{id} is not a SNOMED CT id: its last digit should be {expected} (Verhoeff check). Check the id for a typing slip.");

    /// <summary>CDSL0303.</summary>
    public static Diagnostic SnomedNotConcept(TextSpan span, string id) =>
        Make(DiagnosticCatalog.SnomedNotConcept, span,
            $"{id} is not a SNOMED CT concept id: its partition digits ({id[^3..^1]}) mark a description, a relationship or nothing known. Give the concept id.");

    /// <summary>CDSL0301.</summary>
    public static Diagnostic SnomedIdMalformed(TextSpan span, string id) =>
        Make(DiagnosticCatalog.SnomedIdMalformed, span,
            $"'{id}' is not a SNOMED CT id: an id is 6 to 18 digits with no leading zero, such as 87628006.");

    /// <summary>A variant's `if "…"` without a variant name before it.</summary>
    public static Diagnostic VariantConditionWithoutName(TextSpan span, string sectionKeyword, string condition) =>
        Make(DiagnosticCatalog.VariantConditionWithoutName, span,
            $"'{sectionKeyword} if \"{condition}\"' has no variant name: name the variant before its condition, as in {sectionKeyword} \"…\" if \"{condition}\" {{ … }}.");

    /// <summary>`nice "…"` repeating the official title of <paramref name="code"/>.</summary>
    public static Diagnostic NiceTitleIsOfficial(TextSpan span, string wording, string code, params CodeFix[] fixes) =>
        Make(DiagnosticCatalog.NiceTitleIsOfficial, span,
            $"NICE's wording \"{wording}\" is the title of {code} already: 'nice' is for a wording that differs. Remove it.", fixes);
}
