using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Configuration;

/// <summary>The client's `codingdsl` settings, pulled with workspace/configuration or pushed with didChangeConfiguration.</summary>
public sealed class EditorSettingsTests : IDisposable
{
    // A99.9 is not in the bundled OPCS-4.10 table (CDSL0202); the workspace's own table has it.
    private const string Text = "guidance IPG900 \"Local test\" {\n  procedure {\n    snomed pending\n    opcs A99.9 \"Local procedure\"\n  }\n}\n";

    private static readonly JObject Pulls = JObject.Parse("""{ "workspace": { "configuration": true } }""");

    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-settings-").FullName;

    public EditorSettingsTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "tables"));
        File.WriteAllText(Path.Combine(folder, "tables", "local-opcs.tsv"), "code\ttitle\nA99.9\tLocal procedure\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Uri => new Uri(Path.Combine(folder, "IPG900.coding")).AbsoluteUri;

    private static string Shown(JToken published) =>
        string.Join(", ", published["diagnostics"]!.Select(d => $"{d["code"]}:{d["severity"]}"));

    private Task<JToken> WaitForShownAsync(LspTestClient client, string expected) =>
        client.WaitForAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == Uri && Shown(p) == expected);

    [Fact]
    public async Task A_severity_from_the_settings_changes_the_published_severity()
    {
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "diagnostics": { "CDSL0304": "warning" }, "trace": { "server": "off" } }""");
        await client.InitializeAsync(Pulls, folder);

        await client.OpenAsync(Uri, Text);

        await WaitForShownAsync(client, "CDSL0304:2, CDSL0202:1");
        var asked = await client.WaitForAsync("workspace/configuration");
        Assert.Equal("""[{"section":"codingdsl"}]""", asked["items"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public async Task The_first_diagnostics_of_a_document_opened_at_start_already_have_the_settings()
    {
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "classifications": { "opcs": [ { "version": "4.10", "path": "tables/local-opcs.tsv" } ] }, "diagnostics": { "CDSL0304": "warning" } }""");
        await client.InitializeAsync(Pulls, folder);

        await client.OpenAsync(Uri, Text);

        // The first publication for version 1, not a later correction.
        Assert.Equal("CDSL0304:2", Shown(await client.WaitForAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == Uri)));
    }

    [Fact]
    public async Task The_first_pulled_diagnostics_already_have_the_settings()
    {
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "diagnostics": { "CDSL0202": "info" } }""");
        await client.InitializeAsync(JObject.Parse("""{ "workspace": { "configuration": true }, "textDocument": { "diagnostic": {} } }"""), folder);
        await client.OpenAsync(Uri, Text);

        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.Equal("CDSL0304:3, CDSL0202:3", Shown(new JObject { ["diagnostics"] = report["items"] }));
    }

    [Fact]
    public async Task A_table_path_from_the_settings_makes_a_code_known_and_a_settings_change_makes_it_unknown_again()
    {
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "classifications": { "opcs": [ { "version": "4.10", "path": "tables/local-opcs.tsv" } ] } }""");
        await client.InitializeAsync(Pulls, folder);
        await client.OpenAsync(Uri, Text);
        await WaitForShownAsync(client, "CDSL0304:3");

        // The user clears the setting (VS Code then answers the declared defaults).
        client.Settings = JObject.Parse("""{ "classifications": { "opcs": [], "icd10": [], "snomed": { "conceptSnapshot": "" } }, "diagnostics": {}, "rules": {} }""");
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = null });

        var again = await WaitForShownAsync(client, "CDSL0304:3, CDSL0202:1");
        Assert.Equal(1, (int?)again["version"]);
    }

    [Fact]
    public async Task Check_workspace_uses_the_editor_settings_as_the_editor_does()
    {
        File.WriteAllText(Path.Combine(folder, "IPG900.coding"), Text);
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "classifications": { "opcs": [ { "version": "4.10", "path": "tables/local-opcs.tsv" } ] }, "diagnostics": { "CDSL0304": "warning" } }""");
        await client.InitializeAsync(Pulls, folder);
        await client.OpenAsync(Uri, Text);
        await WaitForShownAsync(client, "CDSL0304:2");

        var result = await client.RequestAsync("codingdsl/checkWorkspace", new JObject());

        Assert.Equal((1, 0, 1, 0), ((int)result["files"]!, (int)result["errors"]!, (int)result["warnings"]!, (int)result["infos"]!));
    }

    [Fact]
    public async Task A_client_that_answers_workspace_configuration_is_asked_again_and_the_payload_is_ignored()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync(Pulls, folder);
        await client.OpenAsync(Uri, Text);
        await WaitForShownAsync(client, "CDSL0304:3, CDSL0202:1");

        client.Settings = JObject.Parse("""{ "diagnostics": { "CDSL0202": "warning" } }""");
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject
        {
            ["settings"] = JObject.Parse("""{ "codingdsl": { "diagnostics": { "CDSL0202": "off" } } }"""),
        });

        await WaitForShownAsync(client, "CDSL0304:3, CDSL0202:2");
        Assert.Equal(2, client.Received.Count(m => m.Method == "workspace/configuration"));
    }

    [Fact]
    public async Task A_client_that_does_not_answer_workspace_configuration_pushes_settings_codingdsl()
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, folder);
        await client.OpenAsync(Uri, Text);
        await WaitForShownAsync(client, "CDSL0304:3, CDSL0202:1");

        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject
        {
            ["settings"] = JObject.Parse("""
                { "codingdsl": { "classifications": { "opcs": { "version": "4.10", "path": "tables/local-opcs.tsv" } }, "rules": {} }, "other": { "x": 1 } }
                """),
        });

        await WaitForShownAsync(client, "CDSL0304:3");
        Assert.DoesNotContain(client.Received, m => m.Method == "workspace/configuration");
    }

    [Fact]
    public async Task Codingdsl_json_wins_over_the_settings_for_what_it_sets()
    {
        File.WriteAllText(Path.Combine(folder, "codingdsl.json"), """{ "diagnostics": { "CDSL0304": "error" } }""");
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "diagnostics": { "CDSL0304": "off", "CDSL0202": "warning" } }""");
        await client.InitializeAsync(Pulls, folder);

        await client.OpenAsync(Uri, Text);

        // CDSL0202 from the settings (the json does not mention it); CDSL0304 from the json.
        await WaitForShownAsync(client, "CDSL0304:1, CDSL0202:2");
    }

    [Fact]
    public async Task The_server_registers_for_settings_changes_when_the_client_allows_it()
    {
        await using var client = await LspTestClient.StartInitializedAsync(
            JObject.Parse("""{ "workspace": { "configuration": true, "didChangeConfiguration": { "dynamicRegistration": true } } }"""), folder);

        var registration = await client.WaitForAsync("client/registerCapability",
            p => (string?)p["registrations"]![0]!["method"] == "workspace/didChangeConfiguration");

        Assert.Equal("""{"section":"codingdsl"}""", registration["registrations"]![0]!["registerOptions"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public async Task Malformed_settings_are_reported_in_one_line_and_the_server_keeps_answering()
    {
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "diagnostics": { "CDSL0304": "loud" }, "classifications": 5 }""");
        await client.InitializeAsync(Pulls, folder);
        await client.OpenAsync(Uri, Text);

        var logged = await client.WaitForAsync("window/logMessage", p => ((string?)p["message"])!.StartsWith("editor settings (codingdsl): diagnostics"));
        var published = await client.WaitForAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == Uri && p["diagnostics"]!.Count(d => (string?)d["code"] == "CDSL0409") == 2);
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.Equal(2, (int?)logged["type"]); // a warning
        Assert.Equal("editor settings (codingdsl): diagnostics.CDSL0304 must be one of \"error\", \"warning\", \"info\", \"off\"", (string?)logged["message"]);
        Assert.Equal(new[]
        {
            "editor settings (codingdsl): \"classifications\" must be an object { … } (the bundled tables are used where a configured one could not be loaded).",
            "editor settings (codingdsl): diagnostics.CDSL0304 must be one of \"error\", \"warning\", \"info\", \"off\" (the bundled tables are used where a configured one could not be loaded).",
        }, published["diagnostics"]!.Where(d => (string?)d["code"] == "CDSL0409").Select(d => (string?)d["message"]));
        Assert.Equal("IPG900", (string?)symbols[0]!["name"]);
    }

    public static TheoryData<string> Wrong => new()
    {
        "null",
        "42",
        "\"codingdsl\"",
        """[ { "codingdsl": {} } ]""",
        """{ "codingdsl": null }""",
        """{ "codingdsl": [ 1, [ 2, [ 3 ] ] ] }""",
        """{ "codingdsl": { "classifications": { "opcs": [ { "version": [], "path": {} } ], "snomed": "yes" }, "diagnostics": [ "CDSL0304" ] } }""",
        """{ "codingdsl": { "rules": { "image-control": { "nested": { "deeper": [ null, true ] } } } } }""",
        """{ "codingdsl": { "diagnostics": { "CDSL0304": "off" }, "classifications": { "opcs": [ { "version": "4.10", "path": "/nonexistent/dir/\u0000table" } ] } } }""",
    };

    [Theory]
    [MemberData(nameof(Wrong))]
    public async Task No_settings_value_stops_the_server(string settings)
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, folder);
        await client.OpenAsync(Uri, Text);
        await WaitForShownAsync(client, "CDSL0304:3, CDSL0202:1");

        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = JToken.Parse(settings) });
        // Not even params of the right shape: written raw, as the client library refuses to.
        await client.SendRawAsync(System.Text.Encoding.UTF8.GetBytes($$"""{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{{settings}}}"""));
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject
        {
            ["settings"] = new JObject { ["codingdsl"] = new JObject { ["diagnostics"] = new JObject { ["CDSL0202"] = new string('x', 1 << 20) } } },
        });
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject
        {
            ["settings"] = JObject.Parse("""{ "codingdsl": { "diagnostics": { "CDSL0202": "warning" } } }"""),
        });

        // The last, good settings apply; the server still answers requests.
        await WaitForShownAsync(client, "CDSL0304:3, CDSL0202:2");
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });
        Assert.Equal("IPG900", (string?)symbols[0]!["name"]);
        Assert.DoesNotContain(client.Received, m => m.Method == "window/logMessage" && (int?)m.Params["type"] == 1);
    }
}
