using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Lifecycle;

/// <summary>
/// The trace of each message splits the server's time (for bench/lsp): a request's says how long it
/// waited from its arrival to its handler and from its handler's end to its answer being written, and
/// comes after that answer; a notification's says how long it waited for its handler.
/// </summary>
public sealed class MessageTimingTraceTests
{
    private static readonly Regex RequestTrace = new(@"^textDocument/completion handled in [\d.]+ ms; arrived → started [\d.]+ ms, ended → written [\d.]+ ms$");
    private static readonly Regex NotificationTrace = new(@"^textDocument/didOpen handled in [\d.]+ ms; arrived → started [\d.]+ ms$");

    [Fact]
    public async Task A_request_trace_times_its_wait_for_the_handler_and_for_its_answer_to_be_written()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("$/setTrace", new JObject { ["value"] = "verbose" });
        await client.OpenAsync("file:///a.coding", "guidance \"TA1\" {\n}\n");

        await client.RequestAsync("textDocument/completion", new JObject
        {
            ["textDocument"] = LspTestClient.Document("file:///a.coding"),
            ["position"] = LspTestClient.Position(1, 0),
        });

        var request = await client.WaitForAsync("$/logTrace", p => ((string?)p["message"])?.StartsWith("textDocument/completion handled in ", StringComparison.Ordinal) == true);
        Assert.Matches(RequestTrace, (string?)request["message"]);
        Assert.StartsWith("gc +", (string?)request["verbose"]);
        var notification = await client.WaitForAsync("$/logTrace", p => ((string?)p["message"])?.StartsWith("textDocument/didOpen handled in ", StringComparison.Ordinal) == true);
        Assert.Matches(NotificationTrace, (string?)notification["message"]);
    }

    [Fact]
    public async Task A_messages_level_trace_has_the_split_without_the_collection_counts()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("$/setTrace", new JObject { ["value"] = "messages" });

        await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document("file:///a.coding") });

        var trace = await client.WaitForAsync("$/logTrace", p => ((string?)p["message"])?.StartsWith("textDocument/diagnostic handled in ", StringComparison.Ordinal) == true);
        Assert.Contains("ended → written", (string?)trace["message"]);
        Assert.Null(trace["verbose"]);
    }
}
