using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Completion;

public sealed class CompletionTests
{
    private const string Uri = "file:///work/rules/IPG327.coding";

    /// <summary>IPG327 with its J12.4 line replaced by what the user is typing; the cursor at its end.</summary>
    internal static async Task<(JToken List, string Text)> CompleteOnLine7Async(string typed, JObject? capabilities = null)
    {
        var lines = Samples.Ipg327.Split('\n');
        lines[7] = typed;
        var text = string.Join('\n', lines);
        await using var client = await LspTestClient.StartInitializedAsync(capabilities);
        await client.OpenAsync(Uri, text);
        var list = await client.RequestAsync("textDocument/completion", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["position"] = LspTestClient.Position(7, typed.Length),
        });
        return (list, text);
    }

    [Fact]
    public async Task After_opcs_J12_dot_the_codes_of_J12_are_offered_with_their_titles_and_insert_code_and_title()
    {
        var (list, text) = await CompleteOnLine7Async("    opcs J12.");

        var items = list["items"]!;
        var j124 = items.Single(i => (string?)i["label"] == "J12.4");
        Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", (string?)j124["detail"]);
        Assert.Equal(20, (int)j124["kind"]!);
        Assert.All(items, i => Assert.StartsWith("J12.", (string?)i["label"]));
        var applied = Edits.Apply(text, new JArray(j124["textEdit"]!));
        Assert.Equal("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"", applied.Split('\n')[7]);
    }

    [Theory]
    [InlineData("    opcs J12.")]
    [InlineData("    opcs liver abl")]
    [InlineData("    ")]
    public async Task A_client_that_shows_label_details_gets_a_title_or_kind_on_every_row(string typed)
    {
        var capabilities = JObject.Parse("""{ "textDocument": { "completion": { "completionItem": { "labelDetailsSupport": true } } } }""");

        var (list, _) = await CompleteOnLine7Async(typed, capabilities);

        var items = list["items"]!;
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty((string?)i["labelDetails"]?["description"]), $"{i["label"]} has a description"));
        if (typed.Contains("opcs", StringComparison.Ordinal))
        {
            var j124 = items.Single(i => (string?)i["label"] == "J12.4");
            Assert.Equal("Percutaneous radiofrequency ablation of lesion of liver", (string?)j124["labelDetails"]!["description"]);
            Assert.Equal((string?)j124["detail"], (string?)j124["labelDetails"]!["description"]);
        }
        else
        {
            Assert.Equal("keyword", (string?)items.Single(i => (string?)i["label"] == "opcs")["labelDetails"]!["description"]);
        }
    }

    [Fact]
    public async Task A_client_without_label_details_gets_none_and_the_title_as_detail()
    {
        var (list, _) = await CompleteOnLine7Async("    opcs J12.");

        Assert.All(list["items"]!, i => Assert.Null(i["labelDetails"]));
    }

    [Fact]
    public async Task Words_of_the_title_find_the_code_ranked_first()
    {
        var (list, _) = await CompleteOnLine7Async("    opcs liver abl");

        var first = list["items"]!.OrderBy(i => (string?)i["sortText"], StringComparer.Ordinal).First();
        Assert.Equal("J12.4", (string?)first["label"]);
        Assert.True((bool)list["isIncomplete"]!);
    }

    [Fact]
    public async Task In_a_section_keywords_and_facts_are_offered()
    {
        var (list, _) = await CompleteOnLine7Async("    ");

        var labels = list["items"]!.Select(i => (string?)i["label"]).ToArray();
        Assert.Contains("opcs", labels);
        Assert.Contains("image-guided", labels);
        Assert.Contains("snomed", labels);
    }

    [Fact]
    public async Task Snippets_are_marked_as_snippets()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "");

        var list = await client.RequestAsync("textDocument/completion", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["position"] = LspTestClient.Position(0, 0),
        });

        var snippets = list["items"]!.Where(i => (int)i["kind"]! == 15).ToArray();
        Assert.NotEmpty(snippets);
        Assert.All(snippets, s => Assert.Equal(2, (int)s["insertTextFormat"]!));
        Assert.Contains(list["items"]!, i => (string?)i["label"] == "guidance");
    }

    [Fact]
    public async Task The_list_carries_no_documentation_and_resolving_the_selected_item_adds_its_table_and_chapter()
    {
        var lines = Samples.Ipg327.Split('\n');
        lines[7] = "    opcs J12.";
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, string.Join('\n', lines));
        var request = new JObject { ["textDocument"] = LspTestClient.Document(Uri), ["position"] = LspTestClient.Position(7, lines[7].Length) };

        var list = await client.RequestAsync("textDocument/completion", request);
        var j124 = (JObject)list["items"]!.Single(i => (string?)i["label"] == "J12.4");
        Assert.All(list["items"]!, i => Assert.Null(i["documentation"]));

        var resolved = await client.RequestAsync("completionItem/resolve", j124);
        Assert.Equal("markdown", (string?)resolved["documentation"]!["kind"]);
        Assert.Equal("OPCS-4.10 (bundled) · chapter J: Other abdominal organs, principally digestive", (string?)resolved["documentation"]!["value"]);
        Assert.Equal((string?)j124["detail"], (string?)resolved["detail"]);
        Assert.Equal(j124["textEdit"]!.ToString(), resolved["textEdit"]!.ToString());
    }

    [Fact]
    public async Task An_item_of_a_replaced_list_resolves_unchanged()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.Ipg327);
        var request = new JObject { ["textDocument"] = LspTestClient.Document(Uri), ["position"] = LspTestClient.Position(0, 0) };
        var first = await client.RequestAsync("textDocument/completion", request);
        var keyword = (JObject)first["items"]!.First(i => i["data"] is not null);
        await client.RequestAsync("textDocument/completion", request);

        var resolved = await client.RequestAsync("completionItem/resolve", keyword);

        Assert.Null(resolved["documentation"]);
        Assert.Equal((string?)keyword["label"], (string?)resolved["label"]);
    }
}
