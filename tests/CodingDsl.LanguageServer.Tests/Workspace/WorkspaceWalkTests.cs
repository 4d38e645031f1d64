using System.Diagnostics;
using CodingDsl.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CodingDsl.LanguageServer.Tests.Workspace;

/// <summary>
/// Issue 11, faults 5 and 6, in the server: loading a workspace folder with a `self -> .` link, a
/// link cycle and a FIFO loads each real file once, does not block on the FIFO, and says what it skipped.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class WorkspaceWalkTests : IDisposable
{
    private const string Guidance = "guidance IPG327 \"Radiofrequency ablation for colorectal liver metastases\" {\n  procedure {\n    snomed pending\n    opcs J12.4\n  }\n}\n";

    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-walk-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Links_and_a_fifo_neither_multiply_files_nor_stop_the_load()
    {
        File.WriteAllText(Path.Combine(folder, "a.coding"), Guidance);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "b.coding"), "");
        File.CreateSymbolicLink(Path.Combine(folder, "self"), ".");
        File.CreateSymbolicLink(Path.Combine(folder, "sub", "up"), "..");
        MakeFifo(Path.Combine(folder, "pipe.coding"));

        await using var client = await LspTestClient.StartInitializedAsync(null, folder);
        await client.WaitForAsync("window/logMessage", p => ((string?)p["message"])!.StartsWith("Loaded 2 rule files", StringComparison.Ordinal));
        var uri = new Uri(Path.Combine(folder, "a.coding")).AbsoluteUri;
        await client.OpenAsync(uri, Guidance);
        // Published as the workspace loads (no version), or when opened if the load had not reached
        // it: the open text is the file's, so the same diagnostics are not sent twice.
        var published = await client.WaitForAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri);

        Assert.DoesNotContain(published["diagnostics"]!, d => (string?)d["code"] == "CDSL0401");
        await client.WaitForAsync("window/logMessage", p => ((string?)p["message"])!.Contains("pipe.coding: it is a FIFO (named pipe), not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_use_of_a_fifo_is_a_diagnostic_and_the_server_keeps_answering()
    {
        MakeFifo(Path.Combine(folder, "pipe.coding"));
        var uri = new Uri(Path.Combine(folder, "main.coding")).AbsoluteUri;

        await using var client = await LspTestClient.StartInitializedAsync(null, folder);
        await client.OpenAsync(uri, "use \"pipe.coding\"\n");
        var diagnostics = await client.WaitForDiagnosticsAsync(uri, 1);

        var refused = Assert.Single(diagnostics, d => (string?)d["code"] == "CDSL0601");
        Assert.Equal(0, (int)refused["range"]!["start"]!["line"]!);
        Assert.NotNull(await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = LspTestClient.Document(uri) }));
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start("mkfifo", [path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
