using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using CodingDsl.LanguageServer.Features;
using CodingDsl.LanguageServer.Server;
using CodingDsl.LanguageServer.Transport;

namespace CodingDsl.LanguageServer;

/// <summary>Runs the CodingDsl language server over a pair of streams (stdin/stdout for `codingdsl lsp`).</summary>
public static class LanguageServerHost
{
    /// <summary>
    /// Serves LSP until the client sends `exit` or closes the input. Returns the process exit code:
    /// 0 after shutdown/exit, 1 when the client exits without shutdown or the connection drops.
    /// </summary>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken) =>
        RunAsync(input, output, Array.Empty<Func<ServerServices, ILspHandler>>(), cancellationToken);

    private const int MinimumThreads = 8;

    /// <summary>As <see cref="RunAsync(Stream, Stream, CancellationToken)"/>, with extra handlers (tests use it for a slow request).</summary>
    internal static async Task<int> RunAsync(Stream input, Stream output, IEnumerable<Func<ServerServices, ILspHandler>> extraHandlers, CancellationToken cancellationToken)
    {
        // Reading the console blocks a pool thread for the life of the server, and analysing a keystroke
        // takes another: with the default minimum of one thread per core (two here) other work waited
        // for the pool to grow. Measured with bench/lsp (three runs each way): without this, stalls of
        // 290–440 ms and completion p95 31–41 ms; with it, at most 60–100 ms and 24–28 ms.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumThreads), completionPorts);

        using var rpc = new LspJsonRpc(TimedMessageHandler.Create(output, input, LspSerializer.CreateFormatter()))
        {
            // Messages are dispatched one at a time in arrival order (edits must apply in order); handlers
            // move their heavy work off this context, so a long request does not hold up the next message.
            SynchronizationContext = new DispatchLoop(),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        var lifecycle = new ServerLifecycle();
        var registry = new HandlerRegistry();
        var services = new ServerServices(new ClientConnection(rpc), lifecycle, registry);
        foreach (var handler in FeatureCatalog.Create(services))
        {
            registry.Add(handler);
        }
        foreach (var create in extraHandlers)
        {
            registry.Add(create(services));
        }
        registry.AttachTo(rpc, lifecycle, services.Log, services.Analysis.Background);
        rpc.Answered += timing =>
        {
            if (timing.Message is not null)
            {
                services.Log.TraceMessage($"{timing.Message}; {timing.Describe()}", timing.Verbose);
            }
        };
        rpc.StartListening();

        var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
        var finished = await Task.WhenAny(lifecycle.Exited, rpc.Completion, cancelled).ConfigureAwait(false);
        if (finished == lifecycle.Exited)
        {
            return await lifecycle.Exited.ConfigureAwait(false);
        }
        // The client went away (or the host stopped us) without `exit`.
        return lifecycle.IsShutDown ? 0 : 1;
    }
}
