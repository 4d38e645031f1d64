using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Tests.Lifecycle;

/// <summary>
/// The loop that starts handlers: in arrival order, one at a time, and at once on the dispatching
/// thread (the input reader) when nothing is queued or running, so an edit typed while the server is
/// idle is never overtaken and a completion needs no thread to wake.
/// </summary>
public sealed class DispatchLoopTests
{
    [Fact]
    public void Work_posted_while_the_loop_is_idle_runs_at_once_on_the_posting_thread()
    {
        var loop = new DispatchLoop();
        var ranOn = -1;

        loop.Post(_ => ranOn = Environment.CurrentManagedThreadId, null);

        Assert.Equal(Environment.CurrentManagedThreadId, ranOn);
    }

    [Fact]
    public async Task Work_posted_while_other_work_runs_waits_and_runs_in_arrival_order_one_at_a_time()
    {
        var loop = new DispatchLoop();
        var order = new List<int>();
        var running = 0;
        var overlapped = false;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Work(int n)
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            lock (order)
            {
                order.Add(n);
            }
            Interlocked.Decrement(ref running);
            if (n == 10)
            {
                all.SetResult();
            }
        }

        // The first piece posts the others while it runs (as the reader dispatches while a handler runs).
        loop.Post(_ =>
        {
            for (var n = 2; n <= 10; n++)
            {
                var value = n;
                loop.Post(_ => Work(value), null);
            }
            Work(1);
        }, null);
        await all.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Enumerable.Range(1, 10), order);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task A_failing_piece_of_work_does_not_stop_the_loop()
    {
        var loop = new DispatchLoop();
        var after = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        loop.Post(_ => throw new InvalidOperationException("a handler's bug"), null);
        loop.Post(_ => after.SetResult(), null);

        await after.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(after.Task.IsCompletedSuccessfully);
    }
}
