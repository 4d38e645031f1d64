using System.Runtime.CompilerServices;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Rules;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Audits coded episodes against compiled rules, the way a coding auditor would. An episode matches a
/// guidance section when it records one of the section's main codes (the procedure's A–X codes; for a
/// guidance with no procedure codes, its first diagnosis codes). It is then checked against:
/// <list type="bullet">
/// <item>the rule libraries (the standard library and the rules of the files given), over its codes in
/// recorded order, with no facts and with the facts (image-guided …) of each section it matched;</item>
/// <item>each matched guidance's own structure: the matched procedure variant's required codes, and the
/// guidance's diagnosis (combinations recorded whole, positions kept).</item>
/// </list>
/// Stateless per episode and thread-safe once built.
/// </summary>
public sealed class EpisodeEvaluator
{
    private static readonly IReadOnlySet<string> NoFacts = new HashSet<string>();

    private readonly IReadOnlyList<BoundRule> rules;

    // Each rule's `when` and `require`, compiled once (null: absent): checked for every episode.
    private readonly CompiledCondition?[] when;
    private readonly CompiledCondition?[] require;
    private readonly IReadOnlyList<BoundGuidance> guidances;
    // The triggers of each category, at its CategoryIndex (null: none): each code of each episode looks
    // its category up, so an array index, not a hash of a (system, letter, number) key.
    private readonly Trigger[]?[] triggersByCategory = new Trigger[]?[CategoryCount];
    private readonly List<Trigger> wideTriggers = new();
    private readonly ClassificationSet tables;

    // Findings that say the same for every episode, made once (a run reports hundreds of thousands):
    // each rule broken without facts, and each required code not recorded (by guidance and section,
    // which the message names, then by requirement index).
    private readonly EpisodeFinding[] ruleBroken;
    private readonly Dictionary<(BoundGuidance, BoundSection), EpisodeFinding?[]> notRecorded = new(SamePair.Instance);

    internal sealed record Trigger(int Guidance, int SectionIndex, BoundSection Section, CodePattern Pattern)
    {
        /// <summary>By rule index: the finding for the rule broken with this section's facts (made when the evaluator is built; empty when the section has no facts).</summary>
        public EpisodeFinding[] RuleBrokenWithFacts { get; init; } = [];

        public required GuidanceMatch Match { get; init; }
    }

    public EpisodeEvaluator(IReadOnlyList<BoundRule> rules, IReadOnlyList<BoundGuidance> guidances, ClassificationSet? tables = null)
    {
        this.rules = rules;
        this.guidances = guidances;
        this.tables = tables ?? ClassificationSet.Bundled;
        when = rules.Select(rule => rule.When is null ? null : ConditionEvaluator.Compile(rule.When)).ToArray();
        require = rules.Select(rule => rule.Require is null ? null : ConditionEvaluator.Compile(rule.Require)).ToArray();
        ruleBroken = rules.Select(rule => DiagnosticFactory.RuleBrokenByEpisode(rule.Name, rule.Descriptor, rule.Level, rule.Message)).ToArray();
        foreach (var guidance in guidances)
        {
            foreach (var section in guidance.Sections)
            {
                notRecorded[(guidance, section)] = section.Requirements
                    .Select(requirement => requirement.IsOptional ? null : NotRecorded(guidance, section, requirement))
                    .ToArray();
            }
        }
        for (var g = 0; g < guidances.Count; g++)
        {
            foreach (var (section, pattern) in MainCodes(guidances[g]))
            {
                var trigger = new Trigger(g, IndexOf(guidances[g].Sections, section), section, pattern)
                {
                    Match = new GuidanceMatch(guidances[g].Id, section.DisplayName),
                    RuleBrokenWithFacts = section.Facts.Count == 0 ? [] : rules
                        .Select(rule => DiagnosticFactory.RuleBrokenByEpisode(rule.Name, rule.Descriptor, rule.Level, rule.Message, guidances[g].Id, section.DisplayName, section.Facts))
                        .ToArray(),
                };
                if (pattern.Kind is PatternKind.Code or PatternKind.Category && CategoryIndex(pattern) is var index and >= 0)
                {
                    triggersByCategory[index] = [.. triggersByCategory[index] ?? [], trigger];
                }
                else
                {
                    wideTriggers.Add(trigger);
                }
            }
        }
    }

