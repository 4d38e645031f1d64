using SharpFuzz;

namespace CodingDsl.Fuzz;

/// <summary>
/// `CodingDsl.Fuzz &lt;target&gt;` runs one target under AFL (SharpFuzz's fork-server protocol);
/// `CodingDsl.Fuzz &lt;target&gt; &lt;file&gt;...` runs it once on each file, to replay a finding: with the
/// build that is not instrumented (`dotnet run --project fuzz/CodingDsl.Fuzz -- target file`).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: CodingDsl.Fuzz <{string.Join('|', FuzzTargets.All.Keys)}> [file...]");
            return 2;
        }
        if (args.Length > 1)
        {
            foreach (var file in args.Skip(1))
            {
                using var stream = File.OpenRead(file);
                target(stream);
                Console.WriteLine($"{file}: ok");
            }
            return 0;
        }
        Fuzzer.Run(stream => target(stream));
        return 0;
    }
}
