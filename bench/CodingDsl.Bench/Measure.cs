using System.Diagnostics;

namespace CodingDsl.Bench;

/// <summary>
/// Small timing helpers: medians of repeated runs, per-operation times, retained memory. Each time is
/// a wall-clock and a process-CPU figure: on a shared, busy machine the CPU figure is the steadier one.
/// </summary>
internal readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu)
{
    public static Timing operator /(Timing t, int n) => new(t.Wall / n, t.Cpu / n);

    public static Timing operator /(Timing t, double n) => new(t.Wall / n, t.Cpu / n);

    public override string ToString() => $"{Measure.Format(Wall),10} wall {Measure.Format(Cpu),10} cpu";
}

internal static class Measure
{
    private static TimeSpan Cpu => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>The run with the median wall time among <paramref name="runs"/> runs of <paramref name="action"/>.</summary>
    public static Timing Median(int runs, Action action)
    {
        var times = new List<Timing>(runs);
        for (var i = 0; i < runs; i++)
        {
            times.Add(Once(action));
        }

        times.Sort((a, b) => a.Wall.CompareTo(b.Wall));
        return times[times.Count / 2];
    }

    public static Timing Once(Action action)
    {
        var cpu = Cpu;
        var sw = Stopwatch.StartNew();
        action();
        return new Timing(sw.Elapsed, Cpu - cpu);
    }

    /// <summary>
    /// As <see cref="Once"/> with the CPU of the calling thread only (Linux: /proc/thread-self/schedstat,
    /// nanoseconds), so the tiered compiler's and the GC's threads do not count; elsewhere the process CPU.
    /// </summary>
    public static Timing OnThisThread(Action action)
    {
        var cpu = ThreadCpu();
        var sw = Stopwatch.StartNew();
        action();
        return new Timing(sw.Elapsed, ThreadCpu() - cpu);
    }

    private static TimeSpan ThreadCpu()
    {
        const string schedstat = "/proc/thread-self/schedstat";
        if (!File.Exists(schedstat))
        {
            return Cpu;
        }
        var text = File.ReadAllText(schedstat);
        return TimeSpan.FromTicks(long.Parse(text.AsSpan(0, text.IndexOf(' ')), System.Globalization.CultureInfo.InvariantCulture) / 100);
    }

    /// <summary>Average time per call over enough calls to take about <paramref name="budgetMs"/>, after a warm-up.</summary>
    public static Timing PerOperation(Action action, int budgetMs = 300)
    {
        for (var i = 0; i < 50; i++)
        {
            action();
        }

        long calls = 0;
        var cpu = Cpu;
        var sw = Stopwatch.StartNew();
        while (sw.ElapsedMilliseconds < budgetMs)
        {
            for (var i = 0; i < 100; i++)
            {
                action();
            }

            calls += 100;
        }

        var wall = sw.Elapsed;
        return new Timing(TimeSpan.FromTicks(wall.Ticks / calls), TimeSpan.FromTicks((Cpu - cpu).Ticks / calls));
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
        : $"{t.TotalMilliseconds * 1000:0.00} µs";

    /// <summary>The 1, 5 and 15 minute load averages: wall times mean little without them on a shared machine.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";
}
