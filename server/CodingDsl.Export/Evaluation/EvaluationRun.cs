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
    /// than one core; the reading thread also evaluates rows when this one is behind): the report is the
    /// same, record for record; false reads and evaluates in turn.
    /// </param>
    public static EvaluationSummary Run(IEnumerable<EpisodeRecord> records, EpisodeEvaluator evaluator, IEvaluationWriter writer, Action<long>? progress = null, bool readAhead = true) =>
        Run(EpisodeSource.FromRecords(records), evaluator, writer, progress, readAhead);

    /// <summary>
    /// As the other overload, over a source that fills reused slots (<see cref="EpisodeFile.Open"/>): an
    /// episode with nothing to report allocates nothing on either thread.
    /// </summary>
    public static EvaluationSummary Run(EpisodeSource source, EpisodeEvaluator evaluator, IEvaluationWriter writer, Action<long>? progress = null, bool readAhead = true) =>
        Run(source, evaluator, writer, progress, readAhead, aheadWhenWaiting: 4);

    /// <param name="aheadWhenWaiting">
    /// When reading ahead: the batches waiting for this thread before the reading thread also evaluates
    /// the rows it has read (<see cref="ReadAhead{T}"/>); 0 always, <see cref="int.MaxValue"/> never.
    /// Either way the report is the same: evaluating a row is the same wherever it runs, and the
    /// summary and the report are made here, in file order.
    /// </param>
    internal static EvaluationSummary Run(EpisodeSource source, EpisodeEvaluator evaluator, IEvaluationWriter writer, Action<long>? progress, bool readAhead, int aheadWhenWaiting)
    {
        var summary = new EvaluationSummary();
        var scratch = new EvaluationScratch();
        var readerScratch = new EvaluationScratch();
        long count = 0;
        var rows = readAhead && Environment.ProcessorCount > 1
            ? new ReadAhead<Row>(() => new Row(), row => row.Read(source), ahead: row => row.Evaluate(evaluator, readerScratch), aheadWhenWaiting: aheadWhenWaiting)
            : InTurn(source);
        foreach (var row in rows)
        {
            var slot = row.Slot;
            if (slot.Episode is { } episode)
            {
                if ((row.Evaluated ? row.Result : evaluator.Evaluate(episode, scratch)) is { } result)
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

    private static IEnumerable<Row> InTurn(EpisodeSource source)
    {
        var row = new Row();
        while (row.Read(source))
        {
            yield return row;
        }
    }

    /// <summary>A slot, and its episode's result when the reading thread evaluated it (<see cref="Evaluated"/>).</summary>
    private sealed class Row
    {
        public EpisodeSlot Slot { get; } = new();

        public bool Evaluated { get; private set; }

        /// <summary>Null for an episode with nothing to report, as <see cref="EpisodeEvaluator.Evaluate(Episode, EvaluationScratch)"/> gives it.</summary>
        public EpisodeResult? Result { get; private set; }

        public bool Read(EpisodeSource source)
        {
            (Evaluated, Result) = (false, null);
            return source.TryRead(Slot);
        }

        public void Evaluate(EpisodeEvaluator evaluator, EvaluationScratch scratch)
        {
            if (Slot.Episode is { } episode)
            {
                (Result, Evaluated) = (evaluator.Evaluate(episode, scratch), true);
            }
        }
    }

    /// <summary>Exit code 1 when the audit found an error-level finding or a row it had to skip (docs/export.md).</summary>
    public static bool FoundProblems(EvaluationSummary summary) =>
        summary.Errors > 0 || summary.MalformedRows > 0 || summary.Rules.Values.Any(r => r.Level == DiagnosticLevel.Error && r.Episodes > 0);
}
