using CodingDsl.Language.Configuration;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Evaluation;

/// <summary>
/// The evaluator for a set of analysed rule files: every guidance they declare, and every rule in
/// scope of any of them (the standard library's, their own, those of `use`d files; a rule declared
/// twice by name: the last one, as in a workspace), with severities as configured.
/// </summary>
public static class EvaluatorFactory
{
    public static EpisodeEvaluator Create(IReadOnlyList<DocumentAnalysis> analyses)
    {
        var configuration = analyses.Select(a => a.Configuration).FirstOrDefault(c => c is not null);
        var rules = analyses.SelectMany(a => a.Rules)
            .GroupBy(r => r.Name)
            .Select(g => g.Last())
            .Select(r => configuration?.Configuration.GetRuleSeverityOverride(r.Name) is { } level ? r with { Level = level } : r)
            .Where(r => r.Level != Language.Diagnostics.DiagnosticLevel.Off)
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToArray();
        var guidances = analyses.Where(a => a.Model is not null).SelectMany(a => a.Model!.Guidances).Where(g => g.Id.Length > 0).ToArray();
        return new EpisodeEvaluator(rules, guidances, configuration?.Classifications ?? ClassificationSet.Bundled);
    }

    /// <summary>For rule files given as text (tests, benchmarks): analysed together in a fresh workspace.</summary>
    public static EpisodeEvaluator Create(IReadOnlyList<DocumentInput> documents) => Create(WorkspaceAnalyzer.Analyze(documents));
}
