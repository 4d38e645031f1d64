using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Lifecycle;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_exactly_the_implemented_features()
    {
        await using var client = LspTestClient.Start();

        var result = await client.InitializeAsync();

        var expected = JObject.Parse("""
            {
              "positionEncoding": "utf-16",
              "textDocumentSync": { "openClose": true, "change": 2 },
              "diagnosticProvider": { "identifier": "codingdsl", "interFileDependencies": true, "workspaceDiagnostics": true },
              "codeActionProvider": { "codeActionKinds": [ "quickfix", "source.fixAll", "source.upgrade.codingdsl" ], "resolveProvider": false },
              "completionProvider": { "triggerCharacters": [ ".", "\"", "/" ], "resolveProvider": true },
              "hoverProvider": true,
              "documentSymbolProvider": true,
              "workspaceSymbolProvider": true,
              "foldingRangeProvider": true,
              "definitionProvider": true,
              "referencesProvider": true,
              "renameProvider": { "prepareProvider": true },
              "documentHighlightProvider": true,
              "semanticTokensProvider": {
                "legend": {
                  "tokenTypes": [ "keyword", "opcsCode", "icd10Code", "snomedId", "category", "range", "string", "comment", "guidanceId", "ruleName", "setName", "fact", "number", "operator", "version", "diagnosticCode" ],
                  "tokenModifiers": [ "declaration", "defaultLibrary", "opcs", "icd10", "suppression" ]
                },
                "range": true,
                "full": true
              },
              "documentFormattingProvider": true,
              "documentRangeFormattingProvider": true
            }
            """);
        Assert.Equal(expected.ToString(), result["capabilities"]!.ToString());
        Assert.Equal("codingdsl", (string?)result["serverInfo"]?["name"]);
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_with_ServerNotInitialized_and_initialize_still_works()
    {
        await using var client = LspTestClient.Start();

        var error = await client.RequestErrorAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = LspTestClient.Document("file:///a.coding"),
            ["range"] = LspTestClient.Range(0, 0, 0, 0),
            ["context"] = new JObject { ["diagnostics"] = new JArray() },
        });

        Assert.Equal(-32002, error.Code);
        var result = await client.InitializeAsync();
        Assert.NotNull(result["capabilities"]);
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        var error = await client.RequestErrorAsync("initialize", new JObject { ["capabilities"] = new JObject() });

        Assert.Equal(-32600, error.Code);
    }

    [Fact]
    public async Task An_unknown_request_gets_MethodNotFound()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        var error = await client.RequestErrorAsync("textDocument/noSuchThing", new JObject());

        Assert.Equal(-32601, error.Code);
    }

    [Fact]
    public async Task Shutdown_answers_null_and_exit_ends_the_server_with_code_0()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        var result = await client.RequestAsync("shutdown");
        await client.NotifyAsync("exit");

        Assert.Equal(JTokenType.Null, result.Type);
        Assert.Equal(0, await client.Server.WaitAsync(LspTestClient.Patience));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_code_1()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        await client.NotifyAsync("exit");

        Assert.Equal(1, await client.Server.WaitAsync(LspTestClient.Patience));
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.RequestAsync("shutdown");

        var error = await client.RequestErrorAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document("file:///a.coding") });

        Assert.Equal(-32600, error.Code);
    }

    [Fact]
    public async Task SetTrace_verbose_makes_the_server_trace_each_request()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        await client.NotifyAsync("$/setTrace", new JObject { ["value"] = "verbose" });
        await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document("file:///a.coding") });

        var trace = await client.WaitForAsync("$/logTrace", p => ((string?)p["message"])?.StartsWith("textDocument/diagnostic handled in ", StringComparison.Ordinal) == true);
        Assert.EndsWith(" ms", (string?)trace["message"]);
    }

    [Fact]
    public async Task Trace_is_off_by_default()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document("file:///a.coding") });
        await client.RequestAsync("shutdown");

        Assert.DoesNotContain(client.Received, m => m.Method == "$/logTrace");
    }
}
