using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CodingDsl.Export.Compiled;

/// <summary>Writing and reading the compiled model: one set of serializer settings, so both sides agree.</summary>
public static class CompiledFormat
{
    /// <summary>
    /// The format version. Minor: fields added (old readers may ignore them). Major: a change old
    /// readers would misread. `import` refuses another major version.
    /// </summary>
    public const string Version = "1.2";

    public const int MajorVersion = 1;

    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.Indented,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        // Text such as titles must come back exactly; dates are never part of the model.
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 256,
    };

    public static void Write(CompiledDocument document, TextWriter writer)
    {
        var serializer = JsonSerializer.Create(Settings);
        using var json = new JsonTextWriter(writer) { CloseOutput = false, Indentation = 2 };
        serializer.Serialize(json, document);
        json.Flush();
        writer.Write('\n');
    }

    public static string ToJson(CompiledDocument document)
    {
        var writer = new StringWriter { NewLine = "\n" };
        Write(document, writer);
        return writer.ToString();
    }

    /// <summary>Reads a compiled document; a problem is a <see cref="CompiledFormatException"/> with a one-line reason.</summary>
    public static CompiledDocument Read(TextReader reader)
    {
        CompiledDocument? document;
        try
        {
            var serializer = JsonSerializer.Create(Settings);
            using var json = new JsonTextReader(reader) { CloseInput = false, DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
            document = serializer.Deserialize<CompiledDocument>(json);
        }
        catch (JsonException e)
        {
            throw new CompiledFormatException($"not a compiled CodingDsl document: {e.Message}", e);
        }
        if (document is null)
        {
            throw new CompiledFormatException("the file is empty: expected a compiled CodingDsl document");
        }
        var major = document.FormatVersion?.Split('.')[0];
        if (major != MajorVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new CompiledFormatException($"formatVersion '{document.FormatVersion}' is not supported: this codingdsl reads {MajorVersion}.x");
        }
        MissingValueCheck.Check(document);
        return document;
    }
}

/// <summary>A compiled document that cannot be read or turned back into source.</summary>
public sealed class CompiledFormatException(string message, Exception? inner = null) : Exception(message, inner);
