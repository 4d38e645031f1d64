using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>
/// One LSP diagnostic as the UTF-8 JSON the message formatter would write for it (camelCase, nulls left
/// out, Newtonsoft's escaping), written field by field: serialising 35,000 diagnostics through a JToken
/// tree allocated 400 MB (docs/performance.md, "Language server memory"). A test holds the two to the
/// same bytes, so a field added to <see cref="Diagnostic"/> must be added here too.
/// </summary>
public sealed class DiagnosticJson : IDisposable
{
    // One writer for many diagnostics: a JsonTextWriter writes root values one after another with
    // nothing between them, so each diagnostic is the text written since the builder was cleared.
    private readonly StringBuilder text = new();
    private readonly StringWriter writer;
    private readonly JsonTextWriter json;
    private char[] chars = new char[1024];

    public DiagnosticJson()
    {
        writer = new StringWriter(text, CultureInfo.InvariantCulture);
        json = new JsonTextWriter(writer) { Formatting = Formatting.None };
    }

    /// <summary>The JSON of <paramref name="diagnostic"/>. Not thread-safe.</summary>
    public byte[] Serialize(Diagnostic diagnostic)
    {
        text.Clear();
        json.WriteStartObject();
        json.WritePropertyName("range");
        WriteRange(json, diagnostic.Range);
        json.WritePropertyName("severity");
        json.WriteValue((int)diagnostic.Severity);
        json.WritePropertyName("code");
        json.WriteValue(diagnostic.Code);
        if (diagnostic.CodeDescription is { } description)
        {
            json.WritePropertyName("codeDescription");
            json.WriteStartObject();
            json.WritePropertyName("href");
            json.WriteValue(description.Href);
            json.WriteEndObject();
        }
        json.WritePropertyName("source");
        json.WriteValue(diagnostic.Source);
        json.WritePropertyName("message");
        json.WriteValue(diagnostic.Message);
        if (diagnostic.Data is { } data)
        {
            json.WritePropertyName("data");
            data.WriteTo(json);
        }
        json.WriteEndObject();
        json.Flush();
        // Encoded from a reused buffer: the only allocation that stays is the diagnostic's own bytes.
        if (chars.Length < text.Length)
        {
            chars = new char[Math.Max(text.Length, chars.Length * 2)];
        }
        text.CopyTo(0, chars, 0, text.Length);
        var bytes = new byte[Encoding.UTF8.GetByteCount(chars, 0, text.Length)];
        Encoding.UTF8.GetBytes(chars, 0, text.Length, bytes, 0);
        return bytes;
    }

    public void Dispose()
    {
        ((IDisposable)json).Dispose();
        writer.Dispose();
    }

    private static void WriteRange(JsonTextWriter json, Protocol.Range range)
    {
        json.WriteStartObject();
        json.WritePropertyName("start");
        WritePosition(json, range.Start);
        json.WritePropertyName("end");
        WritePosition(json, range.End);
        json.WriteEndObject();
    }

    private static void WritePosition(JsonTextWriter json, Position position)
    {
        json.WriteStartObject();
        json.WritePropertyName("line");
        json.WriteValue(position.Line);
        json.WritePropertyName("character");
        json.WriteValue(position.Character);
        json.WriteEndObject();
    }
}