    public IReadOnlyList<BoundRule> Rules => rules;

    /// <summary>The tables episode codes are looked up in (for titles and dagger/asterisk usage).</summary>
    public ClassificationSet Tables => tables;

    public IReadOnlyList<BoundGuidance> Guidances => guidances;

    /// <summary>True when a configured release has an `inForceFrom` date: dated episodes are judged by the release in force then.</summary>
    public bool JudgesByDate => tables.HasDates(CodeSystem.Opcs4) || tables.HasDates(CodeSystem.Icd10);

    /// <summary>The codes that make an episode match a section: required main OPCS-4 codes of procedure sections; failing those, the first diagnosis requirement.</summary>
    private static IEnumerable<(BoundSection, CodePattern)> MainCodes(BoundGuidance guidance)
    {
        var procedure = guidance.Sections
            .Where(s => s.Kind == SectionKind.Procedure)
            .SelectMany(s => s.Requirements.Where(r => !r.IsOptional)
                .SelectMany(r => BoundRequirement.Flatten(r.Choice))
                .Where(c => c.Pattern is { } p && p.Kind != PatternKind.Name && c.System == CodeSystem.Opcs4 && !OpcsChapters.IsSubsidiary(c.System, p.Letter))
                .Select(c => (s, c.Pattern!)))
            .ToArray();
        if (procedure.Length > 0)
        {
            return procedure;
        }
        return guidance.Sections
            .Where(s => s.Kind == SectionKind.Diagnosis)
            .SelectMany(s => s.Requirements.Where(r => !r.IsOptional).Take(1)
                .SelectMany(r => BoundRequirement.Flatten(r.Choice))
                .Where(c => c.Pattern is { } p && p.Kind != PatternKind.Name)
                .Select(c => (s, c.Pattern!)));
    }

    public EpisodeResult Evaluate(Episode episode) =>
        Evaluate(episode, new EvaluationScratch()) ?? new EpisodeResult(episode, [], []);

    /// <summary>
    /// As <see cref="Evaluate(Episode)"/> for a run over many episodes on one thread: null when the
    /// episode matches no guidance and breaks no rule (most of an extract), and then nothing is
    /// allocated; <paramref name="scratch"/> is reused from one call to the next. A result owns its lists.
    /// </summary>
    public EpisodeResult? Evaluate(Episode episode, EvaluationScratch scratch)
    {
        var findings = scratch.Findings;
        findings.Clear();
        var judgement = ReleaseByDate.Judge(tables, episode, findings);
        if (judgement is null)
        {
            CheckUnknownCodes(tables, episode.AllCodesSpan, findings);
        }
        else
        {
            episode = judgement.Episode;
        }
        var matched = MatchSections(episode, scratch.Matched);
        CheckRules(episode, matched, findings);
        if (matched.Count == 0 && findings.Count == 0 && judgement is null)
        {
            return null;
        }
        var matches = matched.Count == 0 ? [] : new GuidanceMatch[matched.Count];
        // The matched sections are in guidance order: each guidance's run of them is checked together.
        for (var first = 0; first < matched.Count;)
        {
            var g = matched[first].Guidance;
            var end = first;
            while (end < matched.Count && matched[end].Guidance == g)
            {
                matches[end] = matched[end].Match;
                end++;
            }
            CheckGuidance(episode, guidances[g], matched, first, end, findings);
            first = end;
        }
        if (judgement is not null)
        {
            // Every finding says which release judged it: the release in force on the episode's date.
            for (var i = 0; i < findings.Count; i++)
            {
                findings[i] = findings[i].Release is null ? findings[i] with { Release = judgement.Releases } : findings[i];
            }
        }
        return new EpisodeResult(episode, matches, findings.Count == 0 ? [] : findings.ToArray());
    }

