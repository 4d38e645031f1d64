using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.SemanticTokens;

public sealed class SemanticTokensTests
{
    private const string Uri = "file:///work/rules/IPG327.coding";

    /// <summary>Decodes the relative encoding into "line:char len type[+modifiers]" using the advertised legend.</summary>
    private static List<string> Decode(JToken result, JToken legend)
    {
        var types = legend["tokenTypes"]!.Select(t => (string)t!).ToArray();
        var modifiers = legend["tokenModifiers"]!.Select(t => (string)t!).ToArray();
        var data = result["data"]!.Select(d => (int)d).ToArray();
        var decoded = new List<string>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            var mods = Enumerable.Range(0, modifiers.Length).Where(b => (data[i + 4] & (1 << b)) != 0).Select(b => "+" + modifiers[b]);
            decoded.Add($"{line}:{character} {data[i + 2]} {types[data[i + 3]]}{string.Concat(mods)}");
        }
        return decoded;
    }

    [Fact]
    public async Task Full_tokens_distinguish_code_systems_categories_keywords_and_strings()
    {
        await using var client = LspTestClient.Start();
        var init = await client.InitializeAsync();
        await client.OpenAsync(Uri, Samples.Ipg327);

        var result = await client.RequestAsync("textDocument/semanticTokens/full", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });
        var tokens = Decode(result, init["capabilities"]!["semanticTokensProvider"]!["legend"]!);

        Assert.Equal("0:0 86 comment", tokens[0]);
        Assert.Equal(new[] { "1:0 8 keyword", "1:9 6 guidanceId+declaration", "1:16 57 string" }, tokens.Where(t => t.StartsWith("1:", StringComparison.Ordinal)));
        Assert.Equal(new[] { "6:4 6 keyword", "6:11 7 keyword", "6:49 27 comment" }, tokens.Where(t => t.StartsWith("6:", StringComparison.Ordinal)));
        Assert.Equal(new[] { "7:4 4 keyword", "7:9 5 opcsCode", "7:15 57 string" }, tokens.Where(t => t.StartsWith("7:", StringComparison.Ordinal)));
        Assert.Equal("8:4 12 fact", tokens.First(t => t.StartsWith("8:", StringComparison.Ordinal)));
        Assert.Equal(new[] { "10:6 2 operator", "10:9 5 category+opcs", "10:15 45 string" }, tokens.Where(t => t.StartsWith("10:", StringComparison.Ordinal)));
        Assert.Equal(new[] { "16:4 5 keyword", "16:10 5 icd10Code", "16:16 66 string" }, tokens.Where(t => t.StartsWith("16:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Range_tokens_are_only_those_in_the_range_encoded_from_the_document_start()
    {
        await using var client = LspTestClient.Start();
        var init = await client.InitializeAsync();
        await client.OpenAsync(Uri, Samples.Ipg327);

        var result = await client.RequestAsync("textDocument/semanticTokens/range", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["range"] = LspTestClient.Range(7, 0, 7, 200),
        });

        Assert.Equal(new[] { "7:4 4 keyword", "7:9 5 opcsCode", "7:15 57 string" }, Decode(result, init["capabilities"]!["semanticTokensProvider"]!["legend"]!));
    }

    [Fact]
    public async Task Rule_and_set_names_are_declarations_and_references()
    {
        await using var client = LspTestClient.Start();
        var init = await client.InitializeAsync();
        await client.OpenAsync(Uri, "set my-imaging = opcs U21.-, Y53.4\nrule r \"t\" {\n  require has opcs my-imaging or first opcs subsidiary\n}\n");

        var result = await client.RequestAsync("textDocument/semanticTokens/full", new JObject { ["textDocument"] = LspTestClient.Document(Uri) });

        Assert.Equal(
            new[]
            {
                "0:0 3 keyword", "0:4 10 setName+declaration", "0:17 4 keyword", "0:22 5 category+opcs", "0:29 5 opcsCode",
                "1:0 4 keyword", "1:5 1 ruleName+declaration", "1:7 3 string",
                "2:2 7 keyword", "2:10 3 keyword", "2:14 4 keyword", "2:19 10 setName", "2:30 2 operator", "2:33 5 keyword", "2:39 4 keyword", "2:44 10 setName+defaultLibrary",
            },
            Decode(result, init["capabilities"]!["semanticTokensProvider"]!["legend"]!));
    }
}
