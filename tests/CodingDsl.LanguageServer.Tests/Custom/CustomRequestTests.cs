using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Custom;

/// <summary>The server's own requests that the VS Code client sends (client/src/protocol.ts).</summary>
public sealed class CustomRequestTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-lsp-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string UriOf(string name) => new Uri(Path.Combine(folder, name)).AbsoluteUri;

    [Fact]
    public async Task Export_json_compiles_the_open_document()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(UriOf("IPG327.coding"), Samples.Ipg327);

        var result = await client.RequestAsync("codingdsl/export", new JObject { ["uri"] = UriOf("IPG327.coding"), ["format"] = "json" });

        var model = JObject.Parse((string)result["content"]!);
        Assert.Contains("IPG327", model.ToString());
        Assert.Contains("J12.4", model.ToString());
    }

    [Fact]
    public async Task Export_fhir_gives_a_FHIR_bundle()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(UriOf("IPG327.coding"), Samples.Ipg327);

        var result = await client.RequestAsync("codingdsl/export", new JObject { ["uri"] = UriOf("IPG327.coding"), ["format"] = "fhir" });

        var bundle = JObject.Parse((string)result["content"]!);
        Assert.Equal("Bundle", (string?)bundle["resourceType"]);
    }

    [Fact]
    public async Task Export_in_an_unknown_format_or_of_an_unknown_document_is_refused_with_a_reason()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(UriOf("IPG327.coding"), Samples.Ipg327);

        var format = await client.RequestErrorAsync("codingdsl/export", new JObject { ["uri"] = UriOf("IPG327.coding"), ["format"] = "pdf" });
        var unknown = await client.RequestErrorAsync("codingdsl/export", new JObject { ["uri"] = UriOf("nowhere.coding"), ["format"] = "json" });

        Assert.Equal("Unknown export format 'pdf': use \"json\" or \"fhir\".", format.Message);
        Assert.Equal(-32602, unknown.Code);
        Assert.EndsWith("is not open in the server; open it first.", unknown.Message);
    }

    [Fact]
    public async Task Check_workspace_reports_every_file_with_counts()
    {
        File.WriteAllText(Path.Combine(folder, "IPG327.coding"), Samples.Ipg327);
        File.WriteAllText(Path.Combine(folder, "bad.coding"), "b\n");
        await using var client = await LspTestClient.StartInitializedAsync(null, folder);

        var result = await client.RequestAsync("codingdsl/checkWorkspace", new JObject());

        Assert.Equal(2, (int)result["files"]!);
        Assert.Equal(1, (int)result["errors"]!);
        Assert.Equal(1, (int)result["infos"]!);
        Assert.Equal(
            new[] { "IPG327.coding CDSL0304", "bad.coding CDSL0104" },
            result["diagnostics"]!.SelectMany(f => f["diagnostics"]!.Select(d => $"{Path.GetFileName((string)f["uri"]!)} {d["code"]}")).Order(StringComparer.Ordinal));
    }
}
