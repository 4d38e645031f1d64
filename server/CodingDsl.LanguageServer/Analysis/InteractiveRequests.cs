namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// The requests a user is waiting on while typing (completion): an open document's analysis starts
/// only when none is being handled, for at most <see cref="YieldLimit"/>. Completion never waits for
/// analysis (it reads the current parse); this keeps the analysis of the keystroke that came with it
/// from taking the other core and allocating, which made collections pause the completion, while it
/// runs. Diagnostics wait at most one completion's handling (milliseconds).
/// </summary>
public sealed class InteractiveRequests
{
    /// <summary>An analysis waits no longer than this for interactive requests (one that hangs must not stop diagnostics).</summary>
    public static readonly TimeSpan YieldLimit = TimeSpan.FromMilliseconds(50);

    private readonly object gate = new();
    private int running;
    private TaskCompletionSource idle = CompletedIdle();

    /// <summary>Marks an interactive request as being handled until the result is disposed.</summary>
    public IDisposable Begin()
    {
        lock (gate)
        {
            if (running++ == 0)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        return new Handling(this);
    }

    /// <summary>Whether any is being handled now.</summary>
    public bool IsBusy => Volatile.Read(ref running) > 0;

        /// <summary>Completes when no interactive request is being handled, or after <see cref="YieldLimit"/>.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        Task wait;
        lock (gate)
        {
            wait = idle.Task;
        }
        return wait.IsCompleted ? Task.CompletedTask : Task.WhenAny(wait, Task.Delay(YieldLimit, cancellationToken));
    }

    private void End()
    {
        TaskCompletionSource? done = null;
        lock (gate)
        {
            if (--running == 0)
            {
                done = idle;
            }
        }
        done?.TrySetResult();
    }

    private static TaskCompletionSource CompletedIdle()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private sealed class Handling(InteractiveRequests owner) : IDisposable
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
