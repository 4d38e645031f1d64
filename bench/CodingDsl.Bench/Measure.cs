using System.Diagnostics;

namespace CodingDsl.Bench;

/// <summary>Small timing helpers: medians of repeated runs, per-operation times, retained memory.</summary>
internal static class Measure
{
    /// <summary>Median wall time of <paramref name="runs"/> runs of <paramref name="action"/>.</summary>
    public static TimeSpan Median(int runs, Action action)
    {
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    public static TimeSpan Once(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed;
    }

    /// <summary>Average time per call over enough calls to take about <paramref name="budgetMs"/>, after a warm-up.</summary>
    public static TimeSpan PerOperation(Action action, int budgetMs = 300)
    {
        for (var i = 0; i < 50; i++)
        {
            action();
        }

        long calls = 0;
        var sw = Stopwatch.StartNew();
        while (sw.ElapsedMilliseconds < budgetMs)
        {
            for (var i = 0; i < 100; i++)
            {
                action();
            }

            calls += 100;
        }

        return TimeSpan.FromTicks(sw.Elapsed.Ticks / calls);
    }

    /// <summary>Managed bytes still reachable after <paramref name="create"/>, with its result kept alive.</summary>
    public static (T Value, long Bytes) Retained<T>(Func<T> create)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var value = create();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(value);
        return (value, after - before);
    }

    public static string Format(TimeSpan t) => t.TotalMilliseconds >= 1
        ? $"{t.TotalMilliseconds:0.0} ms"
        : $"{t.TotalMilliseconds * 1000:0.0} µs";

    public static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";
}
