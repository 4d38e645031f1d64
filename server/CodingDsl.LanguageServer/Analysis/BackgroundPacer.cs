namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// When the background analysis of the workspace (files that are not open) may take its next step, one
/// file's parse or analysis: only while nothing the user waits on is pending or running (a keystroke's
/// run, a completion, hover or semantic-tokens request), so on two cores such work has a core to itself
/// and waits at most for the one step already under way. Steady typing cannot starve the workspace: after
/// <see cref="StarvationLimit"/> of waiting the background takes one step anyway (at least one file per
/// 100 ms of uninterrupted foreground work), then waits again.
/// </summary>
/// <remarks>
/// The background runs on a thread of its own that blocks here (<see cref="WaitForTurn"/>) instead of
/// awaiting: one await per step put about 4,000 hand-offs on the thread pool while 2,000 files loaded,
/// and a completion's dispatch queued among them (session 9, docs/performance.md).
/// </remarks>
public sealed class BackgroundPacer : IDisposable
{
    /// <summary>
    /// The longest the background waits for a busy foreground before it takes one step anyway. At one
    /// forced step (a file's parse or analysis, ~1 ms) per 100 ms, a keystroke run of a few milliseconds
    /// shares the CPU with one in roughly twenty: outside a keystroke's p95.
    /// </summary>
    public static readonly TimeSpan StarvationLimit = TimeSpan.FromMilliseconds(100);

    private readonly Func<TimeSpan, Task>? limit;
    private readonly Lock gate = new();
    // Set while no foreground work is pending or running. No spinning: a spin would take the CPU from
    // the foreground work the background waits for.
    private readonly ManualResetEventSlim idle = new(initialState: true, spinCount: 0);
    private int active;

    /// <param name="limit">
    /// Waits out <see cref="StarvationLimit"/>: a seam for tests, which decide when the time is up. Without
    /// it the wait is a timed wait on the thread.
    /// </param>
    public BackgroundPacer(Func<TimeSpan, Task>? limit = null)
    {
        this.limit = limit;
    }

    /// <summary>Whether foreground work is pending or running now: the background stops after the step in hand.</summary>
    public bool IsBusy => Volatile.Read(ref active) > 0;

    /// <summary>Marks foreground work as pending or running until the result is disposed.</summary>
    public IDisposable Begin()
    {
        lock (gate)
        {
            if (active++ == 0)
            {
                idle.Reset();
            }
        }
        return new Scope(this);
    }

    /// <summary>
    /// Blocks the calling thread (the background's own) until it may take its next step: returns at once
    /// when the foreground is idle, else when it becomes idle, or after <see cref="StarvationLimit"/> (the
    /// result is then true: the step is taken beside the foreground, and only one before waiting again).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> was cancelled (the server is stopping).</exception>
    public bool WaitForTurn(CancellationToken stop)
    {
        stop.ThrowIfCancellationRequested();
        if (idle.IsSet)
        {
            return false;
        }
        if (limit is null)
        {
            return !idle.Wait(StarvationLimit, stop) && !idle.IsSet;
        }
        var passed = limit(StarvationLimit);
        WaitHandle.WaitAny([idle.WaitHandle, ((IAsyncResult)passed).AsyncWaitHandle, stop.WaitHandle]);
        stop.ThrowIfCancellationRequested();
        return !idle.IsSet;
    }

    /// <summary>Frees the wait's event; only once no thread waits for a turn (the background thread has stopped).</summary>
    public void Dispose() => idle.Dispose();

    private void End()
    {
        lock (gate)
        {
            if (--active == 0)
            {
                idle.Set();
            }
        }
    }

    private sealed class Scope(BackgroundPacer owner) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.End();
            }
        }
    }
}
