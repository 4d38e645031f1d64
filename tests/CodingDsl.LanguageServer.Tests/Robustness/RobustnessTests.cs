using System.Text;
using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Robustness;

/// <summary>Whatever a client sends, the server keeps answering.</summary>
public sealed class RobustnessTests
{
    private const string Uri = "file:///robust/a.coding";

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"jsonrpc\":\"2.0\"}")]
    [InlineData("{\"jsonrpc\":\"1.5\",\"id\":2,\"method\":\"initialize\"}")]
    [InlineData("\u00ff\u00fe\u0000garbage")]
    public async Task A_malformed_message_body_is_logged_and_the_server_keeps_serving(string body)
    {
        await using var client = LspTestClient.Start();

        await client.SendRawAsync(Encoding.UTF8.GetBytes(body));
        var result = await client.InitializeAsync();

        Assert.NotNull(result["capabilities"]);
        var logged = await client.WaitForAsync("window/logMessage", p => (int?)p["type"] == 1);
        Assert.StartsWith("Ignored a message that is not valid JSON-RPC", (string?)logged["message"]);
    }

    [Fact]
    public async Task Params_of_the_wrong_shape_get_InvalidParams_and_the_server_keeps_serving()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        var error = await client.RequestErrorAsync("textDocument/codeAction", new JObject { ["textDocument"] = 5, ["range"] = "everywhere" });
        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.True(-32602 == error.Code, error.Message);
        Assert.Equal("full", (string?)report["kind"]);
    }

    [Fact]
    public async Task An_exception_in_a_handler_becomes_an_error_response_and_a_log_line()
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, null, TestHandlers.Throwing);

        var error = await client.RequestErrorAsync("test/throw", new JObject());
        var logged = await client.WaitForAsync("window/logMessage", p => (int?)p["type"] == 1);
        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.Equal(-32603, error.Code);
        Assert.Contains("deliberate failure in a test handler", error.Message);
        Assert.StartsWith("test/throw failed: System.InvalidOperationException: deliberate failure", (string?)logged["message"]);
        Assert.Equal("full", (string?)report["kind"]);
    }

    [Fact]
    public async Task A_request_cancelled_mid_flight_is_cancelled_in_the_server_and_the_server_keeps_answering()
    {
        var slow = new TestHandlers.Slow();
        await using var client = await LspTestClient.StartInitializedAsync(null, null, _ => slow);
        using var cancellation = new CancellationTokenSource();

        var request = client.RequestAsync("test/slow", new JObject(), cancellation.Token);
        await slow.Started.Task.WaitAsync(LspTestClient.Patience);
        cancellation.Cancel(); // the client sends $/cancelRequest

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await slow.Cancelled.Task.WaitAsync(LspTestClient.Patience);
        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });
        Assert.Equal("full", (string?)report["kind"]);
    }

    [Fact]
    public async Task Positions_outside_the_document_clamp_to_its_bounds()
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, null, TestHandlers.DocumentText);
        await client.OpenAsync(Uri, "ab\ncd");

        await client.ChangeAsync(Uri, 2, LspTestClient.Replace(1, 40, 9, 3, "!"));      // past the end: appends
        await client.ChangeAsync(Uri, 3, LspTestClient.Replace(0, 99, 0, 99, "?"));     // past the line's end: at its end
        await client.ChangeAsync(Uri, 4, LspTestClient.Replace(-1, -5, 0, 1, ""));      // before the start: from 0
        var actions = await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["range"] = LspTestClient.Range(500, 0, 900, 9),
            ["context"] = new JObject { ["diagnostics"] = new JArray() },
        });

        Assert.Equal("b?\ncd!", (string?)await client.RequestAsync("test/documentText", new JObject { ["uri"] = Uri }));
        Assert.Equal(new JArray().ToString(), actions.ToString());
        var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 4);
        Assert.Equal(new[] { "CDSL0104 0:0", "CDSL0104 1:0" }, diagnostics.Select(d => $"{d["code"]} {d["range"]!["start"]!["line"]}:{d["range"]!["start"]!["character"]}"));
    }

    [Fact]
    public async Task A_change_that_deletes_the_whole_file_leaves_an_empty_document()
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, null, TestHandlers.DocumentText);
        await client.OpenAsync(Uri, "guidance IPG1 \"x\" {\r\n  note \"y\"\r\n}\r\n");

        await client.ChangeAsync(Uri, 2, LspTestClient.Replace(0, 0, 3, 0, ""));

        Assert.Equal("", (string?)await client.RequestAsync("test/documentText", new JObject { ["uri"] = Uri }));
        Assert.Empty(await client.WaitForDiagnosticsAsync(Uri, 2));
    }

    [Fact]
    public async Task A_thousand_rapid_changes_all_apply_in_order_and_the_last_version_is_published()
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, null, TestHandlers.DocumentText);
        await client.OpenAsync(Uri, "");

        for (var version = 2; version <= 1001; version++)
        {
            var digit = (char)('0' + version % 10);
            await client.ChangeAsync(Uri, version, LspTestClient.Replace(0, version - 2, 0, version - 2, digit.ToString()));
        }

        var expected = string.Concat(Enumerable.Range(2, 1000).Select(v => (char)('0' + v % 10)));
        Assert.Equal(expected, (string?)await client.RequestAsync("test/documentText", new JObject { ["uri"] = Uri }));
        var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 1001);
        Assert.Equal("CDSL0104", (string?)Assert.Single(diagnostics)["code"]);
        Assert.StartsWith("Unknown statement '2345678901", (string?)diagnostics[0]["message"]);
        var publications = client.Received.Count(m => m.Method == "textDocument/publishDiagnostics");
        Assert.InRange(publications, 1, 1001);
    }

    [Fact]
    public async Task Notifications_before_initialize_are_dropped()
    {
        await using var client = LspTestClient.Start(TestHandlers.DocumentText);

        await client.OpenAsync(Uri, "dropped");
        await client.InitializeAsync();

        Assert.Equal(JTokenType.Null, (await client.RequestAsync("test/documentText", new JObject { ["uri"] = Uri })).Type);
    }
}
