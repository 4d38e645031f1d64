using System.Diagnostics;
using CodingDsl.Export.Evaluation;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Evaluation;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Bench.Benchmarks;

/// <summary>
/// `evaluate` over a generated HES extract (1,000,000 episodes by default; `--episodes N`): episodes
/// per second and memory, through the same reader, evaluator and CSV report writer the command uses,
/// with the samples folder as the rules. The file is generated into a temp folder and deleted after;
/// `--keep FILE` only writes the file there (for timing `codingdsl evaluate` from outside);
/// `--evaluator-only` stops after timing the evaluating thread alone.
/// </summary>
internal sealed class EvaluateBenchmark : IBenchmark
{
    public string Name => "evaluate";

    public string Description => "evaluate: episodes/s and memory over a generated 1,000,000-episode HES file";

    public int Run(BenchContext context, TextWriter output)
    {
        var episodes = 1_000_000;
        var index = context.Arguments.ToList().IndexOf("--episodes");
        if (index >= 0 && index + 1 < context.Arguments.Count)
        {
            episodes = int.Parse(context.Arguments[index + 1], System.Globalization.CultureInfo.InvariantCulture);
        }

        var keep = context.Arguments.ToList().IndexOf("--keep");
        var folder = Directory.CreateTempSubdirectory("codingdsl-bench-evaluate-").FullName;
        try
        {
            var episodesPath = Path.Combine(folder, "hes.csv");
            if (keep >= 0 && keep + 1 < context.Arguments.Count)
            {
                // Only the file, for measuring `codingdsl evaluate` itself (start-up included) from outside.
                var pool = BundledTables.Opcs410.Entries.Where(e => !e.IsCategory).Select(e => e.Code).ToArray();
                HesEpisodeGenerator.Write(context.Arguments[keep + 1], episodes, pool);
                output.WriteLine($"wrote {episodes:N0} episodes to {context.Arguments[keep + 1]}");
                return 0;
            }
            var reportPath = Path.Combine(folder, "report.csv");
            output.WriteLine($"# evaluate benchmark — .NET {Environment.Version}, {Environment.ProcessorCount} cores, {episodes:N0} episodes");
            var others = BundledTables.Opcs410.Entries.Where(e => !e.IsCategory).Select(e => e.Code).ToArray();
            var generation = Measure.Once(() => HesEpisodeGenerator.Write(episodesPath, episodes, others));
            output.WriteLine($"{"generate HES file",-40} {generation}  ({new FileInfo(episodesPath).Length / 1024.0 / 1024.0:0.0} MB)");

            var samples = Directory.EnumerateFiles(Path.Combine(context.RepoRoot, "samples"), "*.coding", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            EpisodeEvaluator? evaluator = null;
            var load = Measure.Once(() => evaluator = EvaluatorFactory.Create(samples.Select(f => new DocumentInput(f, File.ReadAllText(f))).ToArray()));
            output.WriteLine($"{"load rules (" + samples.Length + " samples + standard library)",-40} {load}");

            // The evaluating thread's share alone (rules, summary, CSV report to nowhere) over rows read
            // beforehand, warm: what the reader's thread runs beside. This thread's CPU, the median of 5
            // passes after one to warm up, per 1M rows.
            const int KeptRows = 200_000;
            List<EpisodeRecord> kept;
            using (var reader = new StreamReader(episodesPath))
            {
                kept = EpisodeFile.Read(reader, episodesPath, new EpisodeCodeReader(evaluator!.Tables)).Take(KeptRows).ToList();
            }
            var passes = Enumerable.Range(0, 6)
                .Select(_ => Measure.OnThisThread(() => EvaluationRun.Run(kept, evaluator!, new CsvEvaluationWriter(TextWriter.Null), readAhead: false)))
                .Skip(1).OrderBy(t => t.Cpu).ToArray();
            var evaluatingThread = passes[passes.Length / 2];
            output.WriteLine($"{"evaluating thread alone (its CPU), per 1M",-40} {evaluatingThread / (kept.Count / 1_000_000.0)}");
            kept = [];
            if (context.Arguments.Contains("--evaluator-only"))
            {
                return 0;
            }

            var readOnly = Measure.Once(() =>
            {
                using var reader = new StreamReader(episodesPath, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
                var source = EpisodeFile.Open(reader, episodesPath, new EpisodeCodeReader(evaluator!.Tables));
                var slot = new EpisodeSlot();
                while (source.TryRead(slot))
                {
                }
            });
            output.WriteLine($"{"read only (CSV parse + code lookup)",-40} {readOnly}");
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var evaluateOnly = Measure.Once(() =>
            {
                using var reader = new StreamReader(episodesPath, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
                var source = EpisodeFile.Open(reader, episodesPath, new EpisodeCodeReader(evaluator!.Tables));
                var slot = new EpisodeSlot();
                var scratch = new EvaluationScratch();
                while (source.TryRead(slot))
                {
                    if (slot.Episode is { } episode)
                    {
                        evaluator.Evaluate(episode, scratch);
                    }
                }
            });
            var allocatedPerRow = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)episodes;
            output.WriteLine($"{"read + evaluate, no report (one thread)",-40} {evaluateOnly}");
            output.WriteLine($"{"  allocated per row (all rows)",-40} {allocatedPerRow,12:0.0} B");

            GC.Collect();
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            long maxHeap = 0;
            EvaluationSummary? summary = null;
            var allocatedBeforeRun = GC.GetTotalAllocatedBytes(precise: true);
            var run = Measure.Once(() =>
            {
                using var reader = new StreamReader(episodesPath, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
                using var report = new StreamWriter(reportPath, append: false, System.Text.Encoding.UTF8, 1 << 16);
                var source = EpisodeFile.Open(reader, episodesPath, new EpisodeCodeReader(evaluator!.Tables));
                summary = EvaluationRun.Run(source, evaluator, new CsvEvaluationWriter(report), _ => maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false)));
            });
            var s = summary!;
            var total = s.Episodes + s.MalformedRows;
            output.WriteLine($"{"evaluate (read + rules + CSV report)",-40} {run}");
            output.WriteLine($"{"  allocated per row, both threads",-40} {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBeforeRun) / (double)episodes,12:0.0} B");
            output.WriteLine($"{"episodes per second (wall)",-40} {total / run.Wall.TotalSeconds,12:N0}");
            output.WriteLine($"{"episodes per second (cpu)",-40} {total / run.Cpu.TotalSeconds,12:N0}");
            output.WriteLine($"{"managed heap, largest sample during run",-40} {Measure.Mb(maxHeap)} (before: {Measure.Mb(heapBefore)})");
            output.WriteLine($"{"process peak working set",-40} {Measure.Mb(Process.GetCurrentProcess().PeakWorkingSet64)}");
            output.WriteLine($"{"report",-40} {new FileInfo(reportPath).Length / 1024.0 / 1024.0:0.0} MB");
            output.WriteLine();
            output.WriteLine($"{s.Episodes:N0} episodes, {s.MalformedRows:N0} malformed rows, {s.EpisodesMatched:N0} matched a guidance, {s.EpisodesWithFindings:N0} with findings ({s.Errors:N0} errors, {s.Warnings:N0} warnings)");
            foreach (var (rule, count) in s.Rules)
            {
                output.WriteLine($"  {rule,-24} {count.Episodes,10:N0}");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
