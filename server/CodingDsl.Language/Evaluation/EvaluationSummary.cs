using System.Runtime.InteropServices;
using CodingDsl.Language.Diagnostics;

namespace CodingDsl.Language.Evaluation;

/// <summary>Counts over a whole run; bounded by the number of rules and guidances, not of episodes.</summary>
public sealed class EvaluationSummary
{
    public long Episodes { get; private set; }

    public long MalformedRows { get; private set; }

    public long EpisodesMatched { get; private set; }

    public long EpisodesWithFindings { get; private set; }

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    public long Infos { get; private set; }

    // Counted in hash tables (a reported episode updates one to three; a sorted tree compared strings
    // down its depth each time) and sorted when read, once at the end of a run.
    private readonly Dictionary<string, RuleCount> rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> guidances = new(StringComparer.Ordinal);

    /// <summary>By rule name: its code, level and how many episodes broke it.</summary>
    public SortedDictionary<string, RuleCount> Rules => new(rules, StringComparer.Ordinal);

    /// <summary>By guidance id: how many episodes matched it.</summary>
    public SortedDictionary<string, long> Guidances => new(guidances, StringComparer.Ordinal);

    public sealed class RuleCount(string? code, DiagnosticLevel level)
    {
        public string? Code { get; } = code;

        public DiagnosticLevel Level { get; } = level;

        public long Episodes { get; set; }
    }

    // Loops, not LINQ: this runs once per episode of a million-row extract.
    public void Add(EpisodeResult result)
    {
        Episodes++;
        var matches = result.Matches;
        if (matches.Count > 0)
        {
            EpisodesMatched++;
            for (var i = 0; i < matches.Count; i++)
            {
                var id = matches[i].GuidanceId;
                if (!SeenBefore(matches, i, m => m.GuidanceId, id))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(guidances, id, out _)++;
                }
            }
        }
        var findings = result.Findings;
        if (findings.Count > 0)
        {
            EpisodesWithFindings++;
        }
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            switch (finding.Level)
            {
                case DiagnosticLevel.Error:
                    Errors++;
                    break;
                case DiagnosticLevel.Warning:
                    Warnings++;
                    break;
                default:
                    Infos++;
                    break;
            }
            if (SeenBefore(findings, i, f => f.Rule, finding.Rule))
            {
                continue;
            }
            if (!rules.TryGetValue(finding.Rule, out var count))
            {
                rules[finding.Rule] = count = new RuleCount(finding.Code, finding.Level);
            }
            count.Episodes++;
        }
    }

    /// <summary>True when an item before <paramref name="index"/> has the same key: an episode counts once per rule and guidance.</summary>
    private static bool SeenBefore<T>(IReadOnlyList<T> items, int index, Func<T, string> key, string value)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(key(items[j]), value, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public void AddMalformed() => MalformedRows++;

    /// <summary>An episode that matched nothing and broke nothing (the evaluator gave no result): counted, nothing else.</summary>
    public void AddUneventful() => Episodes++;
}
