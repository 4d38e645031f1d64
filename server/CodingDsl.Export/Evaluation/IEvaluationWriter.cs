using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Evaluation;

/// <summary>Writes an evaluation as it streams: episodes with findings, skipped rows, then the summary.</summary>
public interface IEvaluationWriter
{
    void WriteEpisode(EpisodeResult result);

    void WriteMalformed(MalformedRow row);

    void WriteSummary(EvaluationSummary summary);
}
