using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Tests.Infrastructure;

/// <summary>Handlers added to the real server in tests, to reach states no real feature produces on demand.</summary>
public static class TestHandlers
{
    /// <summary>`test/documentText`: the server's current text of an open document.</summary>
    public static ILspHandler DocumentText(ServerServices services) =>
        new Handler("test/documentText", (p, _) => Task.FromResult<object?>(services.Documents.Get((string)p!["uri"]!)?.Text.Text));

    /// <summary>`test/throw`: a handler with a bug.</summary>
    public static ILspHandler Throwing(ServerServices services) =>
        new Handler("test/throw", (_, _) => throw new InvalidOperationException("deliberate failure in a test handler"));

    /// <summary>
    /// Holds every analysis (after the client's settings, as the server waits for them) until
    /// <paramref name="release"/> completes: a state that a slow `use`d file produced before only
    /// regular files were read. The handler itself (`test/held`) does nothing.
    /// </summary>
    public static Func<ServerServices, ILspHandler> HoldingAnalysis(Task release) => services =>
    {
        services.Publisher.WaitBeforeAnalysis(async () =>
        {
            await release.ConfigureAwait(false);
            await services.Settings.ReadyAsync().ConfigureAwait(false);
        });
        return new Handler("test/held", (_, _) => Task.FromResult<object?>(null));
    };

    /// <summary>
    /// Makes the analysis of the documents named <paramref name="fileName"/> wait for the gate while it
    /// is closed (a slow analysis, as of a pathological file); the others run as usual. `test/slowAnalysis` does nothing.
    /// </summary>
    public static Func<ServerServices, ILspHandler> SlowAnalysisOf(string fileName, AnalysisGate gate) => services =>
    {
        services.Analysis.BeforeAnalyze = (path, cancellationToken) =>
        {
            if (Path.GetFileName(path) == fileName)
            {
                gate.WaitIfClosed(cancellationToken);
            }
        };
        return new Handler("test/slowAnalysis", (_, _) => Task.FromResult<object?>(null));
    };

    /// <summary>Open until <see cref="Close"/>, then closed until <see cref="Open"/>: what <see cref="SlowAnalysisOf"/> waits on.</summary>
    public sealed class AnalysisGate : IDisposable
    {
        private readonly ManualResetEventSlim open = new(initialState: true);

        public TaskCompletionSource Waiting { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Close()
        {
            Waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
            open.Reset();
        }

        public void Open() => open.Set();

        public void Dispose() => open.Dispose();

        internal void WaitIfClosed(CancellationToken cancellationToken)
        {
            if (!open.IsSet)
            {
                Waiting.TrySetResult();
                open.Wait(cancellationToken);
            }
        }
    }

    /// <summary>A request that runs until cancelled, and reports that it saw the cancellation.</summary>
    public sealed class Slow : ILspHandler
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Method => "test/slow";

        public bool IsNotification => false;

        public async Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }
            return null;
        }
    }

    private sealed class Handler : ILspHandler
    {
        private readonly Func<JToken?, CancellationToken, Task<object?>> handle;

        public Handler(string method, Func<JToken?, CancellationToken, Task<object?>> handle)
        {
            Method = method;
            this.handle = handle;
        }

        public string Method { get; }

        public bool IsNotification => false;

        public Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken) => handle(parameters, cancellationToken);
    }
}
