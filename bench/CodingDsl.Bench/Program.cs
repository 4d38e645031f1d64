using CodingDsl.Bench;
using CodingDsl.Bench.Benchmarks;
using CodingDsl.Bench.Corpus;

// Benchmarks print numbers; nothing here asserts. Add a benchmark: a class in Benchmarks/ and a line below.
IBenchmark[] benchmarks =
[
    new TablesBenchmark(),
    new CorpusCommand(),
    new CheckBenchmark(),
    new EvaluateBenchmark(),
    new EditBenchmark(),
    new ServicesBenchmark(),
];

if (args.Length == 0 || args[0] is "-h" or "--help" or "list")
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/CodingDsl.Bench -- <benchmark> [--data <shared data folder>]");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-12} {b.Description}");
    }

    return args.Length == 0 ? 1 : 0;
}

var benchmark = benchmarks.FirstOrDefault(b => b.Name == args[0]);
if (benchmark is null)
{
    Console.Error.WriteLine($"unknown benchmark '{args[0]}': use one of {string.Join(", ", benchmarks.Select(b => b.Name))}");
    return 2;
}

try
{
    return benchmark.Run(BenchContext.Create(args.Skip(1).ToArray()), Console.Out);
}
catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"{benchmark.Name}: {ex.Message}");
    return 1;
}
