using System.Diagnostics;
using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Completion;

/// <summary>
/// Completion, folding and formatting answer from the current parse while the document's analysis is
/// still running: typing must not wait for binding and rule checks. The analysis is held up for real:
/// the document `use`s a named pipe, whose read blocks until the test writes the library into it.
/// </summary>
public sealed class SyntaxOnlyRequestTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "codingdsl-slow-" + Guid.NewGuid().ToString("N"));

    public SyntaxOnlyRequestTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Completion_folding_and_formatting_answer_while_the_analysis_waits_for_a_used_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Named pipes in the file system (mkfifo) are a Unix feature; the test needs one to hold the analysis.
        }
        var pipe = Path.Combine(folder, "slow-library.rules");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        var uri = new Uri(Path.Combine(folder, "IPG327.coding")).AbsoluteUri;
        var lines = Samples.Ipg327.Split('\n').ToList();
        lines.Insert(0, "use \"slow-library.rules\"");
        lines[8] = "    opcs J12.";
        var text = string.Join('\n', lines);

        await using var client = await LspTestClient.StartInitializedAsync();
        var released = false;
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

            await File.WriteAllTextAsync(pipe, "set slow-codes = opcs Y53.-\n");
            released = true;
            // Then the analysis finishes with the library read (no CDSL0403 "used file not found"): the
            // half-typed J12. is malformed, and only that is said (the Y codes after it are not "alone":
            // a main code is there, half typed); SNOMED pending is the usual info.
            var diagnostics = await client.WaitForDiagnosticsAsync(uri, 1);
            Assert.Equal(
                new[] { "CDSL0304@7", "CDSL0201@8" },
                diagnostics.Select(d => $"{d["code"]}@{d["range"]!["start"]!["line"]}"));
        }
        finally
        {
            if (!released)
            {
                // Never leave the server's analysis blocked on the pipe.
                await File.WriteAllTextAsync(pipe, string.Empty);
            }
        }
    }
}
