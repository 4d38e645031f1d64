using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Robustness;

/// <summary>Issue 11, fault 13: a URI that names no possible file was an internal error (-32603) with a stack trace.</summary>
public sealed class MalformedUriTests
{
    [Theory]
    [InlineData("file:///%00")]
    [InlineData("file:///a%00b.coding")]
    [InlineData("file://")]
    [InlineData("not a uri at all")]
    [InlineData("file:///" + "%zz")]
    public async Task A_document_with_a_malformed_uri_is_served_as_itself(string uri)
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        await client.OpenAsync(uri, "guidance X \"x\" {\n}\nbogus\n");
        var published = await client.WaitForDiagnosticsAsync(uri, 1);
        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document(uri) });
        // Hover may have nothing to say; it must answer (an error reply throws here).
        await client.RequestAsync("textDocument/hover", new JObject { ["textDocument"] = LspTestClient.Document(uri), ["position"] = LspTestClient.Position(0, 1) });
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = LspTestClient.Document(uri) });

        Assert.NotEmpty(published); // `bogus` is a syntax error: the document was analysed
        Assert.Equal("full", (string?)report["kind"]);
        Assert.NotEmpty(Assert.IsType<JArray>(symbols));
    }
}
