using System.Globalization;

namespace CodingDsl.Bench.Corpus;

/// <summary>`corpus --out bench/corpus --files 2000 --seed 1`: writes the check benchmark's input.</summary>
internal sealed class CorpusCommand : IBenchmark
{
    public const int DefaultFiles = 2000;
    public const int DefaultSeed = 1;

    public string Name => "corpus";

    public string Description => "write a synthetic guidance corpus: --out <folder> (bench/corpus) --files N (2000) --seed S (1)";

    public static string DefaultFolder(BenchContext context) => Path.Combine(context.RepoRoot, "bench", "corpus");

    /// <summary>The WHO ICD-10 file in the shared data, for variety in diagnosis codes; null when absent.</summary>
    public static string? WhoIcd10(BenchContext context)
    {
        var path = Path.Combine(context.SharedData, "classifications", "icd10", "icd10-who-2016-codes-and-titles.tsv");
        return File.Exists(path) ? path : null;
    }

    public int Run(BenchContext context, TextWriter output)
    {
        var folder = DefaultFolder(context);
        var files = DefaultFiles;
        var seed = DefaultSeed;
        var args = context.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--out" when value is not null:
                    folder = Path.GetFullPath(value);
                    i++;
                    break;
                case "--files" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    files = n;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                default:
                    throw new InvalidOperationException($"unexpected argument '{args[i]}' (use --out <folder>, --files <positive number>, --seed <number>)");
            }
        }

        Write(context, folder, files, seed, output);
        return 0;
    }

    public static CorpusSummary Write(BenchContext context, string folder, int files, int seed, TextWriter output)
    {
        var who = WhoIcd10(context);
        var summary = CorpusGenerator.Generate(folder, files, seed, who);
        output.WriteLine($"wrote {summary.Files} files ({summary.Lines:N0} lines, {Measure.Mb(summary.Bytes)}) to {folder} (seed {seed})");
        output.WriteLine($"  planted mistakes: {string.Join(", ", summary.Mistakes.Where(m => m.Key != Mistake.None).Select(m => $"{m.Key} {m.Value}"))}; {summary.UsingLibrary} files use the shared rule library");
        output.WriteLine(who is null
            ? "  ICD-10 codes from the bundled starter table only (WHO table not found: pass --data <shared data folder>)"
            : "  ICD-10 codes from the bundled starter table and WHO 2016 categories (information: not in the starter table)");
        return summary;
    }
}
