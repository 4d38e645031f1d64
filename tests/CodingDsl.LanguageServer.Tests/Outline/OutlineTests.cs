using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Outline;

public sealed class OutlineTests : IDisposable
{
    private const string Uri = "file:///work/rules/IPG327.coding";

    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-lsp-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Describe(JToken symbol, int depth = 0) =>
        $"{new string(' ', depth * 2)}{symbol["name"]} [{symbol["kind"]}] {symbol["detail"]} @{symbol["selectionRange"]!["start"]!["line"]}:{symbol["selectionRange"]!["start"]!["character"]}\n" +
        string.Concat((symbol["children"] ?? new JArray()).Select(c => Describe(c, depth + 1)));

    [Fact]
    public async Task The_outline_is_guidance_then_sections_then_codes()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.Ipg327);

        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.Equal(
            """
            IPG327 [3] Radiofrequency ablation for colorectal liver metastases @1:9
              procedure [23]  @5:2
                snomed pending [14]  @6:11
                J12.4 [14] Percutaneous radiofrequency ablation of lesion of liver @7:9
                Y53.- [14] Approach to organ under image control @9:9
                Y68.- [14] Other approach to organ under image control @10:9
              diagnosis [23]  @15:2
                C78.7 [14] Secondary malignant neoplasm of liver and intrahepatic bile duct @16:10
                C18.- [14] Malignant neoplasm of colon @17:10

            """.ReplaceLineEndings("\n"),
            string.Concat(symbols.Select(s => Describe(s))));
        Assert.Equal(LspTestClient.Range(1, 0, 19, 1).ToString(), symbols[0]!["range"]!.ToString());
    }

    [Fact]
    public async Task Rules_sets_and_uses_are_in_the_outline()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "use \"lib.coding\"\nset my-imaging = opcs U21.-, Y53.4\nrule needs-imaging \"Imaging stated\" {\n  when image-guided\n  require has opcs my-imaging\n}\n");

        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.Equal(
            "lib.coding [1]  @0:4\nmy-imaging [18] opcs U21.-, Y53.4 @1:4\nneeds-imaging [12] Imaging stated @2:5\n",
            string.Concat(symbols.Select(s => Describe(s))));
    }

    [Fact]
    public async Task Folding_covers_blocks_runs_of_notes_and_comment_runs()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "// one\n// two\n" + Samples.Ipg327);

        var ranges = await client.RequestAsync("textDocument/foldingRange", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.Equal(
            new[] { "0-2 comment", "3-20 ", "7-14 ", "13-14 ", "17-19 " },
            ranges.Select(r => $"{r["startLine"]}-{r["endLine"]} {r["kind"]}"));
    }

    [Fact]
    public async Task Workspace_symbols_find_guidance_ids_across_the_workspace_files()
    {
        File.WriteAllText(Path.Combine(folder, "IPG327.coding"), Samples.Ipg327);
        File.WriteAllText(Path.Combine(folder, "IPG406.coding"), "guidance IPG406 \"Microwave ablation\" {\n  procedure {\n    case-by-case\n  }\n}\n");
        File.WriteAllText(Path.Combine(folder, "MTG12.coding"), "guidance MTG12 \"Something else\" {\n  procedure {\n    case-by-case\n  }\n}\n");
        await using var client = await LspTestClient.StartInitializedAsync(null, folder);

        // The workspace loads in the background and says so when it has.
        await client.WaitForAsync("window/logMessage", p => ((string?)p["message"])!.StartsWith("Loaded 3 rule files", StringComparison.Ordinal));
        var symbols = await client.RequestAsync("workspace/symbol", new JObject { ["query"] = "ipg" });

        Assert.Equal(
            new[] { "IPG327 Radiofrequency ablation for colorectal liver metastases IPG327.coding", "IPG406 Microwave ablation IPG406.coding" },
            symbols.Select(s => $"{s["name"]} {s["containerName"]} {Path.GetFileName((string)s["location"]!["uri"]!)}"));
    }
}
