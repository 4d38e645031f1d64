using System.Collections.Concurrent;
using System.Threading.Channels;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Workspace;

/// <summary>
/// Issue 14: the background analysis of the workspace takes no step (one file's parse or analysis)
/// while a keystroke's run or an editor request is pending, resumes when they end, and under steady
/// foreground work still finishes, one step per starvation limit. The limit's passing is decided by the
/// test (a delay it completes), so nothing here depends on the clock.
/// </summary>
public sealed class BackgroundPacingTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "codingdsl-pacing");
    private static readonly string[] DiskFiles = ["a.coding", "b.coding", "c.coding"];

    [Fact]
    public async Task A_turn_is_at_once_when_idle_and_waits_for_foreground_work_to_end()
    {
        var limits = new TestLimits();
        var pacer = new BackgroundPacer(limits.Delay);
        Assert.False(await pacer.WaitForTurnAsync());

        var request = pacer.Begin();
        var turn = pacer.WaitForTurnAsync();
        var limit = await limits.NextAsync();
        Assert.Equal(BackgroundPacer.StarvationLimit, limit.Duration);
        Assert.False(turn.IsCompleted);
        request.Dispose();
        Assert.False(await turn); // given because the foreground went idle, not forced
    }

    [Fact]
    public async Task Under_steady_foreground_work_a_turn_is_forced_once_the_limit_passes()
    {
        var limits = new TestLimits();
        var pacer = new BackgroundPacer(limits.Delay);
        using var typing = pacer.Begin();
        var turn = pacer.WaitForTurnAsync();
        var limit = await limits.NextAsync();
        Assert.False(turn.IsCompleted);
        limit.Pass();
        Assert.True(await turn);
        Assert.True(pacer.IsBusy);
    }

    [Fact]
    public async Task No_background_step_starts_while_an_editor_request_is_pending_and_all_files_are_analysed_after_it()
    {
        var limits = new TestLimits();
        var (service, steps, finished) = Workspace(limits);
        var request = service.Background.Begin(); // a completion or hover being handled

        await service.GetCurrentAsync(CancellationToken.None); // the open document's run, which starts the background
        await limits.NextAsync(); // the background waits for its turn
        Assert.Empty(steps);
        Assert.Equal(["open.coding"], service.AnalyzedSoFar.Keys.Select(Path.GetFileName));

        request.Dispose();
        var done = await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, done.Forced);
        Assert.Equal(DiskFiles.Length, done.Parsed);
        Assert.Equal(DiskFiles.Length, done.Analyzed);
        Assert.Equal(DiskFiles.Concat(DiskFiles).Order(), steps.Select(Path.GetFileName).Order());
        Assert.Equal(["a.coding", "b.coding", "c.coding", "open.coding"], service.AnalyzedSoFar.Keys.Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Under_steady_foreground_work_the_background_takes_one_step_per_limit_and_finishes()
    {
        var limits = new TestLimits();
        var (service, steps, finished) = Workspace(limits);
        using var typing = service.Background.Begin(); // never idle while the workspace loads

        await service.GetCurrentAsync(CancellationToken.None);
        var passed = 0;
        while (!finished.Task.IsCompleted)
        {
            var next = limits.NextAsync();
            if (await Task.WhenAny(next, finished.Task).WaitAsync(TimeSpan.FromSeconds(60)) != next)
            {
                break;
            }
            // Asked to wait again: exactly one step per limit passed, none without one.
            Assert.Equal(passed, steps.Count);
            (await next).Pass();
            passed++;
        }
        var done = await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(DiskFiles.Length * 2, steps.Count);
        Assert.Equal(DiskFiles.Length, done.Analyzed);
        Assert.True(done.Forced >= steps.Count);
        Assert.Equal(["a.coding", "b.coding", "c.coding", "open.coding"], service.AnalyzedSoFar.Keys.Select(Path.GetFileName).Order());
    }

    /// <summary>Three files on disk and one open document, analysed by a service whose starvation limit the test passes.</summary>
    private static (AnalysisService Service, ConcurrentQueue<string> Steps, TaskCompletionSource<BackgroundSteps> Finished) Workspace(TestLimits limits)
    {
        var store = new DocumentStore();
        store.SetDiskFiles(DiskFiles.Select(name => KeyValuePair.Create(Path.Combine(Folder, name), (string?)Samples.Ipg327)));
        store.Open(new Uri(Path.Combine(Folder, "open.coding")).AbsoluteUri, 1, Samples.Ipg327);
        var service = new AnalysisService(store, new BackgroundPacer(limits.Delay));
        var steps = new ConcurrentQueue<string>();
        service.BeforeBackgroundStep = steps.Enqueue;
        var finished = new TaskCompletionSource<BackgroundSteps>(TaskCreationOptions.RunContinuationsAsynchronously);
        service.BackgroundFinished += s => finished.TrySetResult(s);
        return (service, steps, finished);
    }

    /// <summary>The pacer's starvation limits, each passed only when the test says.</summary>
    private sealed class TestLimits
    {
        private readonly Channel<Limit> asked = Channel.CreateUnbounded<Limit>();

        public Task Delay(TimeSpan duration)
        {
            var limit = new Limit(duration);
            asked.Writer.TryWrite(limit);
            return limit.Passed.Task;
        }

        /// <summary>The next limit the background waits out (the timeout only guards against a hang).</summary>
        public Task<Limit> NextAsync() => asked.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
    }

    private sealed record Limit(TimeSpan Duration)
    {
        public TaskCompletionSource Passed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Pass() => Passed.TrySetResult();
    }
}
