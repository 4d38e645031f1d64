using CodingDsl.Export.Evaluation;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Export.Tests.Support;

/// <summary>
/// The evaluator the HES pipeline tests share: IPG327 (a guidance with required codes and facts) and
/// the episode cases' IPG306 rules, over the standard library. Built once: it is stateless per episode.
/// </summary>
internal static class HesEvaluator
{
    public static EpisodeEvaluator Ipg327AndIpg306 { get; } = EvaluatorFactory.Create(
        new[] { Repo.Ipg327, Path.Combine(Repo.Episodes, "rules", "IPG306.coding") }
            .Select(f => new DocumentInput(f, File.ReadAllText(f))).ToArray());
}
