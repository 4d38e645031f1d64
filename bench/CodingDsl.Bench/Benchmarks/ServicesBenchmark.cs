using System.Globalization;
using CodingDsl.Language.Formatter;
using CodingDsl.Language.Services;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Bench.Benchmarks;

/// <summary>
/// What the editor's whole-document services cost on the big file of <see cref="EditBenchmark"/>: a full
/// semantic-tokens request on a clean file and on one with a half-typed statement in its middle variant
/// (skipped text to highlight), a range request of one screen there, and a format of the clean file. Each
/// run gets a fresh parse (not timed), so a weave kept with the tree from an earlier run does not help;
/// "retained" is what the request leaves with the tree (weaves kept with their units).
/// </summary>
internal sealed class ServicesBenchmark : IBenchmark
{
    public string Name => "services";

    public string Description => "semantic tokens (full, with a syntax error, one screen), format and completion deep in the guidance of the big file: --lines N (5000 and 50000) --runs N (7)";

    public int Run(BenchContext context, TextWriter output)
    {
        int[] sizes = [5000, 50000];
        var runs = 7;
        var args = context.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--lines" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    sizes = [n];
                    i++;
                    break;
                case "--runs" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    runs = n;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"services: unknown argument '{args[i]}'");
                    return 2;
            }
        }
        output.WriteLine($"{runs} runs each (median by wall time, CPU of this thread), load average {Measure.LoadAverage()}");
        foreach (var lines in sizes)
        {
            var clean = EditBenchmark.BigFile(lines);
            var broken = HalfTyped(clean);
            output.WriteLine($"{lines:N0}-line file ({Measure.Mb(clean.Length * 2L)} as UTF-16)");
            Case(output, "semantic tokens, clean", clean, runs, tree => SemanticTokenService.Classify(tree).Count);
            Case(output, "semantic tokens, a syntax error", broken, runs, tree => SemanticTokenService.Classify(tree).Count);
            var middle = broken.Length / 2;
            Case(output, "semantic tokens, a screen (error)", broken, runs, tree => SemanticTokenService.Classify(tree, new TextSpan(middle - 2000, 4000)).Count);
            Case(output, "format, clean", clean, runs, tree => DocumentFormatter.Format(tree).Edits.Count);
            var (typing, caret) = TypingDeep(clean);
            Case(output, "completion, deep (`opcs J1|`)", typing, runs, tree => Complete(tree, caret));
            Case(output, "completion, deep (a new line)", typing, runs, tree => Complete(tree, caret + 1 + 4));
        }
        return 0;
    }

    /// <summary>The file with a statement half typed (`opcs J12.4 or` then a stray word) in its middle variant.</summary>
    private static string HalfTyped(string text)
    {
        var at = text.IndexOf("    image-guided\n", text.Length / 2, StringComparison.Ordinal);
        return text.Insert(at, "    opcs J12.4 or\n    imag \"half\n");
    }

    /// <summary>
    /// The file with `opcs J1` being typed in its middle variant, and the caret after it (a blank line
    /// follows: the second completion case types there). Completion reads the context at the caret; the
    /// 50,000-line file is one guidance, so a context read from the declaration's start reads half the file.
    /// </summary>
    private static (string Text, int Caret) TypingDeep(string text)
    {
        var at = text.IndexOf("    image-guided\n", text.Length / 2, StringComparison.Ordinal);
        const string typed = "    opcs J1\n    \n";
        return (text.Insert(at, typed), at + typed.IndexOf('\n', StringComparison.Ordinal));
    }

    private static int Complete(SyntaxTree tree, int caret) =>
        CompletionService.GetCompletions(new CodingDsl.Language.Workspace.DocumentAnalysis("bench.coding", tree.Text, []) { Tree = tree }, caret).Items.Count;

    private static void Case(TextWriter output, string name, string text, int runs, Func<SyntaxTree, int> request)
    {
        var times = new List<Timing>(runs);
        long allocated = 0;
        var count = 0;
        for (var i = 0; i <= runs; i++)
        {
            var tree = SyntaxTree.Parse(text);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var timing = Measure.OnThisThread(() => count = request(tree));
            bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
            if (i == 0)
            {
                continue; // the first run compiles the code
            }
            times.Add(timing);
            allocated += bytes;
        }
        var retained = RetainedBy(text, request);
        times.Sort((a, b) => a.Wall.CompareTo(b.Wall));
        output.WriteLine($"  {name,-36} {times[times.Count / 2]}; allocated {Measure.Mb(allocated / runs)}; retained {Measure.Mb(retained)}; {count:N0} results");
    }

    /// <summary>What a request leaves reachable from a fresh tree, in a frame of its own so the runs' trees are not counted.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static long RetainedBy(string text, Func<SyntaxTree, int> request)
    {
        var tree = SyntaxTree.Parse(text);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        request(tree);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(tree);
        return after - before;
    }
}
