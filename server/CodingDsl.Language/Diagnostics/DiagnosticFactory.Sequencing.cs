using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

// Sequencing, sections' code systems and values never checked before (CDSL0801–0819).
public static partial class DiagnosticFactory
{
    /// <summary>CDSL0801: the place a code is recorded in on some path is not its stated position.</summary>
    /// <param name="where">"on the path J12.4 + Y53.- and 2 more".</param>
    /// <param name="unreachable">Without a fix: true when no path records that many codes of its classification.</param>
    public static Diagnostic PositionNotKept(TextSpan span, string code, int position, int place, string where, string section, bool unreachable, CodeFix? fix)
    {
        var message = $"{code} is stated in position {position} but is recorded in place {place} {where}.";
        message += fix is not null
            ? $" Move it so that it is in place {position} on every path."
            : unreachable
                ? $" No path of this {section} records {position} codes of its classification: state the place NICE gives."
                : $" No order of the statements puts it in place {position} on every path (an optional or alternative code before it changes its place): split the {section} into variants, or state the place NICE gives.";
        return fix is null ? Make(DiagnosticCatalog.PositionNotKept, span, message) : Make(DiagnosticCatalog.PositionNotKept, span, message, fix);
    }

    /// <summary>CDSL0802 on a requirement's `position 0`.</summary>
    public static Diagnostic PositionZero(TextSpan span, CodeFix fix) =>
        Make(DiagnosticCatalog.PositionZero, span, "Places count from 1: 'position 1' is the first code recorded, 'position 2' the second.", fix);

    /// <summary>CDSL0802 on a rule condition's `position 0 …`.</summary>
    public static Diagnostic PositionZeroInRule(TextSpan span) =>
        Make(DiagnosticCatalog.PositionZero, span, "Places count from 1: 'position 1 …' tests the first code, 'position 2 …' (or 'second …') the second.");

    /// <summary>CDSL0803: one statement with two `position`s.</summary>
    public static Diagnostic PositionStatedTwice(TextSpan span, string keyword, string position, CodeFix fix) =>
        Make(DiagnosticCatalog.PositionClash, span, $"This statement already states {keyword} {position}: a code has one place. Remove one.", fix);

    /// <summary>CDSL0803: two statements claim one place; <paramref name="firstLine"/> is 1-based.</summary>
    public static Diagnostic PositionClash(TextSpan span, string firstCode, int firstLine, int position) =>
        Make(DiagnosticCatalog.PositionClash, span,
            $"{firstCode} (line {firstLine}) is already stated in position {position}: two codes cannot be recorded in one place. Give one of them another position.");

    /// <summary>CDSL0804: the code reads as the section's classification; the fix rewrites the keyword.</summary>
    /// <param name="asWritten">"I20.- is not in OPCS-4.10" or "C18.- in OPCS-4 is \"…\"".</param>
    /// <param name="what">"I20.- is an ICD-10 category (\"Angina pectoris\")".</param>
    public static Diagnostic WrongKeywordForSection(TextSpan span, string asWritten, string section, CodeSystem expected, string what, string text, TextEdit edit)
    {
        var write = $"Write '{CodeSystems.Of(expected).Keyword} {text}'";
        return Make(DiagnosticCatalog.WrongSystemForSection, span,
            $"{asWritten}, and a {section} section holds {CodeSystems.Of(expected).DisplayName} codes: {what}. {write}.",
            new CodeFix(write, [edit]));
    }

    /// <summary>CDSL0804: a real code of the other classification; the fixes move it (or rewrite the keyword).</summary>
    public static Diagnostic CodeInWrongSection(TextSpan span, string text, CodeSystem written, ClassificationEntry? entry, string section, CodeSystem expected, string home, params CodeFix[] fixes) =>
        Make(DiagnosticCatalog.WrongSystemForSection, span,
            $"{text} is an {CodeSystems.Of(written).DisplayName} {(entry is { IsCategory: true } ? "category" : "code")}{(entry is null ? string.Empty : $" (\"{entry.Title}\")")}, but a {section} section holds {CodeSystems.Of(expected).DisplayName} codes: record it in the {home} section.",
            fixes);

    /// <summary>CDSL0805: `chapter X` for a letter OPCS-4 has no chapter of.</summary>
    public static Diagnostic NoSuchOpcsChapter(TextSpan span, char letter) =>
        Make(DiagnosticCatalog.NoSuchChapter, span,
            $"OPCS-4 has no chapter {letter}: its chapters are {string.Join(", ", OpcsChapters.All.Select(c => c.Id))}." +
            (letter == 'I' ? " Chapter I is ICD-10's (diseases of the circulatory system)." : string.Empty));

    /// <summary>CDSL0806: a `default` on a statement that allows one code only.</summary>
    public static Diagnostic DefaultOnSingleCode(TextSpan span, string fallback, IEnumerable<string> allowed, params CodeFix[] fixes) =>
        Make(DiagnosticCatalog.DefaultOutsideCategory, span,
            $"'default {fallback}' completes a statement that allows one code only ({string.Join(", ", allowed)}): a default is for a category, such as V55.- default V55.9. Remove it, or state the category.",
            fixes);

    /// <summary>CDSL0806: a `default` outside the categories the statement allows.</summary>
    public static Diagnostic DefaultOutsideCategory(TextSpan span, string fallback, IEnumerable<string> categories, params CodeFix[] fixes) =>
        Make(DiagnosticCatalog.DefaultOutsideCategory, span,
            $"The default {fallback} is not one of the codes the statement allows ({string.Join(" or ", categories)}): the default is the code recorded when the detail is not stated, so it lies within them.",
            fixes);
}
