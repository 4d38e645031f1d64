using CodingDsl.Language.Text;
using Newtonsoft.Json;

namespace CodingDsl.Cli.Output;

/// <summary>
/// Small helpers for writing JSON straight to the output. The JSON and SARIF formatters stream rather
/// than build a JObject tree: a 10 MB file can have 100,000+ diagnostics, and the tree cost ~20x the
/// time of the text output.
/// </summary>
internal static class JsonWriting
{
    public static JsonTextWriter Create(TextWriter writer) =>
        new(writer) { Formatting = Formatting.Indented, CloseOutput = false };

    public static void Property(this JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    public static void Property(this JsonWriter json, string name, int value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>`"name": { "text": value }`, SARIF's message and multiformatMessageString shape.</summary>
    public static void TextObject(this JsonWriter json, string name, string text)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.Property("text", text);
        json.WriteEndObject();
    }

    /// <summary>An LSP range: 0-based line and UTF-16 character, end exclusive.</summary>
    public static void LspRange(this JsonWriter json, string name, LineRange range)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.LspPosition("start", range.Start);
        json.LspPosition("end", range.End);
        json.WriteEndObject();
    }

    private static void LspPosition(this JsonWriter json, string name, LinePosition position)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.Property("line", position.Line);
        json.Property("character", position.Character);
        json.WriteEndObject();
    }
}
