using System.Diagnostics;
using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Robustness;

/// <summary>
/// Issue 11, fault 1: one document's analysis never blocks the others or the protocol loop. A `use`
/// of a FIFO or of /dev/zero is refused at once (CDSL0601, only regular files are read), and a slow
/// analysis of one document leaves hover, completion, symbols and folding of the others answered.
/// </summary>
public sealed class AnalysisIsolationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-isolation-").FullName;

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
    }

    private string UriOf(string name) => new Uri(Path.Combine(folder, name)).AbsoluteUri;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Uses_of_a_fifo_and_of_dev_zero_are_refused_and_another_document_is_answered()
    {
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(folder, "pipe.coding")]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        await using var client = await LspTestClient.StartInitializedAsync(null, folder);
        var hostile = UriOf("hostile.coding");
        var other = UriOf("IPG327.coding");

        await client.OpenAsync(hostile, "use \"pipe.coding\"\nuse \"/dev/zero\"\n");
        await client.OpenAsync(other, Samples.Ipg327);
        var answers = await OtherDocumentRequestsAsync(client, other);
        var refused = await client.WaitForDiagnosticsAsync(hostile, 1);

        Assert.Equal(new[] { 0, 1 }, refused.Where(d => (string?)d["code"] == "CDSL0601").Select(d => (int)d["range"]!["start"]!["line"]!));
        AssertAnswered(answers);
    }

    [Fact]
    public async Task A_slow_analysis_of_one_document_does_not_hold_up_requests_on_another()
    {
        var gate = new TestHandlers.AnalysisGate();
        await using var client = await LspTestClient.StartInitializedAsync(null, null, TestHandlers.SlowAnalysisOf("slow.coding", gate));
        var slow = UriOf("slow.coding");
        var other = UriOf("IPG327.coding");
        // `bogus` is an error, which the edit below moves down a line: its new diagnostics are sent.
        await client.OpenAsync(slow, "guidance IPG1 \"t\" {\n  bogus\n}\n");
        await client.OpenAsync(other, Samples.Ipg327);
        await client.WaitForDiagnosticsAsync(other, 1);
        try
        {
            gate.Close();
            await client.ChangeAsync(slow, 2, LspTestClient.Replace(0, 0, 0, 0, "// slow from here on\n"));
            await gate.Waiting.Task.WaitAsync(LspTestClient.Patience);

            var answers = await OtherDocumentRequestsAsync(client, other);

            AssertAnswered(answers);
            Assert.DoesNotContain(client.Received, m => m.Method == "textDocument/publishDiagnostics" && (string?)m.Params["uri"] == slow && (int?)m.Params["version"] == 2);
        }
        finally
        {
            gate.Open(); // never leave the server's analysis held
        }
        Assert.NotEmpty(await client.WaitForDiagnosticsAsync(slow, 2));
    }

    [Fact]
    public async Task An_edit_to_another_document_is_published_while_one_document_is_slow()
    {
        var gate = new TestHandlers.AnalysisGate();
        await using var client = await LspTestClient.StartInitializedAsync(null, null, TestHandlers.SlowAnalysisOf("slow.coding", gate));
        var slow = UriOf("slow.coding");
        var other = UriOf("other.coding");
        await client.OpenAsync(slow, "guidance IPG1 \"t\" {\n  bogus\n}\n");
        await client.OpenAsync(other, "guidance IPG2 \"t\" {\n  procedure {\n    opcs J12.4\n  }\n}\n");
        await client.WaitForDiagnosticsAsync(other, 1);
        try
        {
            gate.Close();
            await client.ChangeAsync(slow, 2, LspTestClient.Replace(0, 0, 0, 0, "// slow from here on\n"));
            await gate.Waiting.Task.WaitAsync(LspTestClient.Patience);

            // A typo in the other document while the slow one's analysis is held: its error is published.
            await client.ChangeAsync(other, 2, LspTestClient.Replace(2, 9, 2, 14, "J12.X"));
            var published = await client.WaitForDiagnosticsAsync(other, 2);

            Assert.Contains(published, d => ((string?)d["message"])?.Contains("J12.X", StringComparison.Ordinal) == true);
            Assert.DoesNotContain(client.Received, m => m.Method == "textDocument/publishDiagnostics" && (string?)m.Params["uri"] == slow && (int?)m.Params["version"] == 2);
        }
        finally
        {
            gate.Open(); // never leave the server's analysis held
        }
        Assert.NotEmpty(await client.WaitForDiagnosticsAsync(slow, 2));
    }

    [Fact]
    public async Task Completion_after_an_edit_answers_from_the_edited_text_while_that_edits_analysis_is_held()
    {
        var gate = new TestHandlers.AnalysisGate();
        await using var client = await LspTestClient.StartInitializedAsync(null, null, TestHandlers.SlowAnalysisOf("slow.coding", gate));
        var slow = UriOf("slow.coding");
        await client.OpenAsync(slow, "guidance IPG1 \"t\" {\n  procedure {\n    opcs J12.4\n  }\n}\n");
        await client.WaitForDiagnosticsAsync(slow, 1);
        try
        {
            gate.Close();
            // The user types over the code: "J12.4" becomes "Y53." and asks for completion at once.
            await client.ChangeAsync(slow, 2, LspTestClient.Replace(2, 9, 2, 14, "Y53."));
            var completion = await client.RequestAsync("textDocument/completion", new JObject { ["textDocument"] = LspTestClient.Document(slow), ["position"] = LspTestClient.Position(2, 13) });
            await gate.Waiting.Task.WaitAsync(LspTestClient.Patience);

            Assert.NotEmpty(completion["items"]!);
            Assert.All(completion["items"]!, item => Assert.StartsWith("Y53.", (string?)item["label"], StringComparison.Ordinal));
            Assert.DoesNotContain(client.Received, m => m.Method == "textDocument/publishDiagnostics" && (string?)m.Params["uri"] == slow && (int?)m.Params["version"] == 2);
        }
        finally
        {
            gate.Open(); // never leave the server's analysis held
        }
        await client.WaitForDiagnosticsAsync(slow, 2);
    }

    [Fact]
    public async Task An_edit_is_published_while_the_background_analysis_of_a_workspace_file_is_slow()
    {
        // A file that is not open, analysed in the background as the workspace loads, and held there.
        File.WriteAllText(Path.Combine(folder, "slow.coding"), "guidance IPG1 \"t\" {\n  bogus\n}\n");
        var gate = new TestHandlers.AnalysisGate();
        gate.Close();
        try
        {
            await using var client = await LspTestClient.StartInitializedAsync(null, folder, TestHandlers.SlowAnalysisOf("slow.coding", gate));
            var open = UriOf("open.coding");
            await client.OpenAsync(open, "guidance IPG2 \"t\" {\n  procedure {\n    opcs J12.4\n  }\n}\n");
            await client.WaitForDiagnosticsAsync(open, 1);
            await gate.Waiting.Task.WaitAsync(LspTestClient.Patience);

            // A typo while the background batch is held: the edit's run does not wait for that batch.
            await client.ChangeAsync(open, 2, LspTestClient.Replace(2, 9, 2, 14, "J12.X"));
            var published = await client.WaitForDiagnosticsAsync(open, 2);

            Assert.Contains(published, d => ((string?)d["message"])?.Contains("J12.X", StringComparison.Ordinal) == true);
            gate.Open();
            Assert.NotEmpty(await client.WaitForDiagnosticsAsync(new Uri(Path.Combine(folder, "slow.coding")).AbsoluteUri, null));
        }
        finally
        {
            gate.Open(); // never leave the server's analysis held
        }
    }

    private static async Task<(JToken Hover, JToken Completion, JToken Symbols, JToken Folding)> OtherDocumentRequestsAsync(LspTestClient client, string uri)
    {
        var document = LspTestClient.Document(uri);
        var hover = await client.RequestAsync("textDocument/hover", new JObject { ["textDocument"] = document, ["position"] = LspTestClient.Position(7, 10) });
        var completion = await client.RequestAsync("textDocument/completion", new JObject { ["textDocument"] = document, ["position"] = LspTestClient.Position(7, 4) });
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = document });
        var folding = await client.RequestAsync("textDocument/foldingRange", new JObject { ["textDocument"] = document });
        return (hover, completion, symbols, folding);
    }

    private static void AssertAnswered((JToken Hover, JToken Completion, JToken Symbols, JToken Folding) answers)
    {
        Assert.Contains("J12.4", (string?)answers.Hover["contents"]!["value"]);
        Assert.NotEmpty(answers.Completion["items"]!);
        Assert.Contains("IPG327", (string?)Assert.Single(answers.Symbols)["name"]);
        Assert.NotEmpty(answers.Folding);
    }
}