    /// <summary>The sections matched, each once, in guidance then section order (into <paramref name="matched"/>, cleared first).</summary>
    private List<Trigger> MatchSections(Episode episode, List<Trigger> matched)
    {
        matched.Clear();
        foreach (var code in episode.AllCodesSpan)
        {
            var p = code.Pattern;
            var index = CategoryIndex(p);
            if (index >= 0 && triggersByCategory[index] is { } candidates)
            {
                foreach (var trigger in candidates)
                {
                    if (p.LiesWithin(trigger.Pattern))
                    {
                        Add(matched, trigger);
                    }
                }
            }
            foreach (var trigger in wideTriggers)
            {
                if (p.LiesWithin(trigger.Pattern))
                {
                    Add(matched, trigger);
                }
            }
        }
        if (matched.Count > 1)
        {
            matched.Sort(static (a, b) => a.Guidance != b.Guidance ? a.Guidance.CompareTo(b.Guidance) : a.SectionIndex.CompareTo(b.SectionIndex));
        }
        return matched;

        static void Add(List<Trigger> list, Trigger trigger)
        {
            foreach (var t in list)
            {
                if (ReferenceEquals(t.Section, trigger.Section))
                {
                    return;
                }
            }
            list.Add(trigger);
        }
    }

    private const int CategoryCount = 2 * 26 * 100;

    /// <summary>
    /// Where an OPCS-4 or ICD-10 category's triggers are kept (letter A–Z, number 0–99: M80.08 is in M80);
    /// -1 for anything else, whose triggers are tried against every code instead (<see cref="wideTriggers"/>).
    /// </summary>
    private static int CategoryIndex(CodePattern pattern) =>
        pattern.System is CodeSystem.Opcs4 or CodeSystem.Icd10 && pattern.Letter is >= 'A' and <= 'Z' && (uint)pattern.From < 100
            ? (((pattern.System == CodeSystem.Icd10 ? 26 : 0) + pattern.Letter - 'A') * 100) + pattern.From
            : -1;

    internal static void CheckUnknownCodes(ClassificationSet tables, ReadOnlySpan<RecordedCode> codes, List<EpisodeFinding> findings)
    {
        foreach (var code in codes)
        {
            // The table only for a code it does not hold: almost every code is known.
            if (code.Entry is null && tables.GetDefault(code.Pattern.System) is { IsComplete: true } table)
            {
                findings.Add(DiagnosticFactory.UnknownCodeOnEpisode(code.Pattern.Text, table.DisplayName));
            }
        }
    }

    /// <summary>
    /// Each library rule once: checked without facts, then with the facts of each matched section that
    /// has any; the first context where it fails is reported (with that section's guidance).
    /// </summary>
    private void CheckRules(Episode episode, List<Trigger> matched, List<EpisodeFinding> findings)
    {
        var codes = episode.AllCodesSpan;
        for (var r = 0; r < rules.Count; r++)
        {
            if (Breaks(r, codes, NoFacts))
            {
                findings.Add(ruleBroken[r]);
                continue;
            }
            foreach (var trigger in matched)
            {
                if (trigger.Section.Facts.Count > 0 && Breaks(r, codes, trigger.Section.Facts))
                {
                    findings.Add(trigger.RuleBrokenWithFacts[r]);
                    break;
                }
            }
        }
    }

    private bool Breaks(int rule, ReadOnlySpan<RecordedCode> codes, IReadOnlySet<string> facts) =>
        (when[rule] is not { } applies || applies.Holds(codes, facts))
        && !(require[rule] is { } required && required.Holds(codes, facts));

