using System.Text;
using Newtonsoft.Json.Linq;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Diagnostics;

/// <summary>
/// `codingdsl.maxDiagnosticsPerDocument` (issue 11): past it a document's publication carries the
/// errors first, then warnings, and a last item that says how many more there are and that
/// `codingdsl check` lists them all.
/// </summary>
public sealed class DiagnosticLimitTests
{
    private const string Uri = "file:///limit/IPG1.coding";

    private static readonly JObject Pulls = JObject.Parse("""{ "workspace": { "configuration": true } }""");

    /// <summary>
    /// <paramref name="blocks"/> guidance blocks sharing one id, each with a wrong title: every block
    /// but the first a CDSL0401 error, every block a CDSL0203 warning.
    /// </summary>
    private static string Blocks(int blocks)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < blocks; i++)
        {
            builder.Append("guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4 \"x\"\n  }\n}\n");
        }
        return builder.ToString();
    }

    private static string[] Codes(JArray diagnostics) => diagnostics.Select(d => (string)d["code"]!).ToArray();

    [Fact]
    public async Task Past_a_thousand_findings_the_errors_go_first_and_the_last_item_counts_the_rest()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        await client.OpenAsync(Uri, Blocks(600));
        var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 1);

        // 599 errors and 600 warnings: all the errors, 400 warnings, the note.
        Assert.Equal(DiagnosticLimit.DefaultMaxPerDocument, diagnostics.Count);
        var codes = Codes(diagnostics);
        Assert.Equal(599, codes.Count(c => c == "CDSL0401"));
        Assert.Equal(400, codes.Count(c => c == "CDSL0203"));
        var note = diagnostics.Last();
        Assert.Equal("maxDiagnosticsPerDocument", (string?)note["code"]);
        Assert.Equal(3, (int?)note["severity"]);
        Assert.Equal(
            "200 more findings are not shown (200 warnings): the editor is sent at most 1,000 a document, this note included (setting codingdsl.maxDiagnosticsPerDocument). `codingdsl check IPG1.coding` lists them all.",
            (string?)note["message"]);
        // On the first warning not sent: the 401st block's title (each block is five lines).
        Assert.Equal(400 * 5 + 2, (int?)note["range"]!["start"]!["line"]);
        Assert.EndsWith("/docs/configuration.md#editor-settings", (string?)note["codeDescription"]!["href"]);
    }

    [Fact]
    public async Task The_setting_bounds_the_publication_and_a_change_to_it_publishes_again()
    {
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "maxDiagnosticsPerDocument": 4 }""");
        await client.InitializeAsync(Pulls);

        await client.OpenAsync(Uri, Blocks(3));
        var bounded = await client.WaitForDiagnosticsAsync(Uri, 1);

        // 2 errors and 3 warnings in 4 items: both errors and one warning, in document order, then the note.
        Assert.Equal(["CDSL0203", "CDSL0401", "CDSL0401", "maxDiagnosticsPerDocument"], Codes(bounded));
        Assert.StartsWith("2 more findings are not shown (2 warnings): the editor is sent at most 4 a document,", (string?)bounded.Last()["message"]);

        // Cleared (VS Code then answers the declared default): every finding again.
        client.Settings = JObject.Parse("""{ "maxDiagnosticsPerDocument": 1000 }""");
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = null });
        var all = await client.WaitForAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == Uri && ((JArray)p["diagnostics"]!).Count == 5);
        Assert.DoesNotContain("maxDiagnosticsPerDocument", Codes((JArray)all["diagnostics"]!));
    }

    [Fact]
    public async Task Pulled_diagnostics_are_bounded_the_same_way()
    {
        await using var client = LspTestClient.Start();
        client.Settings = JObject.Parse("""{ "maxDiagnosticsPerDocument": 2 }""");
        await client.InitializeAsync(JObject.Parse("""{ "workspace": { "configuration": true }, "textDocument": { "diagnostic": {} } }"""));
        await client.OpenAsync(Uri, Blocks(3));

        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.Equal(["CDSL0401", "maxDiagnosticsPerDocument"], Codes((JArray)report["items"]!));
        Assert.StartsWith("4 more findings are not shown (1 error, 3 warnings)", (string?)report["items"]!.Last()["message"]);
    }

    /// <summary>
    /// Only the diagnostics sent are converted: 100,000 findings cost the server what 1,000 do, besides
    /// one pass over them. Allocation on this thread, not time.
    /// </summary>
    [Fact]
    public void Converting_a_hundred_times_as_many_findings_allocates_about_the_same()
    {
        var limit = new DiagnosticLimit();
        var few = Allocated(limit, 1_100);
        var many = Allocated(limit, 110_000);

        Assert.True(many < few + (64 * 1024), $"110,000 findings: {many:N0} bytes allocated; 1,100: {few:N0}");
    }

    private static long Allocated(DiagnosticLimit limit, int findings)
    {
        var text = new CodingDsl.Language.Text.SourceText(new string('x', findings));
        var descriptor = CodingDsl.Language.Diagnostics.DiagnosticCatalog.Find("CDSL0207")!;
        var diagnostics = Enumerable.Range(0, findings)
            .Select(i => new CodingDsl.Language.Diagnostics.Diagnostic(descriptor, descriptor.DefaultLevel, new CodingDsl.Language.Text.TextSpan(i, 1), "J12.4 is already listed in this section: list each code once."))
            .ToArray();
        limit.ToDiagnostics("/limit/x.coding", text, diagnostics); // once first: the shared link is made here
        var before = GC.GetAllocatedBytesForCurrentThread();
        var converted = limit.ToDiagnostics("/limit/x.coding", text, diagnostics);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(DiagnosticLimit.DefaultMaxPerDocument, converted.Count);
        return allocated;
    }
}
