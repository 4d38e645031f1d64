namespace CodingDsl.Bench;

/// <summary>One benchmark, run as a subcommand: `dotnet run -c Release --project bench/CodingDsl.Bench -- NAME`.</summary>
internal interface IBenchmark
{
    /// <summary>The subcommand.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Runs and prints figures to <paramref name="output"/>; returns the process exit code.</summary>
    int Run(BenchContext context, TextWriter output);
}