    /// <param name="matched">The matched sections; this guidance's are <paramref name="first"/> up to <paramref name="end"/>.</param>
    private void CheckGuidance(Episode episode, BoundGuidance guidance, List<Trigger> matched, int first, int end, List<EpisodeFinding> findings)
    {
        // Loops, not LINQ, and a list only for a variant with findings: this runs for every matched
        // episode, one in six of an extract.
        // The procedure: the episode follows the guidance when one matched variant is coded in full;
        // else the findings of the variant with the fewest (the first of those).
        List<EpisodeFinding>? closest = null;
        var variants = false;
        var followed = false;
        for (var i = first; i < end && !followed; i++)
        {
            var section = matched[i].Section;
            if (section.Kind == SectionKind.Procedure)
            {
                variants = true;
                followed = Closest(CheckSection(episode, guidance, section), ref closest);
            }
        }
        if (variants && !followed)
        {
            findings.AddRange(closest!);
        }
        // The diagnosis: one of its variants coded in full.
        closest = null;
        variants = false;
        followed = false;
        for (var i = 0; i < guidance.Sections.Count && !followed; i++)
        {
            var section = guidance.Sections[i];
            if (section.Kind == SectionKind.Diagnosis && section.Requirements.Count > 0)
            {
                variants = true;
                followed = Closest(CheckSection(episode, guidance, section), ref closest);
            }
        }
        if (variants && !followed)
        {
            findings.AddRange(closest!);
        }

        // True when the variant has no findings; else keeps the variant's findings if they are fewer.
        static bool Closest(List<EpisodeFinding>? variant, ref List<EpisodeFinding>? closest)
        {
            if (variant is null)
            {
                return true;
            }
            if (closest is null || variant.Count < closest.Count)
            {
                closest = variant;
            }
            return false;
        }
    }

    /// <summary>What a section's variant finds missing or misplaced; null when it is coded in full.</summary>
    private List<EpisodeFinding>? CheckSection(Episode episode, BoundGuidance guidance, BoundSection section)
    {
        List<EpisodeFinding>? findings = null;
        var notRecordedHere = notRecorded[(guidance, section)];
        for (var r = 0; r < section.Requirements.Count; r++)
        {
            var requirement = section.Requirements[r];
            var recorded = Recorded(requirement.Choice, episode);
            if (recorded == Coverage.None && !requirement.IsOptional)
            {
                (findings ??= []).Add(notRecordedHere[r]!);
            }
            else if (recorded == Coverage.Partial)
            {
                (findings ??= []).Add(new EpisodeFinding(GuidanceChecks.Combination, null, DiagnosticLevel.Error, guidance.Id,
                    $"{guidance.Id} {section.DisplayName} is coded as {Describe(requirement.Choice)} together; {Describe(Missing(requirement.Choice, episode)!)} is missing."));
            }
            if (recorded == Coverage.Full && requirement.Position is { } position)
            {
                var codes = requirement.Codes.Select(c => c.System).FirstOrDefault() == CodeSystem.Icd10 ? episode.Icd10 : episode.Opcs;
                var at = IndexOf(codes, requirement.Choice);
                if (at >= 0 && at != position - 1)
                {
                    (findings ??= []).Add(new EpisodeFinding(GuidanceChecks.Position, null, DiagnosticLevel.Warning, guidance.Id,
                        $"{guidance.Id} {section.DisplayName} puts {Describe(requirement.Choice)} in position {position}; it is recorded in position {at + 1}."));
                }
            }
        }
        return findings;
    }

    private static EpisodeFinding NotRecorded(BoundGuidance guidance, BoundSection section, BoundRequirement requirement)
    {
        var where = $"{guidance.Id} {section.DisplayName}";
        var what = Describe(requirement.Choice);
        return section.Kind == SectionKind.Diagnosis
            ? new EpisodeFinding(GuidanceChecks.Diagnosis, null, DiagnosticLevel.Warning, guidance.Id,
                $"{where} is coded as {what}; none of it is recorded.")
            : new EpisodeFinding(GuidanceChecks.Requirement, null, DiagnosticLevel.Error, guidance.Id,
                $"{where} needs {what}; it is not recorded.");
    }

    private enum Coverage
    {
        None,
        Partial,
        Full,
    }

    /// <summary>How much of a choice the episode records. Alternatives: the best of them. Combinations: full, none, or partial.</summary>
    private static Coverage Recorded(CodeChoice choice, Episode episode) => choice.Accept(CoverageOf.Instance, episode);

    /// <summary>The part of a partly recorded choice that is not recorded.</summary>
    private static CodeChoice? Missing(CodeChoice choice, Episode episode) => choice.Accept(MissingPart.Instance, episode);

