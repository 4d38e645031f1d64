using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Diagnostics;

public sealed class DiagnosticsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-lsp-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string UriOf(string name) => new Uri(Path.Combine(folder, name)).AbsoluteUri;

    [Fact]
    public async Task Opening_IPG327_publishes_its_one_information_diagnostic_with_code_link_and_source()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var uri = UriOf("IPG327.coding");

        await client.OpenAsync(uri, Samples.Ipg327);

        var diagnostics = await client.WaitForDiagnosticsAsync(uri, 1);
        var expected = JArray.Parse("""
            [{
              "range": { "start": { "line": 6, "character": 4 }, "end": { "line": 6, "character": 18 } },
              "severity": 3,
              "code": "CDSL0304",
              "codeDescription": { "href": "https://github.com/codingdsl/codingdsl/blob/main/docs/diagnostics.md#cdsl0304" },
              "source": "codingdsl",
              "message": "No SNOMED CT concept is published for this yet; replace 'pending' with the concept id when one is."
            }]
            """);
        Assert.Equal(expected.ToString(), diagnostics.ToString());
    }

    [Fact]
    public async Task Deleting_the_image_control_line_publishes_the_CDSL0501_error_for_the_new_version()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var uri = UriOf("IPG327.coding");
        await client.OpenAsync(uri, Samples.Ipg327);

        await client.ChangeAsync(uri, 2, LspTestClient.Replace(9, 0, 11, 0, ""));

        var diagnostics = await client.WaitForDiagnosticsAsync(uri, 2);
        Assert.Equal(new[] { "CDSL0304 6 3", "CDSL0501 7 1" }, diagnostics.Select(d => $"{d["code"]} {d["range"]!["start"]!["line"]} {d["severity"]}"));
    }

    [Fact]
    public async Task Pull_diagnostics_report_the_current_text()
    {
        await using var client = await LspTestClient.StartInitializedAsync(JObject.Parse("""{ "textDocument": { "diagnostic": { "dynamicRegistration": false } } }"""));
        var uri = UriOf("IPG327.coding");
        await client.OpenAsync(uri, Samples.Ipg327);
        await client.ChangeAsync(uri, 2, LspTestClient.Replace(9, 0, 11, 0, ""));

        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document(uri) });

        Assert.Equal("full", (string?)report["kind"]);
        Assert.Equal(new[] { "CDSL0304", "CDSL0501" }, report["items"]!.Select(d => (string?)d["code"]));
        // A client that pulls is not pushed to as well (VS Code would show every diagnostic twice).
        Assert.DoesNotContain(client.Received, m => m.Method == "textDocument/publishDiagnostics");
    }

    private static readonly JObject PullingClient = JObject.Parse("""
        { "textDocument": { "diagnostic": { "dynamicRegistration": false } },
          "workspace": { "diagnostics": { "refreshSupport": true }, "didChangeWatchedFiles": { "dynamicRegistration": true } } }
        """);

    /// <summary>Asks workspace/diagnostic until <paramref name="done"/> holds (the background analysis reaches closed files in its own time).</summary>
    private static async Task<JArray> PullWorkspaceUntilAsync(LspTestClient client, JArray previousResultIds, Func<JArray, bool> done)
    {
        using var patience = new CancellationTokenSource(LspTestClient.Patience);
        while (true)
        {
            var items = (JArray)(await client.RequestAsync("workspace/diagnostic", new JObject { ["previousResultIds"] = previousResultIds }))["items"]!;
            if (done(items))
            {
                return items;
            }
            await Task.Delay(50, patience.Token);
        }
    }

    [Fact]
    public async Task A_pulling_client_gets_the_closed_files_findings_from_workspace_diagnostics_and_the_open_files_only_from_document_pulls()
    {
        File.WriteAllText(Path.Combine(folder, "closed.coding"), "guidance IPG1 \"x\" {\n  procedure {\n    opcs j12.4\n  }\n}\n");
        File.WriteAllText(Path.Combine(folder, "clean.coding"), "guidance IPG2 \"y\" {\n  procedure {\n    case-by-case\n  }\n}\n");
        await using var client = await LspTestClient.StartInitializedAsync(PullingClient, folder);
        var open = UriOf("IPG327.coding");
        await client.OpenAsync(open, Samples.Ipg327);

        var first = await PullWorkspaceUntilAsync(client, [], items => items.Any(i => (string?)i["uri"] == UriOf("closed.coding")));
        var closed = first.Single(i => (string?)i["uri"] == UriOf("closed.coding"));
        var again = await PullWorkspaceUntilAsync(client, new JArray(first.Select(i => new JObject { ["uri"] = i["uri"], ["value"] = i["resultId"] })), _ => true);

        Assert.Equal("full", (string?)closed["kind"]);
        Assert.Contains("CDSL0201", closed["items"]!.Select(d => (string?)d["code"]));
        Assert.Contains(first, i => (string?)i["uri"] == UriOf("clean.coding") && !i["items"]!.Any());
        Assert.DoesNotContain(first, i => (string?)i["uri"] == open); // its diagnostics come by textDocument/diagnostic
        Assert.Empty(again); // nothing changed: the client keeps what it has
        Assert.DoesNotContain(client.Received, m => m.Method == "textDocument/publishDiagnostics");
    }

    [Fact]
    public async Task A_closed_file_deleted_from_disk_is_cleared_by_the_next_workspace_pull()
    {
        File.WriteAllText(Path.Combine(folder, "closed.coding"), "guidance IPG1 \"x\" {\n  procedure {\n    opcs j12.4\n  }\n}\n");
        await using var client = await LspTestClient.StartInitializedAsync(PullingClient, folder);
        var closedUri = UriOf("closed.coding");
        var first = await PullWorkspaceUntilAsync(client, [], items => items.Any(i => (string?)i["uri"] == closedUri));
        var held = new JArray(first.Select(i => new JObject { ["uri"] = i["uri"], ["value"] = i["resultId"] }));

        File.Delete(Path.Combine(folder, "closed.coding"));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JObject
        {
            ["changes"] = new JArray(new JObject { ["uri"] = closedUri, ["type"] = 3 }),
        });
        var after = await PullWorkspaceUntilAsync(client, held, items => items.Any(i => (string?)i["uri"] == closedUri));

        Assert.Equal("full", (string?)after.Single(i => (string?)i["uri"] == closedUri)["kind"]);
        Assert.Empty(after.Single(i => (string?)i["uri"] == closedUri)["items"]!);
    }

    [Fact]
    public async Task The_server_offers_workspace_diagnostics()
    {
        await using var client = LspTestClient.Start();

        var result = await client.InitializeAsync(PullingClient);

        Assert.True((bool)result["capabilities"]!["diagnosticProvider"]!["workspaceDiagnostics"]!);
        Assert.True((bool)result["capabilities"]!["diagnosticProvider"]!["interFileDependencies"]!);
    }

    [Fact]
    public async Task A_duplicate_guidance_id_in_another_workspace_file_is_reported_and_cleared_when_that_file_changes()
    {
        File.WriteAllText(Path.Combine(folder, "other.coding"), "guidance IPG327 \"Copy\" {\n  procedure {\n    case-by-case\n  }\n}\n");
        await using var client = await LspTestClient.StartInitializedAsync(
            JObject.Parse("""{ "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } }"""), folder);
        var uri = UriOf("IPG327.coding");
        await client.OpenAsync(uri, Samples.Ipg327);

        var withDuplicate = await client.WaitForAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == uri && p["diagnostics"]!.Any(d => (string?)d["code"] == "CDSL0401"));
        File.WriteAllText(Path.Combine(folder, "other.coding"), "guidance IPG999 \"Other\" {\n  procedure {\n    case-by-case\n  }\n}\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JObject
        {
            ["changes"] = new JArray(new JObject { ["uri"] = UriOf("other.coding"), ["type"] = 2 }),
        });
        var cleared = await client.WaitForAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == uri && p["diagnostics"]!.All(d => (string?)d["code"] != "CDSL0401"));

        Assert.Contains("other.coding", (string?)withDuplicate["diagnostics"]!.First(d => (string?)d["code"] == "CDSL0401")["message"]);
        Assert.Equal(new[] { "CDSL0304" }, cleared["diagnostics"]!.Select(d => (string?)d["code"]));
        var registration = await client.WaitForAsync("client/registerCapability");
        Assert.Equal(
            new[] { "**/*.coding", "**/codingdsl.json" },
            registration["registrations"]![0]!["registerOptions"]!["watchers"]!.Select(w => (string?)w["globPattern"]));
    }

    [Fact]
    public async Task Editing_an_open_rule_library_republishes_the_open_document_that_uses_it()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var library = UriOf("rules.coding");
        var user = UriOf("main.coding");
        var rule = "rule needs-liver \"Liver\" {\n  when has opcs Y53.-\n  require has opcs J13.-\n  message \"First wording.\"\n}\n";
        await client.OpenAsync(library, rule);
        await client.OpenAsync(user, "use \"rules.coding\"\nguidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4\n    opcs Y53.-\n  }\n}\n");
        Assert.Contains(await client.WaitForDiagnosticsAsync(user, 1), d => ((string?)d["message"])!.StartsWith("First wording", StringComparison.Ordinal));

        // Only the library changes: the document using it is analysed again and its finding follows.
        await client.ChangeAsync(library, 2, LspTestClient.Replace(3, 11, 3, 16, "Second"));

        await client.WaitForAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == user
            && ((JArray)p["diagnostics"]!).Any(d => ((string?)d["message"])!.StartsWith("Second wording", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_configuration_change_on_disk_changes_severities()
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, folder);
        var uri = UriOf("IPG327.coding");
        await client.OpenAsync(uri, Samples.Ipg327);
        await client.WaitForDiagnosticsAsync(uri, 1);

        File.WriteAllText(Path.Combine(folder, "codingdsl.json"), """{ "diagnostics": { "CDSL0304": "off" } }""");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JObject
        {
            ["changes"] = new JArray(new JObject { ["uri"] = UriOf("codingdsl.json"), ["type"] = 1 }),
        });

        await client.WaitForAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri && !p["diagnostics"]!.Any());
    }

    [Fact]
    public async Task Closing_a_file_outside_the_workspace_clears_its_diagnostics()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var uri = UriOf("IPG327.coding");
        await client.OpenAsync(uri, Samples.Ipg327);
        await client.WaitForDiagnosticsAsync(uri, 1);

        await client.NotifyAsync("textDocument/didClose", new JObject { ["textDocument"] = LspTestClient.Document(uri) });

        Assert.Empty(await client.WaitForDiagnosticsAsync(uri, null));
    }
}
