using System.Diagnostics;
using System.Globalization;
using System.Text;
using CodingDsl.Bench.Corpus;
using CodingDsl.Language.Rules;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Bench.Benchmarks;

/// <summary>
/// `check` on the generated corpus: in process (WorkspaceAnalyzer.Analyze over every file, cold then
/// warm), the Release CLI end to end as a child process (wall time, peak memory), and the cost of one
/// re-analysis of a 5,000-line file (what the language server pays per keystroke).
/// </summary>
internal sealed class CheckBenchmark : IBenchmark
{
    private const int BigFileLines = 5000;

    public string Name => "check";

    public string Description => "check the corpus: --corpus <folder> (bench/corpus, generated when missing) --runs N (5) --cli-runs N (5) --no-cli";

    public int Run(BenchContext context, TextWriter output)
    {
        var folder = CorpusCommand.DefaultFolder(context);
        var runs = 5;
        var cliRuns = 5;
        var cli = true;
        var args = context.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--corpus" when value is not null:
                    folder = Path.GetFullPath(value);
                    i++;
                    break;
                case "--runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    runs = n;
                    i++;
                    break;
                case "--cli-runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    cliRuns = n;
                    i++;
                    break;
                case "--no-cli":
                    cli = false;
                    break;
                default:
                    throw new InvalidOperationException($"unexpected argument '{args[i]}' (use --corpus <folder>, --runs N, --cli-runs N, --no-cli)");
            }
        }

        var generated = false;
        if (!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.coding", SearchOption.AllDirectories).Any())
        {
            output.WriteLine($"no corpus at {folder}: generating {CorpusCommand.DefaultFiles} files, seed {CorpusCommand.DefaultSeed}");
            CorpusCommand.Write(context, folder, CorpusCommand.DefaultFiles, CorpusCommand.DefaultSeed, output);
            output.WriteLine();
            generated = true;
        }

        var documents = Directory.EnumerateFiles(folder, "*.coding", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => new DocumentInput(p, File.ReadAllText(p)))
            .ToArray();
        var lines = documents.Sum(d => d.Text.Count(c => c == '\n'));
        output.WriteLine($"# check benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}, {Environment.ProcessorCount} cores, " +
            $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {Measure.LoadAverage()}");
        output.WriteLine($"corpus: {folder}: {documents.Length} files, {lines:N0} lines");
        output.WriteLine();

        InProcess(output, documents, runs, generated);
        BigFile(output, documents, runs);
        if (cli)
        {
            Cli(output, context, folder, cliRuns);
        }
        output.WriteLine($"load average at the end: {Measure.LoadAverage()}");
        return 0;
    }

    private static void InProcess(TextWriter output, DocumentInput[] documents, int runs, bool generated)
    {
        output.WriteLine("## in process: WorkspaceAnalyzer.Analyze over all files");
        IReadOnlyList<DocumentAnalysis> results = [];
        var cold = Measure.Once(() => results = WorkspaceAnalyzer.Analyze(documents));
        output.WriteLine($"{"cold (first run: JIT" + (generated ? "; tables already loaded by the generator)" : ", bundled table load)"),-52} {cold}");

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var warm = Measure.Median(runs, () => WorkspaceAnalyzer.Analyze(documents));
        allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / runs;
        output.WriteLine($"{$"warm, median of {runs}",-52} {warm}   ({Measure.Mb(allocated)} allocated per run)");

        // Where the time goes, stage by stage (each over all files, in parallel as Analyze does).
        var parse = Measure.Median(runs, () => Parallel.ForEach(documents, d => SyntaxTree.Parse(d.Text)));
        output.WriteLine($"{"  of which: parse only (all files)",-52} {parse}");
        var workspace = new CodingWorkspace();
        foreach (var d in documents)
        {
            workspace.SetDocument(d.Path, d.Text);
        }
        var analyze = Measure.Median(runs, () => Parallel.For(0, documents.Length, i => workspace.Analyze(documents[i].Path)));
        output.WriteLine($"{"  of which: bind + rules + diagnostics (parsed)",-52} {analyze}");

        Stages(output, documents, workspace);

        var all = results.SelectMany(r => r.Diagnostics).ToArray();
        output.WriteLine($"diagnostics: {all.Length:N0} in {results.Count(r => r.Diagnostics.Count > 0):N0} files — " +
            string.Join(", ", all.GroupBy(d => d.Level).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")));
        output.WriteLine("  by code: " + string.Join(", ", all.GroupBy(d => d.Code).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count():N0}")));
        output.WriteLine();
    }

    /// <summary>
    /// The steps of one document's analysis, each over all files on one thread (so wall time is close
    /// to the work): configuration lookup, binding, the rule engine, and the whole of Analyze. What
    /// Analyze costs beyond the steps is the workspace's own cross-file work.
    /// </summary>
    private static void Stages(TextWriter output, DocumentInput[] documents, CodingWorkspace workspace)
    {
        var paths = documents.Select(d => Path.GetFullPath(d.Path)).ToArray();
        var trees = paths.Select(p => workspace.GetTree(p)!).ToArray();
        var configs = paths.Select(workspace.Configuration.ForDocument).ToArray();
        var sets = StandardRules.Sets.ToDictionary(s => s.Name);
        var models = new SemanticModel[paths.Length];
        output.WriteLine("  stages, one thread, all files:");
        output.WriteLine($"{"    configuration lookup",-52} {Measure.Once(() => { foreach (var p in paths) { workspace.Configuration.ForDocument(p); } })}");
        output.WriteLine($"{"    bind",-52} {Measure.Once(() => { for (var i = 0; i < paths.Length; i++) { models[i] = Binder.Bind(paths[i], trees[i], configs[i].Classifications, sets); } })}");
        output.WriteLine($"{"    rules (standard library)",-52} {Measure.Once(() => { foreach (var m in models) { RuleChecker.Check(m, StandardRules.Rules); } })}");
        output.WriteLine($"{"    whole Analyze (parsed)",-52} {Measure.Once(() => { foreach (var p in paths) { workspace.Analyze(p); } })}");
        var fresh = new CodingWorkspace();
        output.WriteLine($"{"    new workspace: SetDocument (parse) all",-52} {Measure.Once(() => { foreach (var d in documents) { fresh.SetDocument(d.Path, d.Text); } })}");
        output.WriteLine($"{"    new workspace: then Analyze all",-52} {Measure.Once(() => { foreach (var p in paths) { fresh.Analyze(p); } })}");
    }

    /// <summary>One file of at least 5,000 lines made of corpus guidances; re-parse and re-analyse it as on a keystroke.</summary>
    private static void BigFile(TextWriter output, DocumentInput[] documents, int runs)
    {
        var sb = new StringBuilder();
        var lines = 0;
        foreach (var d in documents.Where(d => d.Path.Contains(CorpusGenerator.GuidanceFolder, StringComparison.Ordinal)))
        {
            sb.Append(d.Text).Append('\n');
            lines += d.Text.Count(c => c == '\n') + 1;
            if (lines >= BigFileLines)
            {
                break;
            }
        }
        var text = sb.ToString();
        var path = Path.Combine(Path.GetDirectoryName(documents[^1].Path)!, "big-file.coding");

        output.WriteLine($"## one {lines:N0}-line file ({Measure.Mb(Encoding.UTF8.GetByteCount(text))}): re-parse and re-analyse, as per keystroke in the editor");
        var workspace = new CodingWorkspace();
        DocumentAnalysis? analysis = null;
        var cold = Measure.Once(() =>
        {
            workspace.SetDocument(path, text);
            analysis = workspace.Analyze(path);
        });
        output.WriteLine($"{"cold",-52} {cold}");
        var parse = Measure.Median(runs * 2, () => workspace.SetDocument(path, text));
        output.WriteLine($"{$"parse, median of {runs * 2}",-52} {parse}");
        var analyze = Measure.Median(runs * 2, () => workspace.Analyze(path));
        output.WriteLine($"{$"analyse (parsed), median of {runs * 2}",-52} {analyze}");
        var both = Measure.Median(runs * 2, () =>
        {
            workspace.SetDocument(path, text);
            workspace.Analyze(path);
        });
        output.WriteLine($"{$"parse + analyse, median of {runs * 2}",-52} {both}   ({analysis!.Diagnostics.Count} diagnostics)");
        output.WriteLine();
    }

    private static void Cli(TextWriter output, BenchContext context, string folder, int runs)
    {
        var exe = Path.Combine(context.RepoRoot, "server", "CodingDsl.Cli", "bin", "Release", "net10.0", "codingdsl");
        if (!File.Exists(exe))
        {
            output.WriteLine($"building the Release CLI ({exe} not found)");
            var build = Run("dotnet", ["build", "-c", "Release", "-v", "q", Path.Combine(context.RepoRoot, "server", "CodingDsl.Cli", "CodingDsl.Cli.csproj")], out var log);
            if (build != 0 || !File.Exists(exe))
            {
                throw new InvalidOperationException($"could not build the CLI (exit {build}): {log.Trim().Split('\n').LastOrDefault()}");
            }
        }

        var timeTool = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        output.WriteLine($"## CLI end to end: codingdsl check {folder} --format json --output /dev/null ({runs} runs{(timeTool is null ? ", peak memory polled from /proc" : ", under /usr/bin/time -v")})");
        var samples = new List<(double Wall, double Cpu, long PeakKb, int Exit)>();
        for (var i = 0; i < runs; i++)
        {
            samples.Add(timeTool is null ? Polled(exe, folder) : Timed(timeTool, exe, folder));
            var s = samples[^1];
            output.WriteLine($"  run {i + 1}: {s.Wall * 1000,7:0} ms wall {s.Cpu * 1000,7:0} ms cpu {s.PeakKb / 1024.0,7:0.0} MB peak  exit {s.Exit}   (load {Measure.LoadAverage()})");
        }
        var wall = samples.Select(s => s.Wall).Order().ElementAt(runs / 2);
        var cpu = samples.Select(s => s.Cpu).Order().ElementAt(runs / 2);
        var peak = samples.Select(s => s.PeakKb).Order().ElementAt(runs / 2);
        output.WriteLine($"median: {wall * 1000:0} ms wall, {cpu * 1000:0} ms cpu (user+sys), {peak / 1024.0:0.0} MB peak RSS   (aim: < 2000 ms, < 200 MB)");
        output.WriteLine();
    }

    /// <summary>One run under GNU time: wall, user+sys and maximum resident set size.</summary>
    private static (double Wall, double Cpu, long PeakKb, int Exit) Timed(string time, string exe, string folder)
    {
        var exit = Run(time, ["-v", exe, "check", folder, "--format", "json", "--output", "/dev/null"], out var log);
        double wall = 0, user = 0, sys = 0;
        long peak = 0;
        var childExit = exit;
        foreach (var line in log.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("Elapsed (wall clock) time", StringComparison.Ordinal))
            {
                wall = ParseClock(line[(line.IndexOf("):", StringComparison.Ordinal) + 2)..].Trim());
            }
            else if (line.StartsWith("User time (seconds):", StringComparison.Ordinal))
            {
                user = double.Parse(line["User time (seconds):".Length..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("System time (seconds):", StringComparison.Ordinal))
            {
                sys = double.Parse(line["System time (seconds):".Length..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Maximum resident set size (kbytes):", StringComparison.Ordinal))
            {
                peak = long.Parse(line["Maximum resident set size (kbytes):".Length..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Exit status:", StringComparison.Ordinal))
            {
                childExit = int.Parse(line["Exit status:".Length..], CultureInfo.InvariantCulture);
            }
        }
        return (wall, user + sys, peak, childExit);
    }

    /// <summary>Without GNU time: poll VmHWM (the kernel's own peak) until the child exits; wall from a stopwatch.</summary>
    private static (double Wall, double Cpu, long PeakKb, int Exit) Polled(string exe, string folder)
    {
        var info = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "check", folder, "--format", "json", "--output", "/dev/null" })
        {
            info.ArgumentList.Add(a);
        }
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(2))
        {
            try
            {
                cpu = process.TotalProcessorTime;
                var hwm = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (hwm is not null)
                {
                    peak = Math.Max(peak, long.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
                }
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                // The process ended between the check and the read.
            }
        }
        return (sw.Elapsed.TotalSeconds, cpu.TotalSeconds, peak, process.ExitCode);
    }

    /// <summary>"0:01.23" or "1:02:03.4" as seconds.</summary>
    private static double ParseClock(string text)
    {
        var seconds = 0.0;
        foreach (var part in text.Split(':'))
        {
            seconds = seconds * 60 + double.Parse(part, CultureInfo.InvariantCulture);
        }
        return seconds;
    }

    private static int Run(string file, IEnumerable<string> arguments, out string stderr)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var err = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        stderr = err.Result + stdout.Result;
        return process.ExitCode;
    }
}
