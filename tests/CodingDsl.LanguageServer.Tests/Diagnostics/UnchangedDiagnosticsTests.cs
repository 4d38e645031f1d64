using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Diagnostics;

/// <summary>
/// Issue 14: diagnostics are sent only when they changed. An edit that leaves every finding where it
/// was sends nothing (the client keeps what it shows); a traced client is told it was not sent.
/// </summary>
public sealed class UnchangedDiagnosticsTests
{
    private const string Uri = "file:///unchanged/IPG327.coding";

    [Fact]
    public async Task An_edit_that_changes_no_diagnostic_publishes_nothing_and_the_next_real_change_is_sent()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("$/setTrace", new JObject { ["value"] = "messages" });
        await client.OpenAsync(Uri, Samples.Ipg327);
        var first = await client.WaitForDiagnosticsAsync(Uri, 1);
        var lines = Samples.Ipg327.Split('\n').Length;

        // A comment after the last `}`: no finding moves or changes.
        await client.ChangeAsync(Uri, 2, LspTestClient.Replace(lines - 1, 0, lines - 1, 0, "// reviewed\n"));
        var skipped = await client.WaitForAsync("$/logTrace", p => ((string?)p["message"])!.Contains($"not sent (unchanged): {Uri} version 2", StringComparison.Ordinal));
        // Deleting the image control lines adds an error: sent, for that version.
        await client.ChangeAsync(Uri, 3, LspTestClient.Replace(9, 0, 11, 0, ""));
        var third = await client.WaitForDiagnosticsAsync(Uri, 3);

        Assert.Equal(new[] { "CDSL0304" }, first.Select(d => (string?)d["code"]));
        Assert.Contains("sent 1, unchanged 1", (string?)skipped["message"]);
        Assert.DoesNotContain(client.Received, m => m.Method == "textDocument/publishDiagnostics" && (int?)m.Params["version"] == 2);
        Assert.Equal(new[] { "CDSL0304", "CDSL0501" }, third.Select(d => (string?)d["code"]));
    }

    [Fact]
    public async Task An_edit_that_moves_a_diagnostic_sends_it_at_its_new_place()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.Ipg327);
        await client.WaitForDiagnosticsAsync(Uri, 1);

        await client.ChangeAsync(Uri, 2, LspTestClient.Replace(0, 0, 0, 0, "// a new first line\n"));
        var moved = await client.WaitForDiagnosticsAsync(Uri, 2);

        Assert.Equal(7, (int?)Assert.Single(moved)["range"]!["start"]!["line"]);
    }
}
