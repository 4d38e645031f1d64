using System.Buffers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using StreamJsonRpc.Reflection;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>
/// Delegates to <see cref="JsonMessageFormatter"/>, except that a message body it cannot read (not JSON,
/// not a JSON-RPC message) becomes a <see cref="LspMethods.MalformedMessage"/> notification instead of an
/// exception: JsonRpc disconnects on a failed Deserialize, and the server must keep serving.
/// </summary>
public sealed class ResilientMessageFormatter :
    IJsonRpcMessageTextFormatter, IJsonRpcInstanceContainer, IJsonRpcMessageFactory, IJsonRpcFormatterState, IDisposable
{
    private const int MaxQuotedBodyLength = 200;

    private readonly JsonMessageFormatter inner;

    public ResilientMessageFormatter(JsonMessageFormatter inner)
    {
        this.inner = inner;
    }

    public JsonSerializer JsonSerializer => inner.JsonSerializer;

    public Encoding Encoding
    {
        get => inner.Encoding;
        set => inner.Encoding = value;
    }

    public JsonRpc Rpc
    {
        set => ((IJsonRpcInstanceContainer)inner).Rpc = value;
    }

    public RequestId SerializingMessageWithId => ((IJsonRpcFormatterState)inner).SerializingMessageWithId;

    public RequestId DeserializingMessageWithId => ((IJsonRpcFormatterState)inner).DeserializingMessageWithId;

    public bool SerializingRequest => ((IJsonRpcFormatterState)inner).SerializingRequest;

    public JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer) => Deserialize(contentBuffer, Encoding);

    public JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding)
    {
        try
        {
            return inner.Deserialize(contentBuffer, encoding);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return CreateMalformedNotification(contentBuffer, encoding, ex);
        }
    }

    public void Serialize(IBufferWriter<byte> bufferWriter, JsonRpcMessage message)
    {
        if (Preserialized(message) is var (method, publication))
        {
            // Written from each diagnostic's cached JSON, not through a JToken tree of the whole list.
            publication.WriteNotification(bufferWriter, method);
            return;
        }
        if (message is JsonRpcResult { Result: SerializedResult result } answer)
        {
            // Written by the handler (a completion list): the answer is written around its bytes.
            result.WriteResponse(bufferWriter, answer.RequestId);
            return;
        }
        inner.Serialize(bufferWriter, message);
    }

    public object GetJsonText(JsonRpcMessage message)
    {
        if (Preserialized(message) is var (method, publication))
        {
            var buffer = new ArrayBufferWriter<byte>();
            publication.WriteNotification(buffer, method);
            return JToken.Parse(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        if (message is JsonRpcResult { Result: SerializedResult result } answer)
        {
            var buffer = new ArrayBufferWriter<byte>();
            result.WriteResponse(buffer, answer.RequestId);
            return JToken.Parse(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        return inner.GetJsonText(message);
    }

    private static (string Method, SerializedPublication Publication)? Preserialized(JsonRpcMessage message) =>
        message is JsonRpcRequest { IsNotification: true, Method: { } method, Arguments: SerializedPublication publication } ? (method, publication) : null;

    public JsonRpcRequest CreateRequestMessage() => ((IJsonRpcMessageFactory)inner).CreateRequestMessage();

    public JsonRpcError CreateErrorMessage() => ((IJsonRpcMessageFactory)inner).CreateErrorMessage();

    public JsonRpcResult CreateResultMessage() => ((IJsonRpcMessageFactory)inner).CreateResultMessage();

    public void Dispose() => inner.Dispose();

    private JsonRpcMessage CreateMalformedNotification(ReadOnlySequence<byte> contentBuffer, Encoding encoding, Exception error)
    {
        string body;
        try
        {
            body = encoding.GetString(contentBuffer.Slice(0, Math.Min(contentBuffer.Length, MaxQuotedBodyLength)).ToArray());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            body = "(not text)";
        }

        // Built as JSON and read back by the inner formatter, so JsonRpc gets the message type it expects.
        var notification = new JObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = LspMethods.MalformedMessage,
            ["params"] = new JObject
            {
                ["reason"] = error.Message,
                ["body"] = body,
            },
        };
        var bytes = encoding.GetBytes(notification.ToString(Formatting.None));
        return inner.Deserialize(new ReadOnlySequence<byte>(bytes), encoding);
    }
}
