namespace CodingDsl.LanguageServer.Server;

/// <summary>
/// Where JsonRpc starts each incoming message's handler: one at a time, in arrival order (edits must
/// apply in order; a handler "ends" for this purpose when it first yields, as with
/// NonConcurrentSynchronizationContext, which this replaces). A message dispatched while nothing is
/// queued or running starts at once on the dispatching thread (the input reader) instead of waiting
/// for a thread-pool thread to wake: on two busy cores that wake-up was most of a completion's wait
/// before its handler (docs/performance.md). Order is kept: work only ever runs inline when everything
/// dispatched before it has already started.
/// </summary>
/// <remarks>
/// Not set as <see cref="SynchronizationContext.Current"/> while work runs (as the old context with
/// sticky: false): a handler's continuations run on the thread pool, not in this queue.
/// </remarks>
internal sealed class DispatchLoop : SynchronizationContext
{
    private readonly Lock gate = new();
    private readonly Queue<(SendOrPostCallback Callback, object? State)> queue = new();
    private bool running;

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (gate)
        {
            if (running || queue.Count > 0)
            {
                queue.Enqueue((d, state));
                return;
            }
            running = true;
        }
        Run(d, state);
        Continue();
    }

    public override SynchronizationContext CreateCopy() => this;

    private static void Run(SendOrPostCallback d, object? state)
    {
        try
        {
            d(state);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // As the context this replaces with nobody listening: JsonRpc's own dispatch turns a
            // handler's failure into an error answer, so nothing reaches here in practice.
        }
    }

    /// <summary>After a piece of work: the next queued one runs on the thread pool, or the loop is idle.</summary>
    private void Continue()
    {
        lock (gate)
        {
            if (queue.Count == 0)
            {
                running = false;
                return;
            }
        }
        ThreadPool.UnsafeQueueUserWorkItem(static loop => loop.Drain(), this, preferLocal: false);
    }

    private void Drain()
    {
        while (true)
        {
            (SendOrPostCallback Callback, object? State) next;
            lock (gate)
            {
                if (!queue.TryDequeue(out next))
                {
                    running = false;
                    return;
                }
            }
            Run(next.Callback, next.State);
        }
    }
}
