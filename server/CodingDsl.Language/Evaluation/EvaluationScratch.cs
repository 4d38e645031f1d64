namespace CodingDsl.Language.Evaluation;

/// <summary>
/// The lists <see cref="EpisodeEvaluator.Evaluate(Episode, EvaluationScratch)"/> works in, kept from one
/// episode to the next so that an episode with nothing to report allocates nothing. One per thread.
/// </summary>
public sealed class EvaluationScratch
{
    internal List<EpisodeFinding> Findings { get; } = new();

    internal List<EpisodeEvaluator.Trigger> Matched { get; } = new();
}
