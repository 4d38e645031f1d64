using Nerdbank.Streams;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>
/// The LSP framing (Content-Length headers) over the server's streams, read on a thread of its own
/// (<see cref="InputReader"/>), noting for each message when its bytes were read, for the trace of its
/// handling. Output goes through a pipe that a pool thread copies to the stream, as before: writing
/// to stdout from the sending thread was tried, and with it this transport lost to the old one
/// (bench/lsp at load 9–16, four pairs: completion p95 29–63 against 26–52 ms, the queue before
/// handlers p95 11–22 against 7–13 ms; a sender, the reader among them, waited on each write). So
/// "written" in the trace is the answer copied into that pipe.
/// </summary>
internal sealed class TimedMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly InputReader input;
    // The message read last and when: JsonRpc dispatches each message in its read loop before it reads
    // the next, so the one being dispatched is this one (checked by reference).
    private (JsonRpcMessage? Message, long ArrivedAt) lastRead;

    private TimedMessageHandler(Stream output, InputReader input, IJsonRpcMessageFormatter formatter)
        : base(output.UsePipeWriter(), input.Reader, formatter)
    {
        this.input = input;
    }

    /// <summary>Starts reading <paramref name="input"/>; messages are read as JsonRpc asks for them.</summary>
    public static TimedMessageHandler Create(Stream output, Stream input, IJsonRpcMessageFormatter formatter) =>
        new(output, InputReader.Start(input), formatter);

    /// <summary>When <paramref name="message"/>'s bytes were read; null for a message other than the last one read.</summary>
    public long? ArrivalOf(JsonRpcMessage message)
    {
        var (last, at) = lastRead;
        return ReferenceEquals(last, message) ? at : null;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            input.Dispose();
        }
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
        lastRead = (message, input.LastReadAt);
        return message;
    }
}
