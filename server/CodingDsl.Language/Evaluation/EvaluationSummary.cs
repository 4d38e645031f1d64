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

    /// <summary>By rule name: its code, level and how many episodes broke it.</summary>
    public SortedDictionary<string, RuleCount> Rules { get; } = new(StringComparer.Ordinal);

    /// <summary>By guidance id: how many episodes matched it.</summary>
    public SortedDictionary<string, long> Guidances { get; } = new(StringComparer.Ordinal);

    public sealed class RuleCount(string? code, DiagnosticLevel level)
    {
        public string? Code { get; } = code;

        public DiagnosticLevel Level { get; } = level;

        public long Episodes { get; set; }
    }

    public void Add(EpisodeResult result)
    {
        Episodes++;
        if (result.Matches.Count > 0)
        {
            EpisodesMatched++;
            foreach (var id in result.Matches.Select(m => m.GuidanceId).Distinct())
            {
                Guidances[id] = Guidances.GetValueOrDefault(id) + 1;
            }
        }
        if (result.Findings.Count > 0)
        {
            EpisodesWithFindings++;
        }
        foreach (var finding in result.Findings)
        {
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
        }
        foreach (var finding in result.Findings.DistinctBy(f => f.Rule))
        {
            if (!Rules.TryGetValue(finding.Rule, out var count))
            {
                Rules[finding.Rule] = count = new RuleCount(finding.Code, finding.Level);
            }
            count.Episodes++;
        }
    }

    public void AddMalformed() => MalformedRows++;
}
