using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Navigation;

public sealed class NavigationTests : IDisposable
{
    private const string Library = """
        set my-imaging = opcs U21.-, Y53.4
        rule needs-imaging "Imaging stated" {
          when image-guided
          require has opcs my-imaging
          severity warning
          message "State the imaging."
        }

        """;

    private const string Main = """
        use "lib.coding"
        rule other "Other" {
          require has opcs my-imaging or has opcs subsidiary
        }
        guidance IPG1 "x" {
          procedure {
            opcs J12.4 "Percutaneous radiofrequency ablation of lesion of liver" // codingdsl-disable-line needs-imaging
            opcs J12.4
          }
        }

        """;

    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-lsp-").FullName;

    public NavigationTests()
    {
        File.WriteAllText(Path.Combine(folder, "lib.coding"), Library.ReplaceLineEndings("\n"));
        File.WriteAllText(Path.Combine(folder, "main.coding"), Main.ReplaceLineEndings("\n"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string MainUri => new Uri(Path.Combine(folder, "main.coding")).AbsoluteUri;

    private string LibUri => new Uri(Path.Combine(folder, "lib.coding")).AbsoluteUri;

    private async Task<LspTestClient> StartAsync()
    {
        var client = await LspTestClient.StartInitializedAsync(null, folder);
        await client.WaitForAsync("window/logMessage", p => ((string?)p["message"])!.StartsWith("Loaded 2 rule files", StringComparison.Ordinal));
        await client.OpenAsync(MainUri, Main.ReplaceLineEndings("\n"));
        return client;
    }

    private static JObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = LspTestClient.Document(uri),
        ["position"] = LspTestClient.Position(line, character),
    };

    private string Describe(JToken location) =>
        $"{((string)location["uri"]! == MainUri ? "main" : (string)location["uri"]! == LibUri ? "lib" : location["uri"])} {location["range"]!["start"]!["line"]}:{location["range"]!["start"]!["character"]}-{location["range"]!["end"]!["character"]}";

    [Fact]
    public async Task Definition_of_a_set_used_in_a_condition_is_in_the_used_library()
    {
        await using var client = await StartAsync();

        var definition = await client.RequestAsync("textDocument/definition", At(MainUri, 2, 22));

        Assert.Equal("lib 0:4-14", Describe(Assert.Single(definition)));
    }

    [Fact]
    public async Task Definition_of_a_rule_named_in_a_suppression_comment_is_the_rule()
    {
        await using var client = await StartAsync();

        var definition = await client.RequestAsync("textDocument/definition", At(MainUri, 6, 100));

        Assert.Equal("lib 1:5-18", Describe(Assert.Single(definition)));
    }

    [Fact]
    public async Task Definition_of_a_use_path_is_the_file()
    {
        await using var client = await StartAsync();

        var definition = await client.RequestAsync("textDocument/definition", At(MainUri, 0, 8));

        Assert.Equal("lib 0:0-0", Describe(Assert.Single(definition)));
    }

    [Fact]
    public async Task References_of_a_set_span_the_workspace()
    {
        await using var client = await StartAsync();

        var references = await client.RequestAsync("textDocument/references", new JObject
        {
            ["textDocument"] = LspTestClient.Document(LibUri),
            ["position"] = LspTestClient.Position(0, 6),
            ["context"] = new JObject { ["includeDeclaration"] = true },
        });

        Assert.Equal(new[] { "main 2:19-29", "lib 0:4-14", "lib 3:19-29" }, references.Select(Describe).OrderBy(s => s.StartsWith("lib", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Renaming_a_set_edits_its_declaration_and_every_use_and_the_result_binds()
    {
        await using var client = await StartAsync();

        var prepare = await client.RequestAsync("textDocument/prepareRename", At(MainUri, 2, 22));
        var rename = await client.RequestAsync("textDocument/rename", new JObject
        {
            ["textDocument"] = LspTestClient.Document(MainUri),
            ["position"] = LspTestClient.Position(2, 22),
            ["newName"] = "stated-imaging",
        });

        Assert.Equal("my-imaging", (string?)prepare["placeholder"]);
        var newMain = Edits.Apply(Main.ReplaceLineEndings("\n"), rename["changes"]![MainUri]!);
        var newLib = Edits.Apply(Library.ReplaceLineEndings("\n"), rename["changes"]![LibUri]!);
        Assert.Equal("  require has opcs stated-imaging or has opcs subsidiary", newMain.Split('\n')[2]);
        Assert.StartsWith("set stated-imaging = opcs", newLib, StringComparison.Ordinal);
        Assert.Equal("  require has opcs stated-imaging", newLib.Split('\n')[3]);
    }

    [Fact]
    public async Task Renaming_to_a_keyword_or_a_malformed_name_is_refused_with_a_reason()
    {
        await using var client = await StartAsync();

        var keyword = await client.RequestErrorAsync("textDocument/rename", new JObject { ["textDocument"] = LspTestClient.Document(MainUri), ["position"] = LspTestClient.Position(2, 22), ["newName"] = "subsidiary" });
        var malformed = await client.RequestErrorAsync("textDocument/rename", new JObject { ["textDocument"] = LspTestClient.Document(MainUri), ["position"] = LspTestClient.Position(2, 22), ["newName"] = "2 words" });

        Assert.StartsWith("'subsidiary' is a word of the language", keyword.Message, StringComparison.Ordinal);
        Assert.StartsWith("'2 words'", malformed.Message, StringComparison.Ordinal);
        Assert.Equal(-32600, keyword.Code);
    }

    [Fact]
    public async Task Highlights_mark_the_declaration_as_write_and_uses_as_read()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(LibUri, Library.ReplaceLineEndings("\n"));

        var names = await client.RequestAsync("textDocument/documentHighlight", At(LibUri, 3, 22));

        Assert.Equal(new[] { "0:4 3", "3:19 2" }, names.Select(h => $"{h["range"]!["start"]!["line"]}:{h["range"]!["start"]!["character"]} {h["kind"]}"));
    }
}
