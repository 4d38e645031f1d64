using Newtonsoft.Json;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>A serializer with the LSP conventions, for building JSON values by hand.</summary>
public static class LspJson
{
    public static readonly JsonSerializer Serializer = Create();

    private static JsonSerializer Create()
    {
        var serializer = new JsonSerializer();
        LspSerializer.Configure(serializer);
        return serializer;
    }
}
