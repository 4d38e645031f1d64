using System.Buffers;
using System.Text;
using Newtonsoft.Json;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>
/// The parameters of a textDocument/publishDiagnostics notification whose diagnostics are already JSON
/// (<see cref="DiagnosticJson"/>, kept per diagnostic by the publisher and reused while unchanged).
/// <see cref="ResilientMessageFormatter"/> writes the message from these pieces straight into the
/// output, the same bytes as <see cref="PublishDiagnosticsParams"/> would give, without building the
/// whole list as a JToken tree.
/// </summary>
public sealed class SerializedPublication(string uri, int? version, IReadOnlyList<byte[]> diagnostics)
{
    public string Uri { get; } = uri;

    public int? Version { get; } = version;

    /// <summary>Each diagnostic's UTF-8 JSON, in order.</summary>
    public IReadOnlyList<byte[]> Diagnostics { get; } = diagnostics;

    /// <summary>Writes the whole notification (the JSON-RPC envelope too) as the message formatter lays one out.</summary>
    public void WriteNotification(IBufferWriter<byte> output, string method)
    {
        Write(output, "{\"jsonrpc\":\"2.0\",\"method\":");
        Write(output, JsonConvert.ToString(method));
        Write(output, ",\"params\":{\"uri\":");
        Write(output, JsonConvert.ToString(Uri));
        if (Version is { } v)
        {
            Write(output, ",\"version\":");
            Write(output, v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Write(output, ",\"diagnostics\":[");
        for (var i = 0; i < Diagnostics.Count; i++)
        {
            if (i > 0)
            {
                Write(output, ",");
            }
            output.Write(Diagnostics[i]);
        }
        Write(output, "]}}");
    }

    private static void Write(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
