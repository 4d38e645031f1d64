using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Formatting;

public sealed class FormattingTests
{
    private const string Uri = "file:///work/rules/IPG2.coding";

    // A tab, runs of spaces, trailing blanks and a wrongly indented line: valid but not canonical.
    private const string Messy = "guidance IPG2 \"t\" {\n\tsource   \"u\"\n      classifications opcs-4.10, icd-10-5   \n}\n";

    private const string Canonical = "guidance IPG2 \"t\" {\n  source \"u\"\n  classifications opcs-4.10, icd-10-5\n}\n";

    private static JObject Options(int tabSize = 2, bool insertSpaces = true) =>
        new() { ["tabSize"] = tabSize, ["insertSpaces"] = insertSpaces };

    private static string Describe(JToken edits) =>
        string.Concat(edits.Select(e =>
            $"{e["range"]!["start"]!["line"]}:{e["range"]!["start"]!["character"]}-{e["range"]!["end"]!["line"]}:{e["range"]!["end"]!["character"]} '{e["newText"]}'\n"));

    [Fact]
    public async Task Formatting_returns_minimal_edits_that_give_the_canonical_text()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Messy);

        var edits = await client.RequestAsync("textDocument/formatting", new JObject { ["textDocument"] = LspTestClient.Document(Uri), ["options"] = Options() });

        Assert.Equal(
            "1:0-1:1 '  '\n1:8-1:10 ''\n2:2-2:6 ''\n2:41-2:44 ''\n",
            Describe(edits));
        Assert.Equal(Canonical, Edits.Apply(Messy, edits));
    }

    [Fact]
    public async Task Formatting_honours_tab_size_and_tabs()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Messy);

        var edits = await client.RequestAsync("textDocument/formatting", new JObject { ["textDocument"] = LspTestClient.Document(Uri), ["options"] = Options(4, insertSpaces: false) });

        Assert.Equal(Canonical.Replace("\n  ", "\n\t"), Edits.Apply(Messy, edits));
    }

    [Fact]
    public async Task Range_formatting_touches_only_the_lines_of_its_range()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Messy);

        // Line 2 only (the selection ends at the start of line 3, which is not included).
        var edits = await client.RequestAsync("textDocument/rangeFormatting", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["range"] = LspTestClient.Range(2, 0, 3, 0),
            ["options"] = Options(),
        });

        Assert.Equal("2:2-2:6 ''\n2:41-2:44 ''\n", Describe(edits));
        Assert.Equal(
            "guidance IPG2 \"t\" {\n\tsource   \"u\"\n  classifications opcs-4.10, icd-10-5\n}\n",
            Edits.Apply(Messy, edits));
    }

    [Fact]
    public async Task A_document_with_a_syntax_error_gets_no_edits_and_the_reason_is_logged()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "guidance IPG2 \"t\" {\n\tsource   \n}\n");

        var edits = await client.RequestAsync("textDocument/formatting", new JObject { ["textDocument"] = LspTestClient.Document(Uri), ["options"] = Options() });

        Assert.Empty(edits);
        var log = await client.WaitForAsync("window/logMessage", p => ((string?)p["message"] ?? "").Contains("Not formatted"));
        Assert.Contains("syntax error", (string)log["message"]!);
        Assert.StartsWith(Uri, (string)log["message"]!);
    }
}
