using System.Text;
using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Documents;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Robustness;

/// <summary>Issue 11, fault 12: a huge document is kept as text but not analysed, and the user is told.</summary>
public sealed class DocumentSizeLimitTests
{
    private static string Huge()
    {
        var line = "guidance IPG1 \"t\" {\n  bogus\n}\n";
        var builder = new StringBuilder(DocumentStore.DefaultMaxDocumentLength + 2 * line.Length);
        while (builder.Length <= DocumentStore.DefaultMaxDocumentLength)
        {
            builder.Append(line);
        }
        return builder.ToString();
    }

    [Fact]
    public async Task A_document_past_the_limit_is_not_analysed_the_user_is_told_and_other_documents_are()
    {
        await using var client = await LspTestClient.StartInitializedAsync();

        await client.OpenAsync("file:///size/huge.coding", Huge());
        var notice = await client.WaitForAsync("window/showMessage");
        var hugeDiagnostics = await client.WaitForDiagnosticsAsync("file:///size/huge.coding", 1);
        await client.OpenAsync("file:///size/small.coding", "guidance IPG2 \"t\" {\n  bogus\n}\n");
        var smallDiagnostics = await client.WaitForDiagnosticsAsync("file:///size/small.coding", 1);
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = LspTestClient.Document("file:///size/huge.coding") });

        Assert.Equal(2, (int?)notice["type"]);
        Assert.Contains("huge.coding is 4,194,", (string?)notice["message"]);
        Assert.Contains("it is not analysed", (string?)notice["message"]);
        Assert.Empty(hugeDiagnostics);
        Assert.Empty(Assert.IsType<JArray>(symbols));
        Assert.NotEmpty(smallDiagnostics);
    }

    [Fact]
    public async Task Edits_that_bring_a_document_under_the_limit_analyse_it_again()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var huge = Huge();
        await client.OpenAsync("file:///size/shrinks.coding", huge);
        await client.WaitForAsync("window/showMessage");

        var lines = huge.Count(c => c == '\n');
        await client.ChangeAsync("file:///size/shrinks.coding", 2, LspTestClient.Replace(3, 0, lines, 0, ""));
        var diagnostics = await client.WaitForDiagnosticsAsync("file:///size/shrinks.coding", 2);

        Assert.NotEmpty(diagnostics); // `bogus` in the first guidance, analysed again
    }
}
