using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>
/// The LSP framing (Content-Length headers) over the server's streams, noting for each message when
/// its bytes were read (<see cref="ArrivalClock"/>) for the trace of its handling.
/// </summary>
internal sealed class TimedMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly ArrivalClock input;
    // The message read last and when: JsonRpc dispatches each message in its read loop before it reads
    // the next, so the one being dispatched is this one (checked by reference).
    private (JsonRpcMessage? Message, long ArrivedAt) lastRead;

    private TimedMessageHandler(Stream output, ArrivalClock input, IJsonRpcMessageFormatter formatter)
        : base(output, input, formatter)
    {
        this.input = input;
    }

    public static TimedMessageHandler Create(Stream output, Stream input, IJsonRpcMessageFormatter formatter) =>
        new(output, new ArrivalClock(input), formatter);

    /// <summary>When <paramref name="message"/>'s bytes were read; null for a message other than the last one read.</summary>
    public long? ArrivalOf(JsonRpcMessage message)
    {
        var (last, at) = lastRead;
        return ReferenceEquals(last, message) ? at : null;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
        lastRead = (message, input.LastReadAt);
        return message;
    }
}
