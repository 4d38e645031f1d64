using CodingDsl.Language.Classifications;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

// Moving to another release (CDSL0701–0705) and episodes judged by the release in force on their date (CDSL0706, 0707).
public static partial class DiagnosticFactory
{
    /// <summary>CDSL0701: <paramref name="candidates"/> are shown up to <paramref name="shown"/>.</summary>
    public static Diagnostic NotInTargetRelease(TextSpan span, string code, string targetName, IReadOnlyList<ClassificationEntry> candidates, int shown, params CodeFix[] fixes)
    {
        var said = candidates.Count == 0 ? " No code of the same category or a similar title was found." : $" Candidates: {List(candidates, shown)}.";
        return Make(DiagnosticCatalog.NotInTargetRelease, span,
            $"{code} is not in {targetName}: it cannot be carried over and is left as it is for a person to replace.{said}", fixes);
    }

    /// <summary>CDSL0702.</summary>
    public static Diagnostic TitleChangedInRelease(TextSpan span, string code, string targetName, string newTitle, string oldTitle, params CodeFix[] fixes) =>
        Make(DiagnosticCatalog.TitleChangedInRelease, span, $"The title of {code} in {targetName} is \"{newTitle}\" (it was \"{oldTitle}\").", fixes);

    /// <summary>CDSL0703.</summary>
    public static Diagnostic NowSubdivided(TextSpan span, string code, string targetName, IEnumerable<ClassificationEntry> children, params CodeFix[] fixes) =>
        Make(DiagnosticCatalog.NowSubdivided, span,
            $"{code} is subdivided in {targetName} ({List(children, 4)}): it can no longer be recorded as it is. Choose its fourth character, or write {code}.- for a code from the category.",
            fixes);

    /// <summary>CDSL0704.</summary>
    public static Diagnostic CategoryGainsCodes(TextSpan span, string category, string targetName, IReadOnlyList<ClassificationEntry> added) =>
        Make(DiagnosticCatalog.CategoryGainsCodes, span,
            $"{category}.- gains {List(added)} in {targetName}. A code from the category now includes {(added.Count == 1 ? "it" : "them")}: check that the guidance still means what it meant.");

    /// <summary>CDSL0705: <paramref name="source"/> is the rule's file name or "the standard library".</summary>
    public static Diagnostic RuleNeedsReview(TextSpan span, string rule, string source, string guidanceId, string targetName, IEnumerable<string> notes) =>
        Make(DiagnosticCatalog.RuleNeedsReview, span,
            $"Rule {rule} ({source}) applies to {guidanceId} and names codes that change in {targetName}: {string.Join("; ", notes)}. Check that the rule still means what it meant.");

    /// <summary>CDSL0706 on an episode: <paramref name="inForceName"/> is the release in force on the episode's date.</summary>
    public static EpisodeFinding CodeBeforeItsRelease(string code, string laterName, string laterFrom, string episodeDate, string inForceName) =>
        Finding(GuidanceChecks.CodeBeforeItsRelease, DiagnosticCatalog.CodeBeforeItsRelease,
            $"{code} is in {laterName}, in force from {laterFrom}; the episode is dated {episodeDate}, when {inForceName} was in force, which does not have it.");

    /// <summary>CDSL0707 on an episode.</summary>
    public static EpisodeFinding RetiredCodeOnEpisode(string code, string inForceName, string episodeDate, string earlierName) =>
        Finding(GuidanceChecks.RetiredCode, DiagnosticCatalog.RetiredCodeOnEpisode,
            $"{code} is not in {inForceName}, in force on the episode's date {episodeDate}; it is a code of {earlierName}.");

    /// <summary>CDSL0202 on an episode: a warning, since the episode is data to judge, not a rule file to fix.</summary>
    public static EpisodeFinding UnknownCodeOnEpisode(string code, string tableName) =>
        new(GuidanceChecks.UnknownCode, DiagnosticCatalog.UnknownCode.Code, DiagnosticLevel.Warning, null, $"{code} is not in {tableName}.");

    private static EpisodeFinding Finding(string check, DiagnosticDescriptor descriptor, string message) =>
        new(check, descriptor.Code, descriptor.DefaultLevel, null, message);

    /// <summary>Codes with their titles, the first <paramref name="max"/> of them.</summary>
    private static string List(IEnumerable<ClassificationEntry> entries, int max = 6)
    {
        var all = entries.ToArray();
        var shown = all.Take(max).Select(e => e.Title.Length > 0 ? $"{e.Code} ({e.Title})" : e.Code);
        return string.Join(", ", shown) + (all.Length > max ? $" and {all.Length - max} more" : string.Empty);
    }
}