    private sealed class CoverageOf : ICodeChoiceVisitor<Episode, Coverage>
    {
        public static readonly CoverageOf Instance = new();

        public Coverage VisitSingle(SingleCode choice, Episode episode) => Has(episode, choice.Code) ? Coverage.Full : Coverage.None;

        public Coverage VisitOneOf(OneOf choice, Episode episode)
        {
            var best = Coverage.None;
            for (var i = 0; i < choice.Alternatives.Count; i++)
            {
                var c = choice.Alternatives[i].Accept(this, episode);
                if (c > best)
                {
                    best = c;
                }
            }
            return best;
        }

        public Coverage VisitAllOf(AllOf choice, Episode episode)
        {
            // Loops, not LINQ: this runs for every requirement of every matched section.
            bool all = true, none = true;
            for (var i = 0; i < choice.Parts.Count; i++)
            {
                var c = choice.Parts[i].Accept(this, episode);
                all &= c == Coverage.Full;
                none &= c == Coverage.None;
            }
            return all ? Coverage.Full : none ? Coverage.None : Coverage.Partial;
        }
    }

    private sealed class MissingPart : ICodeChoiceVisitor<Episode, CodeChoice?>
    {
        public static readonly MissingPart Instance = new();

        public CodeChoice? VisitSingle(SingleCode choice, Episode episode) => Has(episode, choice.Code) ? null : choice;

        public CodeChoice? VisitAllOf(AllOf choice, Episode episode) =>
            choice.Parts.Select(p => p.Accept(this, episode)).OfType<CodeChoice>().ToArray() is { Length: > 0 } missing
                ? missing.Length == 1 ? missing[0] : new AllOf(missing)
                : null;

        public CodeChoice? VisitOneOf(OneOf choice, Episode episode) =>
            choice.Alternatives.OrderByDescending(a => Recorded(a, episode)).Select(a => a.Accept(this, episode)).FirstOrDefault();
    }

    private static bool Has(Episode episode, BoundCode code)
    {
        if (code.Pattern is not { } pattern || pattern.Kind == PatternKind.Name)
        {
            return true; // A code the guidance could not state cannot be asked of the episode.
        }
        var codes = code.System == CodeSystem.Icd10 ? episode.Icd10 : episode.Opcs;
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i].Pattern.LiesWithin(pattern))
            {
                return true;
            }
        }
        return false;
    }

    private static int IndexOf(IReadOnlyList<BoundSection> sections, BoundSection section)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            if (ReferenceEquals(sections[i], section))
            {
                return i;
            }
        }
        return -1;
    }

    private static int IndexOf(IReadOnlyList<RecordedCode> codes, CodeChoice choice)
    {
        var patterns = BoundRequirement.Flatten(choice).Select(c => c.Pattern).OfType<CodePattern>().ToArray();
        for (var i = 0; i < codes.Count; i++)
        {
            if (patterns.Any(codes[i].Pattern.LiesWithin))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>"C78.7 and C18.-", "Y53.- or Y68.-".</summary>
    private static string Describe(CodeChoice choice) => choice.Accept(ChoiceText.Instance);

    private sealed class ChoiceText : ICodeChoiceVisitor<string>
    {
        public static readonly ChoiceText Instance = new();

        public string VisitSingle(SingleCode choice) => choice.Code.Pattern?.Text ?? choice.Code.Text;

        public string VisitAllOf(AllOf choice) => string.Join(" and ", choice.Parts.Select(p => p is OneOf ? $"({Describe(p)})" : Describe(p)));

        public string VisitOneOf(OneOf choice) => string.Join(" or ", choice.Alternatives.Select(Describe));
    }

    /// <summary>A guidance and one of its sections, compared by reference (records compare by value, which is slower and not what is meant).</summary>
    private sealed class SamePair : IEqualityComparer<(BoundGuidance, BoundSection)>
    {
        public static readonly SamePair Instance = new();

        public bool Equals((BoundGuidance, BoundSection) x, (BoundGuidance, BoundSection) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((BoundGuidance, BoundSection) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
