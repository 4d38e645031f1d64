using System.Buffers;
using System.Text;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using StreamJsonRpc.Reflection;
using CodingDsl.LanguageServer.Transport;

namespace CodingDsl.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The client's formatter, which can also send a body the client library would refuse to build
/// (params null, a number, not JSON at all). The body goes out as a notification of
/// <see cref="Method"/> whose one argument is the raw bytes, so it is framed by the same handler, under
/// the same write lock, as every other message: writing it straight to the stream raced with a
/// message still being flushed and broke the framing (the server then saw no Content-Length).
/// </summary>
internal sealed class RawFrameFormatter :
    IJsonRpcMessageTextFormatter, IJsonRpcInstanceContainer, IJsonRpcMessageFactory, IJsonRpcFormatterState, IDisposable
{
    public const string Method = "$/codingdsl-test/raw";

    private readonly ResilientMessageFormatter inner = LspSerializer.CreateFormatter();

    public Encoding Encoding
    {
        get => inner.Encoding;
        set => inner.Encoding = value;
    }

    public JsonRpc Rpc
    {
        set => inner.Rpc = value;
    }

    public RequestId SerializingMessageWithId => inner.SerializingMessageWithId;

    public RequestId DeserializingMessageWithId => inner.DeserializingMessageWithId;

    public bool SerializingRequest => inner.SerializingRequest;

    public JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer) => inner.Deserialize(contentBuffer);

    public JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding) => inner.Deserialize(contentBuffer, encoding);

    public void Serialize(IBufferWriter<byte> bufferWriter, JsonRpcMessage message)
    {
        if (message is JsonRpcRequest { Method: Method, ArgumentsList: [byte[] body] })
        {
            bufferWriter.Write(body);
            return;
        }
        inner.Serialize(bufferWriter, message);
    }

    public object GetJsonText(JsonRpcMessage message) => inner.GetJsonText(message);

    public JsonRpcRequest CreateRequestMessage() => inner.CreateRequestMessage();

    public JsonRpcError CreateErrorMessage() => inner.CreateErrorMessage();

    public JsonRpcResult CreateResultMessage() => inner.CreateResultMessage();

    public void Dispose() => inner.Dispose();
}
