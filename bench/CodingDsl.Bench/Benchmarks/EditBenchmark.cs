using System.Diagnostics;
using System.Globalization;
using System.Text;
using CodingDsl.Language.Rules;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Bench.Benchmarks;

/// <summary>
/// What one keystroke costs the core in the language server's worst case: the 5,000-line file of
/// bench/lsp (one guidance with hundreds of procedure variants) in a workspace of small files. Each edit
/// types or deletes one character in a note, then the document is set and analysed as the server does;
/// the stages are timed apart so the slow one shows. In process, one thread: the server's own share
/// (JSON-RPC, conversion to LSP) is what bench/lsp measures on top.
/// </summary>
internal sealed class EditBenchmark : IBenchmark
{
    private static readonly (string Code, string Title)[] Procedures =
    [
        ("J12.4", "Percutaneous radiofrequency ablation of lesion of liver"),
        ("J12.7", "Percutaneous microwave ablation of lesion of liver"),
        ("M13.7", "Percutaneous radiofrequency ablation of lesion of kidney"),
        ("E59.5", "Percutaneous radiofrequency ablation of lesion of lung"),
    ];

    public string Name => "edit";

    public string Description => "per-keystroke cost of the 5,000-line file: --lines N (5000) --files N (2000 small files beside it) --edits N (200) --at N (the variant typed in; the middle one) or --at end (a comment after the last `}`) or --at gap (a comment between two variants) --weave (also the full-fidelity weave: the whole file's, then the units each edit made) --full (bind and check every section per edit, as before sections were reused)";

