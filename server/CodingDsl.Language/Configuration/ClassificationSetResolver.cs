using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Classifications.Snomed;

namespace CodingDsl.Language.Configuration;

/// <summary>
/// Loads the tables a configuration names, each file once per (path, last write time, how it is read),
/// so thousands of documents under one codingdsl.json share one set of tables. Thread-safe: two
/// threads asking for the same file wait for one load.
/// </summary>
public sealed class ClassificationSetResolver
{
    private readonly IFileSystem _fileSystem;
    private readonly ConcurrentDictionary<TableKey, Lazy<TableLoadResult>> _tables = new();
    private readonly ConcurrentDictionary<(string Path, DateTime Stamp), Lazy<SnomedLoadResult>> _snomed = new();
    // Weak: a replaced codingdsl.json drops its set with it.
    private readonly ConditionalWeakTable<CodingDslConfiguration, SetSlot> _sets = new();

    public ClassificationSetResolver(IFileSystem? fileSystem = null)
    {
        _fileSystem = fileSystem ?? PhysicalFileSystem.Instance;
    }

    public ClassificationSet Resolve(CodingDslConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Opcs.Count == 0 && config.Icd10.Count == 0 && config.SnomedConceptSnapshot is null)
        {
            return ClassificationSet.Bundled;
        }

        // One stat per file: unchanged files give the set built last time. The slot's lock makes
        // concurrent first requests for one config build one set.
        var stamps = config.Opcs.Concat(config.Icd10).Select(t => Stamp(t.Path))
            .Append(config.SnomedConceptSnapshot is { } s ? Stamp(s) : default).ToArray();
        var slot = _sets.GetValue(config, _ => new SetSlot());
        lock (slot)
        {
            if (slot.Set is not null && slot.Stamps is not null && slot.Stamps.AsSpan().SequenceEqual(stamps))
            {
                return slot.Set;
            }

            slot.Set = Build(config);
            slot.Stamps = stamps;
            return slot.Set;
        }
    }

    private ClassificationSet Build(CodingDslConfiguration config)
    {
        var problems = new List<ConfigProblem>();
        var dates = new Dictionary<IClassificationTable, DateOnly>(ReferenceEqualityComparer.Instance);
        var opcs = LoadTables(config, config.Opcs, problems, dates);
        var icd10 = LoadTables(config, config.Icd10, problems, dates);
        SnomedConceptTable? snomed = null;
        if (config.SnomedConceptSnapshot is { } snomedPath)
        {
            var stamp = Stamp(snomedPath);
            var result = _snomed.GetOrAdd((snomedPath, stamp), key => new Lazy<SnomedLoadResult>(
                () => Rf2ConceptReader.LoadFile(key.Path, _fileSystem), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
            snomed = result.Table;
            Report(config.SnomedOrigin ?? ConfigName(config), config.SnomedLine, config.SnomedColumn, result.Error, result.SkippedLines, result.Problems, snomedPath, problems);
        }

        return new ClassificationSet(opcs, icd10, snomed, problems, dates);
    }

    private List<IClassificationTable> LoadTables(CodingDslConfiguration config, IReadOnlyList<TableSource> sources, List<ConfigProblem> problems, Dictionary<IClassificationTable, DateOnly> dates)
    {
        var tables = new List<IClassificationTable>();
        foreach (var source in sources)
        {
            var key = new TableKey(source.Path, Stamp(source.Path), source.System, source.Version, source.Format, source.IsComplete);
            var result = _tables.GetOrAdd(key, k => new Lazy<TableLoadResult>(
                () => ClassificationLoader.LoadFile(k.Path, new TableLoadOptions(k.System, k.Version, null, k.Format, k.IsComplete), _fileSystem),
                LazyThreadSafetyMode.ExecutionAndPublication)).Value;
            if (result.Table is not null)
            {
                tables.Add(result.Table);
                if (source.InForceFrom is { } date)
                {
                    // Per configuration, not per table: two codingdsl.json files may date one shared table differently.
                    dates[result.Table] = date;
                }
            }

            Report(source.Origin ?? ConfigName(config), source.Line, source.Column, result.Error, result.SkippedLines, result.Problems, source.Path, problems);
        }

        return tables;
    }

    private static string ConfigName(CodingDslConfiguration config) => config.ConfigPath ?? CodingDslConfiguration.FileName;

    /// <param name="configPath">Where the table was named: problems are located there.</param>
    private static void Report(
        string configPath, int line, int column, string? error, int skipped,
        IReadOnlyList<TableLoadProblem> lineProblems, string path, List<ConfigProblem> into)
    {
        if (error is not null)
        {
            into.Add(new ConfigProblem(configPath, line, column, error));
        }
        else if (skipped > 0)
        {
            var first = lineProblems.Count > 0 ? $"; first at line {lineProblems[0].Line}: {lineProblems[0].Reason}" : string.Empty;
            into.Add(new ConfigProblem(configPath, line, column,
                $"skipped {skipped} malformed line{(skipped == 1 ? "" : "s")} in '{Path.GetFileName(path)}'{first}"));
        }
    }

    private DateTime Stamp(string path)
    {
        try
        {
            // One stat: a missing file reads as a fixed early time (File) or throws (other file systems).
            return _fileSystem.GetLastWriteTimeUtc(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DateTime.MinValue;
        }
    }

    private sealed class SetSlot
    {
        public DateTime[]? Stamps { get; set; }

        public ClassificationSet? Set { get; set; }
    }

    private readonly record struct TableKey(string Path, DateTime Stamp, CodeSystem System, string Version, TableFormat Format, bool IsComplete);
}
