using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using StreamJsonRpc;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>The JSON conventions of LSP: camelCase properties, omitted nulls, URIs as dictionary keys untouched.</summary>
public static class LspSerializer
{
    public static void Configure(JsonSerializer serializer)
    {
        serializer.ContractResolver = new DefaultContractResolver
        {
            NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false },
        };
        serializer.NullValueHandling = NullValueHandling.Ignore;
        serializer.MissingMemberHandling = MissingMemberHandling.Ignore;
    }

    /// <summary>A formatter for either end of an LSP connection: the server's, or a test client's.</summary>
    public static ResilientMessageFormatter CreateFormatter()
    {
        var inner = new JsonMessageFormatter();
        Configure(inner.JsonSerializer);
        return new ResilientMessageFormatter(inner);
    }

    public static HeaderDelimitedMessageHandler CreateMessageHandler(Stream output, Stream input) =>
        new(output, input, CreateFormatter());
}
