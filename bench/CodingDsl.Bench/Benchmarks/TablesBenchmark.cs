using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;

namespace CodingDsl.Bench.Benchmarks;

/// <summary>
/// Load time and memory of the full OPCS-4.10 and WHO ICD-10 tables, and the cost of the lookups the
/// editor makes per keystroke: exact, prefix, title words, "did you mean", config resolution.
/// </summary>
internal sealed class TablesBenchmark : IBenchmark
{
    public string Name => "tables";

    public string Description => "classification tables: load time, memory, lookup/prefix/title-search timings";

    public int Run(BenchContext context, TextWriter output)
    {
        var opcsPath = Path.Combine(context.SharedData, "classifications", "opcs4", "OPCS410 CodesAndTitles.txt");
        var icdPath = Path.Combine(context.SharedData, "classifications", "icd10", "icd10-who-2016-codes-and-titles.tsv");
        foreach (var path in new[] { opcsPath, icdPath })
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"missing input {path} (pass --data <shared data folder>)");
            }
        }

        output.WriteLine($"# tables benchmark — .NET {Environment.Version}, {Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {Measure.LoadAverage()}");
        output.WriteLine();

        var opcs = LoadFigures(output, "OPCS-4.10 CodesAndTitles", opcsPath, new TableLoadOptions(CodeSystem.Opcs4, "4.10"));
        var icd = LoadFigures(output, "WHO ICD-10 2016 (tsv)", icdPath, new TableLoadOptions(CodeSystem.Icd10, "2016"));
        output.WriteLine($"{"bundled OPCS-4.10 (embedded resource), first use",-52} {Measure.Once(() => _ = BundledTables.Opcs410.Count)}");
        output.WriteLine();

        output.WriteLine("## lookups (average per call, warm)");
        var opcsCodes = opcs.Entries.Select(e => e.Code).ToArray();
        var icdCodes = icd.Entries.Select(e => e.Code).ToArray();
        var i = 0;
        Row(output, "OPCS Find (hit, cycling all codes)", () => opcs.Find(opcsCodes[i++ % opcsCodes.Length]));
        Row(output, "OPCS Find (miss, normalising \"j99.9 \")", () => opcs.Find("j99.9 "));
        Row(output, "ICD-10 Find (hit, cycling all codes)", () => icd.Find(icdCodes[i++ % icdCodes.Length]));
        Row(output, "OPCS GetChildren(\"Y53\")", () => opcs.GetChildren("Y53"));
        Row(output, "OPCS FindByPrefix(\"J12.\", 50)", () => opcs.FindByPrefix("J12.", 50));
        Row(output, "OPCS FindByPrefix(\"J\", 100)", () => opcs.FindByPrefix("J", 100));
        Row(output, "ICD-10 FindByPrefix(\"C1\", 100)", () => icd.FindByPrefix("C1", 100));
        foreach (var query in new[] { "liver abl", "percutaneous transluminal", "a", "o" })
        {
            Row(output, $"OPCS SearchTitle(\"{query}\", 50)", () => opcs.SearchTitle(query, 50));
        }

        foreach (var query in new[] { "malignant neoplasm", "diab mell", "c" })
        {
            Row(output, $"ICD-10 SearchTitle(\"{query}\", 50)", () => icd.SearchTitle(query, 50));
        }

        Row(output, "OPCS Suggest(\"J21.4\", 5)", () => opcs.Suggest("J21.4", 5));
        Row(output, "ICD-10 Suggest(\"C17.8\", 5)", () => icd.Suggest("C17.8", 5));
        output.WriteLine();

        output.WriteLine("## configuration (2,000 documents under one codingdsl.json naming both tables)");
        var folder = Directory.CreateTempSubdirectory("codingdsl-bench-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "codingdsl.json"), $$"""
                { "classifications": {
                    "opcs": [ { "version": "4.10", "path": {{Newtonsoft.Json.JsonConvert.ToString(opcsPath)}} } ],
                    "icd10": [ { "version": "2016", "path": {{Newtonsoft.Json.JsonConvert.ToString(icdPath)}} } ] } }
                """);
            var service = new ConfigurationService();
            var first = Measure.Once(() => service.ForDocument(Path.Combine(folder.FullName, "IPG0.coding")));
            var all = Measure.Once(() =>
            {
                for (var d = 0; d < 2000; d++)
                {
                    service.ForDocument(Path.Combine(folder.FullName, "sub", $"IPG{d}.coding"));
                }
            });
            output.WriteLine($"{"first document (find + parse config + load 2 tables)",-52} {first}");
            output.WriteLine($"{"2,000 more documents (cached), total",-52} {all}");
            output.WriteLine($"{"  per document",-52} {all / 2000}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static IClassificationTable LoadFigures(TextWriter output, string label, string path, TableLoadOptions options)
    {
        var cold = Measure.Once(() => ClassificationLoader.LoadFile(path, options));
        var warm = Measure.Median(5, () => ClassificationLoader.LoadFile(path, options));
        var (table, bytes) = Measure.Retained(() =>
        {
            var t = ClassificationLoader.LoadFile(path, options).Table!;
            t.SearchTitle("x", 1); // build the title index too
            return t;
        });
        var (_, tableOnly) = Measure.Retained(() => ClassificationLoader.LoadFile(path, options).Table!);
        var index = ClassificationLoader.LoadFile(path, options).Table!;
        var indexBuild = Measure.Once(() => index.SearchTitle("x", 1));

        output.WriteLine($"## {label}: {table.Count:N0} entries, {new FileInfo(path).Length / 1024:N0} KB file");
        output.WriteLine($"{"load (first, includes JIT)",-52} {cold}");
        output.WriteLine($"{"load (median of 5)",-52} {warm}");
        output.WriteLine($"{"title index build (first title search)",-52} {indexBuild}");
        output.WriteLine($"{"retained memory: table",-52} {Measure.Mb(tableOnly)}");
        output.WriteLine($"{"retained memory: table + title index",-52} {Measure.Mb(bytes)}");
        output.WriteLine();
        return table;
    }

    // Other work on the machine shows in the wall times; print it so figures can be read in context.

    private static void Row(TextWriter output, string label, Action action) =>
        output.WriteLine($"{label,-52} {Measure.PerOperation(action)}");
}
