using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Completion;

/// <summary>
/// Completion, folding and formatting answer from the current parse while the document's analysis is
/// still running: typing must not wait for binding and rule checks. The analysis is held up for real
/// by a test handler that keeps it waiting until the test lets it go. (It used to be held by a `use`
/// of a FIFO; since only regular files are read, such a `use` is refused at once: docs/security.md.)
/// </summary>
public sealed class SyntaxOnlyRequestTests
{
    [Fact]
    public async Task Completion_folding_and_formatting_answer_while_the_analysis_is_held()
    {
        var uri = new Uri(Path.Combine(Path.GetTempPath(), "codingdsl-held", "IPG327.coding")).AbsoluteUri;
        var lines = Samples.Ipg327.Split('\n').ToList();
        lines.Insert(0, "// the analysis of this document is held by the test");
        lines[8] = "    opcs J12.";
        var text = string.Join('\n', lines);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using var client = await LspTestClient.StartInitializedAsync(null, null, TestHandlers.HoldingAnalysis(release.Task));
        try
        {
            await client.OpenAsync(uri, text);

            var completion = await client.RequestAsync("textDocument/completion", new JObject
            {
                ["textDocument"] = LspTestClient.Document(uri),
                ["position"] = LspTestClient.Position(8, "    opcs J12.".Length),
            });
            var folding = await client.RequestAsync("textDocument/foldingRange", new JObject { ["textDocument"] = LspTestClient.Document(uri) });
            var formatting = await client.RequestAsync("textDocument/formatting", new JObject
            {
                ["textDocument"] = LspTestClient.Document(uri),
                ["options"] = new JObject { ["tabSize"] = 2, ["insertSpaces"] = true },
            });

            // Answered, and the analysis has not finished: no diagnostics yet.
            Assert.Contains(completion["items"]!, i => (string?)i["label"] == "J12.4");
            Assert.Contains(folding, r => (int)r["startLine"]! == 2); // the guidance block
            Assert.Contains(folding, r => (int)r["startLine"]! == 6); // its procedure section
            Assert.NotNull(formatting as JArray);
            Assert.DoesNotContain(client.Received, m => m.Method == "textDocument/publishDiagnostics");

            release.SetResult();
            // Then the analysis finishes: the half-typed J12. is malformed, and only that is said (the
            // Y codes after it are not "alone": a main code is there, half typed); SNOMED pending is the usual info.
            var diagnostics = await client.WaitForDiagnosticsAsync(uri, 1);
            Assert.Equal(
                new[] { "CDSL0304@7", "CDSL0201@8" },
                diagnostics.Select(d => $"{d["code"]}@{d["range"]!["start"]!["line"]}"));
        }
        finally
        {
            // Never leave the server's analysis held.
            release.TrySetResult();
        }
    }
}
