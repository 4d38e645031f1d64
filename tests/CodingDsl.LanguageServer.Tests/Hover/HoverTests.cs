using Newtonsoft.Json.Linq;
using CodingDsl.Language.Services;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Hover;

/// <summary>Hover maps the core's HoverService to LSP: the same Markdown, its span as the range.</summary>
public sealed class HoverTests
{
    private const string Uri = "file:///work/rules/IPG327.coding";

    private const string Library = """
        set my-imaging = opcs U21.-, Y53.4
        rule needs-imaging "Imaging stated" {
          when image-guided
          require has opcs my-imaging
          severity warning
          message "State the imaging."
        }
        """;

    private static async Task<JToken> HoverAsync(string text, int line, int character)
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, text);
        return await client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["position"] = LspTestClient.Position(line, character),
        });
    }

    /// <summary>What the core says for the same text and position.</summary>
    private static (string Markdown, JObject Range) CoreHover(string text, int line, int character)
    {
        var analysis = WorkspaceAnalyzer.Analyze([new DocumentInput("/work/rules/IPG327.coding", text)])[0];
        var hover = HoverService.GetHover(analysis, analysis.Text.GetOffset(new LinePosition(line, character)))!;
        var range = analysis.Text.GetRange(hover.Span);
        return (hover.Markdown, LspTestClient.Range(range.Start.Line, range.Start.Character, range.End.Line, range.End.Character));
    }

    [Theory]
    [InlineData(7, 10, "Percutaneous radiofrequency ablation of lesion of liver")]   // J12.4
    [InlineData(9, 10, "Approach to organ under image control")]                     // Y53.-
    [InlineData(16, 12, "Secondary malignant neoplasm of liver and intrahepatic bile duct")] // C78.7
    public async Task Hovering_a_code_shows_the_cores_hover_with_its_official_title(int line, int character, string officialTitle)
    {
        var hover = await HoverAsync(Samples.Ipg327, line, character);

        var (markdown, range) = CoreHover(Samples.Ipg327, line, character);
        Assert.Equal("markdown", (string?)hover["contents"]!["kind"]);
        Assert.Equal(markdown, (string?)hover["contents"]!["value"]);
        Assert.Equal(range.ToString(), hover["range"]!.ToString());
        Assert.Contains(officialTitle, markdown);
    }

    [Fact]
    public async Task Hovering_J12_4_gives_exactly_its_code_word_as_the_range()
    {
        var hover = await HoverAsync(Samples.Ipg327, 7, 10);

        Assert.Equal(LspTestClient.Range(7, 9, 7, 14).ToString(), hover["range"]!.ToString());
        Assert.StartsWith("**J12.4** Percutaneous radiofrequency ablation of lesion of liver", (string?)hover["contents"]!["value"]);
    }

    [Fact]
    public async Task Hovering_a_SNOMED_id_says_whether_it_is_well_formed()
    {
        var text = Samples.Ipg327.Replace("snomed pending", "snomed 87628006 \"Bacterial infectious disease\"", StringComparison.Ordinal);
        var wrong = text.Replace("87628006", "87628007", StringComparison.Ordinal);

        var valid = await HoverAsync(text, 6, 12);
        var invalid = await HoverAsync(wrong, 6, 12);

        Assert.Equal(CoreHover(text, 6, 12).Markdown, (string?)valid["contents"]!["value"]);
        Assert.Equal(CoreHover(wrong, 6, 12).Markdown, (string?)invalid["contents"]!["value"]);
        Assert.NotEqual((string?)valid["contents"]!["value"], (string?)invalid["contents"]!["value"]);
    }

    [Theory]
    [InlineData(3, 25)] // a set used in a condition
    [InlineData(1, 8)]  // a rule's name
    public async Task Hovering_set_and_rule_names_shows_the_cores_hover(int line, int character)
    {
        var hover = await HoverAsync(Library, line, character);

        Assert.Equal(CoreHover(Library, line, character).Markdown, (string?)hover["contents"]!["value"]);
    }

    [Fact]
    public async Task Hovering_whitespace_or_outside_the_document_gives_null()
    {
        Assert.Equal(JTokenType.Null, (await HoverAsync(Samples.Ipg327, 4, 0)).Type);
        Assert.Equal(JTokenType.Null, (await HoverAsync(Samples.Ipg327, 400, 90)).Type);
    }
}