    public int Run(BenchContext context, TextWriter output)
    {
        var lines = 5000;
        var files = 2000;
        var edits = 200;
        int? at = null;
        var atEnd = false;
        var atGap = false;
        var reuse = true;
        var weave = false;
        var args = context.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--lines" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    lines = n;
                    i++;
                    break;
                case "--files" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 0:
                    files = n;
                    i++;
                    break;
                case "--edits" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 1:
                    edits = n;
                    i++;
                    break;
                case "--at" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 0:
                    at = n;
                    i++;
                    break;
                case "--at" when value == "gap":
                    // A comment between two variants: inside the guidance, outside every section.
                    atGap = true;
                    i++;
                    break;
                case "--at" when value == "end":
                    // Issue 14's probe: typing in a comment after the last `}`, outside every block.
                    atEnd = true;
                    i++;
                    break;
                case "--full":
                    reuse = false;
                    break;
                case "--weave":
                    weave = true;
                    break;
                default:
                    throw new InvalidOperationException($"unexpected argument '{args[i]}' (use --lines N, --files N, --edits N, --at N|end|gap, --weave, --full)");
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), "codingdsl-edit-bench");
        var workspace = new CodingWorkspace { KeepsSectionResults = reuse };
        for (var i = 1; i <= files; i++)
        {
            workspace.SetDocument(Path.Combine(folder, $"group{i % 20}", $"IPG{1000 + i}.coding"), SmallFile($"IPG{1000 + i}", i));
        }
        var path = Path.Combine(folder, "big.coding");
        var text = BigFile(lines) + (atEnd ? "// typed after the last block\n" : string.Empty);
        var variant = at ?? CountVariants(text) / 2;
        var editAt = atEnd ? text.Length - 1 : text.IndexOf($"note \"Variant {variant} of", StringComparison.Ordinal) + 6;
        if (atGap)
        {
            var gap = text.IndexOf($"\n  procedure \"Variant {variant}\"", StringComparison.Ordinal) + 1;
            text = text.Insert(gap, "  // typed between two variants\n");
            editAt = gap + "  // typed between two variants".Length;
        }

        output.WriteLine($"# edit benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}, {Environment.ProcessorCount} cores, " +
            $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {Measure.LoadAverage()}");
        output.WriteLine($"{text.Count(c => c == '\n'):N0}-line file ({Measure.Mb(Encoding.UTF8.GetByteCount(text))}) beside {files:N0} small files; {edits} edits, one character each, {(atEnd ? "in a comment after the last `}`" : atGap ? $"in a comment before variant {variant}" : $"in variant {variant}")}");

        var cold = Measure.Once(() =>
        {
            workspace.SetDocument(path, text);
            workspace.Analyze(path);
        });
        output.WriteLine($"{"cold (JIT, bundled tables)",-40} {cold}");

        var parse = new List<double>();
        var bind = new List<double>();
        var rules = new List<double>();
        var analyze = new List<double>();
        var total = new List<double>();
        var sets = StandardRules.Sets.ToDictionary(s => s.Name);
        var tables = workspace.Configuration.ForDocument(path).Classifications;
        var gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var diagnostics = 0;
        long parseBytes = 0, analyzeBytes = 0, bindBytes = 0, rulesBytes = 0;
        for (var i = 0; i < edits; i++)
        {
            text = i % 2 == 0 ? text.Insert(editAt, "x") : text.Remove(editAt, 1);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            var tree = workspace.SetDocument(path, text);
            parse.Add(sw.Elapsed.TotalMilliseconds);
            var mark = sw.Elapsed;
            parseBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            diagnostics = workspace.Analyze(path).Diagnostics.Count;
            analyze.Add((sw.Elapsed - mark).TotalMilliseconds);
            total.Add(sw.Elapsed.TotalMilliseconds);
            analyzeBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;

            // The stages inside Analyze, timed on their own (not part of the total).
            bytes = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            var model = Binder.Bind(path, tree, tables, sets);
            bind.Add(sw.Elapsed.TotalMilliseconds);
            bindBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            RuleChecker.Check(model, StandardRules.Rules);
            rules.Add(sw.Elapsed.TotalMilliseconds);
            rulesBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore;

        output.WriteLine($"{"stage",-40} {"p50",9} {"p95",9} {"max",9}");
        Row(output, "SetDocument (parse)", parse);
        Row(output, "Analyze (bind, rules, cross-file)", analyze);
        Row(output, "  of which Binder.Bind", bind);
        Row(output, "  of which RuleChecker (standard rules)", rules);
        Row(output, "per edit: parse + analyse", total);
        Completion(output, workspace, path, text, edits);

        // The same edits again without the stage timings, for the process CPU they take: on a loaded
        // machine wall times wait for the CPU, this does not.
        var sectionsBound = 0;
        var plain = Measure.Once(() =>
        {
            for (var i = 0; i < edits; i++)
            {
                text = i % 2 == 0 ? text.Insert(editAt, "x") : text.Remove(editAt, 1);
                workspace.SetDocument(path, text);
                sectionsBound += workspace.Analyze(path).SectionsBound;
            }
        }) / edits;
        output.WriteLine($"{"per edit: parse + analyse (mean)",-40} {plain}; {(double)sectionsBound / edits:0.#} sections bound per edit");
        output.WriteLine($"allocated per edit: parse {Measure.Mb(parseBytes / edits)}, analyse {Measure.Mb(analyzeBytes / edits)} (of which bind {Measure.Mb(bindBytes / edits)}, rules {Measure.Mb(rulesBytes / edits)}) (with the stage timings {Measure.Mb(allocated / edits)}); " +
            $"{collections} collections over {edits} edits; {diagnostics} diagnostics");
        if (weave)
        {
            Weave(output, text, editAt, edits);
        }
        return 0;
    }

    /// <summary>
    /// The full-fidelity weave (issue 9): what the parse of the file retains, what weaving all of it adds,
    /// then per edit the incremental parse and the weave of the units it made (the others keep theirs).
    /// </summary>
    private static void Weave(TextWriter output, string text, int editAt, int edits)
    {
        var (tree, parseRetained) = Measure.Retained(() => SyntaxTree.Parse(text));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cold = Measure.Once(() => WeaveAll(tree));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var weaveRetained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(tree);
        output.WriteLine($"{"weave the whole file (cold)",-40} {cold}; allocated {Measure.Mb(allocated)}; retained: parse {Measure.Mb(parseRetained)}, weave {Measure.Mb(weaveRetained)} more");

        long parseBytes = 0, weaveBytes = 0;
        var parseTime = default(Timing);
        var weaveTime = default(Timing);
        for (var i = 0; i < edits; i++)
        {
            text = i % 2 == 0 ? text.Insert(editAt, "x") : text.Remove(editAt, 1);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var previous = tree;
            var parsed = Measure.Once(() => tree = SyntaxTree.Parse(text, previous));
            parseTime = new Timing(parseTime.Wall + parsed.Wall, parseTime.Cpu + parsed.Cpu);
            parseBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            var woven = Measure.Once(() => WeaveAll(tree));
            weaveTime = new Timing(weaveTime.Wall + woven.Wall, weaveTime.Cpu + woven.Cpu);
            weaveBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
        output.WriteLine($"{"per edit: incremental parse (mean)",-40} {parseTime / edits}; allocated {Measure.Mb(parseBytes / edits)}");
        output.WriteLine($"{"per edit: weave the units it made (mean)",-40} {weaveTime / edits}; allocated {Measure.Mb(weaveBytes / edits)}");
    }

    /// <summary>Weaves every unit of the tree: those woven before are found, not woven again.</summary>
    private static void WeaveAll(SyntaxTree tree)
    {
        tree.Weave(tree.Root, 0);
        for (var d = 0; d < tree.Root.Declarations.Count; d++)
        {
            var start = tree.Root.DeclarationOffsets[d];
            var declaration = tree.Root.Declarations[d];
            tree.Weave(declaration, start);
            if (declaration is GuidanceDeclaration guidance)
            {
                for (var i = 0; i < guidance.Items.Count; i++)
                {
                    tree.Weave(guidance.Items[i], start + guidance.ItemOffsets[i]);
                }
            }
        }
    }

    /// <summary>Completion as the server runs it after a keystroke: parse the edited text (incrementally), then complete.</summary>
    private static void Completion(TextWriter output, CodingWorkspace workspace, string path, string text, int runs)
    {
        string[] queries = ["J12.", "J1", "Y53.", "liver abl", "percutaneous ablation", "kidney"];
        var line = text.IndexOf("    opcs J12.4", StringComparison.Ordinal);
        var lineEnd = text.IndexOf('\n', line);
        var analysis = workspace.Analyze(path);
        var resolver = new DocumentResolver(workspace);
        var parse = new List<double>();
        var complete = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var query = queries[i % queries.Length];
            var edited = text[..line] + "    opcs " + query + text[lineEnd..];
            var sw = Stopwatch.StartNew();
            var tree = workspace.ParseDocument(path, new SourceText(edited));
            parse.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            var syntax = new DocumentAnalysis(path, tree.Text, []) { Tree = tree, Rules = analysis.Rules, Configuration = analysis.Configuration };
            CompletionService.GetCompletions(syntax, line + 9 + query.Length, resolver);
            complete.Add(sw.Elapsed.TotalMilliseconds);
        }
        Row(output, "completion: parse the edited text", parse);
        Row(output, "completion: CompletionService", complete);
    }

    private static void Row(TextWriter output, string name, List<double> samples)
    {
        var sorted = samples.Order().ToArray();
        output.WriteLine($"{name,-40} {Ms(Percentile(sorted, 50)),9} {Ms(Percentile(sorted, 95)),9} {Ms(sorted[^1]),9}");
    }

    private static double Percentile(double[] sorted, int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

    private static string Ms(double ms) => $"{ms:0.0} ms";

    private static int CountVariants(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("procedure \"Variant ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("procedure \"Variant ", at + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    // The same texts as bench/lsp/corpus.mjs, so the two benchmarks measure one workload.
    private static string SmallFile(string id, int index)
    {
        var (code, title) = Procedures[index % Procedures.Length];
        return $$"""
            // Generated benchmark file {{index}}.
            guidance {{id}} "Benchmark guidance {{index}}" {
              source "https://www.nice.org.uk/guidance/{{id.ToLowerInvariant()}}"
              classifications opcs-4.10, icd-10-5

              procedure {
                snomed pending
                opcs {{code}} "{{title}}"
                image-guided
                opcs Y53.- "Approach to organ under image control"
                  or Y68.- "Other approach to organ under image control"
              }

              diagnosis {
                icd10 C78.7 "Secondary malignant neoplasm of liver and intrahepatic bile duct"
                  and C18.- "Malignant neoplasm of colon"
              }
            }

            """;
    }

    internal static string BigFile(int lines)
    {
        var sb = new StringBuilder("guidance IPG9999 \"A very large guidance\" {\n  source \"https://www.nice.org.uk/guidance/ipg9999\"\n  classifications opcs-4.10, icd-10-5\n");
        var count = 4;
        for (var i = 0; count < lines - 2; i++)
        {
            var (code, title) = Procedures[i % Procedures.Length];
            sb.Append(CultureInfo.InvariantCulture, $"\n  procedure \"Variant {i}\" {{\n    opcs {code} \"{title}\"\n    image-guided\n    opcs Y53.- \"Approach to organ under image control\"\n      or Y68.- \"Other approach to organ under image control\"\n    note \"Variant {i} of the procedure.\"\n  }}\n");
            count += 8;
        }
        return sb.Append("}\n").ToString();
    }
}
