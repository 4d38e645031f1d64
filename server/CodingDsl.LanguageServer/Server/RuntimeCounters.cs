using System.Globalization;

namespace CodingDsl.LanguageServer.Server;

/// <summary>
/// The process's garbage collections, their pauses and its allocations at one moment: traced beside
/// each request's handling time (the `verbose` part of its $/logTrace), so a slow request can be told apart from one a collection paused
/// (on a loaded machine wall times mislead; these counts do not), and bench/lsp can count the
/// collections and bytes per keystroke from the totals.
/// </summary>
internal readonly record struct RuntimeCounters(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
{
    public static RuntimeCounters Now() => new(
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalPauseDuration(),
        GC.GetTotalAllocatedBytes(precise: false));

    /// <summary>"gc +a/+b/+c paused x ms; totals gc a/b/c paused x ms allocated y MB": the collections during a request, then the process's totals.</summary>
    // The heap as the last collection left it and the memory the GC holds now (the larger part of the
    // server's RSS): bench/lsp prints their highest, to tell a peak the heap made from one elsewhere.
    public string Describe(RuntimeCounters before)
    {
        var heap = GC.GetGCMemoryInfo();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"gc +{Gen0 - before.Gen0}/+{Gen1 - before.Gen1}/+{Gen2 - before.Gen2} paused {(Paused - before.Paused).TotalMilliseconds:0.0} ms; totals gc {Gen0}/{Gen1}/{Gen2} paused {Paused.TotalMilliseconds:0.0} ms allocated {Allocated / 1048576.0:0.0} MB; heap after gen{heap.Generation} {heap.HeapSizeBytes / 1048576.0:0.0} MB, GC committed {heap.TotalCommittedBytes / 1048576.0:0.0} MB");
    }
}
