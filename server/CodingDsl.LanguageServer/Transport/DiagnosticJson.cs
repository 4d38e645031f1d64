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
public sealed class DiagnosticJson
{
    private readonly StringBuilder text = new();

    /// <summary>The JSON of <paramref name="diagnostic"/>. Not thread-safe: one instance per writing thread.</summary>
    public byte[] Serialize(Diagnostic diagnostic)
    {
        text.Clear();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None })
        {
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
        }
        return Encoding.UTF8.GetBytes(text.ToString());
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
