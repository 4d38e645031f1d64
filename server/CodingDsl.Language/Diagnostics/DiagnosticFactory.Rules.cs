using CodingDsl.Language.Classifications;
using CodingDsl.Language.Text;

namespace CodingDsl.Language.Diagnostics;

// Names, sets and rules (CDSL04xx, 05xx).
public static partial class DiagnosticFactory
{
    /// <summary>A set or rule name declared twice in a file; <paramref name="kind"/> is "set" or "rule".</summary>
    public static Diagnostic DuplicateName(TextSpan span, string kind, string name) =>
        Make(DiagnosticCatalog.DuplicateName, span, $"The {kind} '{name}' is already declared in this file: give it another name.");

    public static Diagnostic RuleClauseTwice(TextSpan span, string rule) =>
        Make(DiagnosticCatalog.BadRule, span, $"Rule '{rule}' has this clause twice: keep one (combine conditions with 'and' / 'or').");

    public static Diagnostic RuleWithoutMessage(TextSpan span, string rule) =>
        Make(DiagnosticCatalog.BadRule, span, $"Rule '{rule}' has no message: add message \"…\" saying what is wrong and what to record.");

    public static Diagnostic RuleCodeNotInCatalogue(TextSpan span, string code) =>
        Make(DiagnosticCatalog.BadRule, span, $"'{code}' is not a diagnostic code in the catalogue; leave 'code' out to report {DiagnosticCatalog.RuleNotMet.Code}.");

    /// <summary>A fact name that is not one of <paramref name="facts"/>.</summary>
    public static Diagnostic UnknownFact(TextSpan span, string name, IEnumerable<string> facts, string? nearest) =>
        Make(DiagnosticCatalog.UnknownName, span, $"'{name}' is not a fact: the facts are {string.Join(", ", facts)}." + DidYouMean(nearest));

    public static Diagnostic UnknownSet(TextSpan span, string name, string? nearest) =>
        Make(DiagnosticCatalog.UnknownName, span, $"No set named '{name}' is declared here, in a used file or in the standard library." + DidYouMean(nearest));

    /// <summary>A suppression comment names neither a catalogue code nor a rule. Always a warning: it is about the comment, not the rules.</summary>
    public static Diagnostic UnknownSuppressedName(TextSpan span, string name) =>
        Make(DiagnosticCatalog.UnknownName, DiagnosticLevel.Warning, span,
            $"'{name}' is neither a diagnostic code (such as {DiagnosticCatalog.TitleMismatch.Code}) nor a rule name, so it silences nothing.");

    /// <summary>A set of one system tested with `has` of the other.</summary>
    public static Diagnostic SystemMismatch(TextSpan span, string set, CodeSystem setSystem) =>
        Make(DiagnosticCatalog.SystemMismatch, span,
            $"The set '{set}' holds {CodeSystems.Of(setSystem).DisplayName} codes; test it with 'has {CodeSystems.Of(setSystem).Keyword} {set}'.");

    /// <summary>A section with more coding paths than the rule checker enumerates.</summary>
    public static Diagnostic TooManyPaths(TextSpan span, string section, int checkedPaths) =>
        Make(DiagnosticCatalog.TooManyPaths, span,
            $"This {section} can be coded in more than {checkedPaths} ways; rules were checked on the first {checkedPaths}. Split it into named variants.");

    /// <summary>
    /// A rule that does not hold on some paths: the author's message (its final stop dropped) and where,
    /// under the rule's own code and level.
    /// </summary>
    public static Diagnostic RuleNotMet(TextSpan span, DiagnosticDescriptor descriptor, DiagnosticLevel level, string rule, string message, string where, IReadOnlyList<CodeFix> fixes) =>
        new(descriptor, level, span, message.TrimEnd('.') + where, fixes, rule);

    /// <summary>A rule an episode breaks: without facts the author's message as written; with a matched section's facts, those facts appended.</summary>
    public static Evaluation.EpisodeFinding RuleBrokenByEpisode(string rule, DiagnosticDescriptor descriptor, DiagnosticLevel level, string message) =>
        new(rule, descriptor.Code, level, null, message);

    public static Evaluation.EpisodeFinding RuleBrokenByEpisode(string rule, DiagnosticDescriptor descriptor, DiagnosticLevel level, string message, string guidanceId, string section, IEnumerable<string> facts) =>
        new(rule, descriptor.Code, level, guidanceId, $"{message.TrimEnd('.')} ({guidanceId} {section}: {string.Join(", ", facts.Order(StringComparer.Ordinal))}).");
}
