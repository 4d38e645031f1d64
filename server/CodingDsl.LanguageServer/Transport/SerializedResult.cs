using System.Buffers;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using StreamJsonRpc;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>
/// A request's result already written as UTF-8 JSON, by the handler that made it. The message
/// formatter writes the answer around these bytes (<see cref="ResilientMessageFormatter"/>) instead of
/// turning the result into a JToken tree, copying that tree into the message's tree and writing it out
/// (a completion list of 50 codes: 9 KB built as two trees per answer). The bytes are what the formatter
/// would have written for <see cref="Of"/>'s value; a test holds the two to the same JSON.
/// </summary>
public sealed class SerializedResult
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private SerializedResult(byte[] json)
    {
        Json = json;
    }

    /// <summary>The result's JSON.</summary>
    public byte[] Json { get; }

    /// <summary><paramref name="value"/> written with the LSP conventions (<see cref="LspJson.Serializer"/>).</summary>
    public static SerializedResult Of(object? value)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, Utf8, bufferSize: 4096, leaveOpen: true))
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.None, CloseOutput = false })
        {
            LspJson.Serializer.Serialize(json, value);
        }
        return new SerializedResult(buffer.ToArray());
    }

    /// <summary>Writes the whole answer (the JSON-RPC envelope too) as the message formatter lays one out.</summary>
    public void WriteResponse(IBufferWriter<byte> output, RequestId id)
    {
        Write(output, "{\"jsonrpc\":\"2.0\",\"id\":");
        Write(output, id.String is { } text ? JsonConvert.ToString(text) : id.Number?.ToString(CultureInfo.InvariantCulture) ?? "null");
        Write(output, ",\"result\":");
        output.Write(Json);
        Write(output, "}");
    }

    private static void Write(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
