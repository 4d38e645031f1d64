using System.Diagnostics;
using System.Runtime.CompilerServices;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using StreamJsonRpc.Reflection;
using CodingDsl.LanguageServer.Transport;

namespace CodingDsl.LanguageServer.Server;

/// <summary>
/// The server's JSON-RPC connection: times each incoming message from its arrival to its answer being
/// written (<see cref="MessageTiming"/>, carried into the handler) and reports each answered request's
/// timing once its answer is out (<see cref="Answered"/>).
/// </summary>
internal sealed class LspJsonRpc : JsonRpc
{
    private readonly TimedMessageHandler messages;
    private readonly ConditionalWeakTable<JsonRpcMessage, MessageTiming> answers = new();

    public LspJsonRpc(TimedMessageHandler messages)
        : base(messages)
    {
        this.messages = messages;
    }

    /// <summary>Raised after a request's answer was written, with its timing (handler start and end set by the handler's invoker).</summary>
    public event Action<MessageTiming>? Answered;

    protected override async ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        // Called from the read loop before the next message is read; the timing flows with the
        // execution context through the wait for the dispatch loop into the handler.
        var timing = new MessageTiming(messages.ArrivalOf(request) ?? Stopwatch.GetTimestamp());
        MessageTiming.Current = timing;
        var response = await base.DispatchRequestAsync(request, targetMethod, cancellationToken).ConfigureAwait(false);
        if (request.IsResponseExpected)
        {
            answers.AddOrUpdate(response, timing);
        }
        return response;
    }

    protected override void OnResponseSent(JsonRpcMessage response)
    {
        base.OnResponseSent(response);
        if (answers.TryGetValue(response, out var timing))
        {
            answers.Remove(response);
            timing.Written = Stopwatch.GetTimestamp();
            Answered?.Invoke(timing);
        }
    }
}
