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
