using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Evaluation;

namespace CodingDsl.Export.Evaluation;

/// <summary>
/// Streams an episode file through the evaluator into a writer: a few batches of reused rows in memory
/// (plus the evaluator's code cache), so a file of any size runs in flat memory. Episodes with no findings
/// are counted, not listed.
/// </summary>
public static class EvaluationRun
{
    /// <param name="progress">Called now and then with the number of records read, for a progress bar.</param>
    /// <param name="readAhead">
    /// Read the file on a second thread while this one evaluates and writes (when the machine has more
    /// than one core): the report is the same, record for record; false reads and evaluates in turn.
    /// </param>
    public static EvaluationSummary Run(IEnumerable<EpisodeRecord> records, EpisodeEvaluator evaluator, IEvaluationWriter writer, Action<long>? progress = null, bool readAhead = true) =>
        Run(EpisodeSource.FromRecords(records), evaluator, writer, progress, readAhead);

    /// <summary>
    /// As the other overload, over a source that fills reused slots (<see cref="EpisodeFile.Open"/>): an
    /// episode with nothing to report allocates nothing on either thread.
    /// </summary>
    public static EvaluationSummary Run(EpisodeSource source, EpisodeEvaluator evaluator, IEvaluationWriter writer, Action<long>? progress = null, bool readAhead = true)
    {
        var summary = new EvaluationSummary();
        var scratch = new EvaluationScratch();
        long count = 0;
        var slots = readAhead && Environment.ProcessorCount > 1
            ? new ReadAhead<EpisodeSlot>(() => new EpisodeSlot(), source.TryRead)
            : InTurn(source);
        foreach (var slot in slots)
        {
            if (slot.Episode is { } episode)
            {
                if (evaluator.Evaluate(episode, scratch) is { } result)
                {
                    summary.Add(result);
                    if (result.Findings.Count > 0)
                    {
                        writer.WriteEpisode(result);
                    }
                }
                else
                {
                    summary.AddUneventful();
                }
            }
            else
            {
                summary.AddMalformed();
                writer.WriteMalformed(slot.Malformed!);
            }
            if (progress is not null && (++count & 0x3FFF) == 0)
            {
                progress(count);
            }
        }
        writer.WriteSummary(summary);
        return summary;
    }

    private static IEnumerable<EpisodeSlot> InTurn(EpisodeSource source)
    {
        var slot = new EpisodeSlot();
        while (source.TryRead(slot))
        {
            yield return slot;
        }
    }

    /// <summary>Exit code 1 when the audit found an error-level finding or a row it had to skip (docs/export.md).</summary>
    public static bool FoundProblems(EvaluationSummary summary) =>
        summary.Errors > 0 || summary.MalformedRows > 0 || summary.Rules.Values.Any(r => r.Level == DiagnosticLevel.Error && r.Episodes > 0);
}
