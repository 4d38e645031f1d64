using System.Diagnostics;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Server;

/// <summary>
/// The one place every incoming message passes through: it enforces the lifecycle rules, turns a
/// handler's exception into an error response and a log line, and traces timings.
/// </summary>
internal sealed class HandlerInvoker
{
    private readonly ILspHandler handler;
    private readonly ServerLifecycle lifecycle;
    private readonly ServerLog log;
    private readonly BackgroundPacer? background;

    /// <param name="background">Paused while this handler runs when it answers one of the <see cref="EditorRequests"/>.</param>
    public HandlerInvoker(ILspHandler handler, ServerLifecycle lifecycle, ServerLog log, BackgroundPacer? background = null)
    {
        this.handler = handler;
        this.lifecycle = lifecycle;
        this.log = log;
        this.background = EditorRequests.PausesBackground(handler.Method) ? background : null;
    }

    // Bound by StreamJsonRpc with UseSingleObjectParameterDeserialization: the whole params object arrives as one JToken.
    public async Task<object?> InvokeAsync(JToken? parameters = null, CancellationToken cancellationToken = default)
    {
        var timing = MessageTiming.Current;
        MessageTiming.Current = null; // not carried into work the handler starts
        if (timing is not null)
        {
            timing.Started = Stopwatch.GetTimestamp();
        }
        if (!lifecycle.IsInitialized && !handler.AllowedBeforeInitialize)
        {
            if (handler.IsNotification)
            {
                return null; // LSP: notifications before initialize are dropped.
            }
            throw new LocalRpcException($"{handler.Method}: the server is not initialized yet; send 'initialize' first") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        }
        if (lifecycle.IsShutDown && handler.Method != LspMethods.Exit)
        {
            if (handler.IsNotification)
            {
                return null;
            }
            throw new LocalRpcException($"{handler.Method}: the server is shutting down") { ErrorCode = LspErrorCodes.InvalidRequest };
        }

        var counters = RuntimeCounters.Now();
        var stopwatch = Stopwatch.StartNew();
        using var pausing = background?.Begin();
        try
        {
            return await handler.HandleAsync(parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // StreamJsonRpc answers RequestCancelled (-32800).
        }
        catch (OperationCanceledException) when (!handler.IsNotification)
        {
            // The work was superseded by a newer edit, not cancelled by the client.
            throw new LocalRpcException($"{handler.Method}: the document changed while the request ran") { ErrorCode = -32801 };
        }
        catch (LocalRpcException ex)
        {
            log.Warning($"{handler.Method}: {ex.Message}");
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Error($"{handler.Method} failed: {ex}");
            if (handler.IsNotification)
            {
                return null;
            }
            throw new LocalRpcException($"{handler.Method} failed: {ex.Message}") { ErrorCode = LspErrorCodes.InternalError };
        }
        finally
        {
            var message = $"{handler.Method} handled in {stopwatch.Elapsed.TotalMilliseconds:0.0} ms";
            // The counters' text (and the GC's memory figures it reads) only for a verbose trace: the
            // client drops it otherwise, and this runs after every message.
            var verbose = log.Trace == TraceValues.Verbose ? RuntimeCounters.Now().Describe(counters) : null;
            if (timing is null)
            {
                log.TraceMessage(message, verbose);
            }
            else
            {
                timing.Ended = Stopwatch.GetTimestamp();
                if (handler.IsNotification)
                {
                    log.TraceMessage($"{message}; {timing.Describe()}", verbose);
                }
                else
                {
                    // Traced once the answer is written (LspJsonRpc.Answered), with the time that took.
                    timing.Message = message;
                    timing.Verbose = verbose;
                }
            }
        }
    }
}
