namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// When the background analysis of the workspace (files that are not open) may take its next step, one
/// file's parse or analysis: only while nothing the user waits on is pending or running (a keystroke's
/// run, a completion, hover or semantic-tokens request), so on two cores such work has a core to itself
/// and waits at most for the one step already under way. Steady typing cannot starve the workspace: after
/// <see cref="StarvationLimit"/> of waiting the background takes one step anyway (at least one file per
/// 100 ms of uninterrupted foreground work), then waits again.
/// </summary>
public sealed class BackgroundPacer
{
    /// <summary>
    /// The longest the background waits for a busy foreground before it takes one step anyway. At one
    /// forced step (a file's parse or analysis, ~1 ms) per 100 ms, a keystroke run of a few milliseconds
    /// shares the CPU with one in roughly twenty: outside a keystroke's p95.
    /// </summary>
    public static readonly TimeSpan StarvationLimit = TimeSpan.FromMilliseconds(100);

    private readonly Func<TimeSpan, Task> delay;
    private readonly Lock gate = new();
    private int active;
    private TaskCompletionSource idle = Completed();

    /// <param name="delay">Waits out <see cref="StarvationLimit"/>; a seam for tests, which decide when the time is up.</param>
    public BackgroundPacer(Func<TimeSpan, Task>? delay = null)
    {
        this.delay = delay ?? (limit => Task.Delay(limit));
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
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        return new Scope(this);
    }

    /// <summary>
    /// Completes when the background may take its next step: at once when the foreground is idle, else
    /// when it becomes idle, or after <see cref="StarvationLimit"/> (the result is then true: the step is
    /// taken beside the foreground, and only one before waiting again).
    /// </summary>
    public async Task<bool> WaitForTurnAsync()
    {
        Task wait;
        lock (gate)
        {
            wait = idle.Task;
        }
        if (wait.IsCompleted)
        {
            return false;
        }
        var first = await Task.WhenAny(wait, delay(StarvationLimit)).ConfigureAwait(false);
        return first != wait && !wait.IsCompleted;
    }

    private void End()
    {
        TaskCompletionSource? done = null;
        lock (gate)
        {
            if (--active == 0)
            {
                done = idle;
            }
        }
        done?.TrySetResult();
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
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
