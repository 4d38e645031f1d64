using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.Hover;

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

    [Fact]
    public async Task Hovering_an_OPCS_code_shows_its_official_title_category_chapter_and_table()
    {
        var hover = await HoverAsync(Samples.Ipg327, 7, 10);

        Assert.Equal("markdown", (string?)hover["contents"]!["kind"]);
        Assert.Equal(
            "**J12.4** Percutaneous radiofrequency ablation of lesion of liver\n\nOPCS-4 · in category J12 Other therapeutic percutaneous operations on liver · chapter J: Other abdominal organs, principally digestive\n\n*OPCS-4.10 (bundled)*",
            (string?)hover["contents"]!["value"]);
        Assert.Equal(LspTestClient.Range(7, 9, 7, 14).ToString(), hover["range"]!.ToString());
    }

    [Fact]
    public async Task Hovering_a_subsidiary_category_says_it_is_subsidiary()
    {
        var hover = await HoverAsync(Samples.Ipg327, 9, 10);

        var value = (string?)hover["contents"]!["value"];
        Assert.StartsWith("**Y53** Approach to organ under image control\n\nOPCS-4 · category (", value);
        Assert.Contains("Subsidiary code (chapters Y and Z)", value);
    }

    [Fact]
    public async Task Hovering_an_ICD10_code_shows_its_title()
    {
        var hover = await HoverAsync(Samples.Ipg327, 16, 12);

        Assert.StartsWith("**C78.7** Secondary malignant neoplasm of liver and intrahepatic bile duct\n\nICD-10", (string?)hover["contents"]!["value"]);
    }

    [Fact]
    public async Task Hovering_a_SNOMED_id_says_whether_it_is_well_formed()
    {
        var text = Samples.Ipg327.Replace("snomed pending", "snomed 87628006 \"Bacterial infectious disease\"", StringComparison.Ordinal);

        var valid = await HoverAsync(text, 6, 12);
        var invalid = await HoverAsync(text.Replace("87628006", "87628007", StringComparison.Ordinal), 6, 12);

        Assert.Equal("**SNOMED CT 87628006**\n\nA well-formed concept id of the international release.", (string?)valid["contents"]!["value"]);
        Assert.Equal("**SNOMED CT 87628007**\n\nNot a valid SNOMED CT id (the check digit does not match: a typing slip?).", (string?)invalid["contents"]!["value"]);
    }

    [Fact]
    public async Task Hovering_a_set_name_lists_its_members_and_a_rule_name_shows_its_text()
    {
        var set = await HoverAsync(Library, 3, 25);
        var rule = await HoverAsync(Library, 1, 8);

        Assert.Equal("**set my-imaging** (OPCS-4)\n\nU21.-, Y53.4", (string?)set["contents"]!["value"]);
        Assert.Equal("**rule needs-imaging** — Imaging stated\n\nState the imaging.\n\nwarning CDSL0500 · from IPG327.coding", (string?)rule["contents"]!["value"]);
    }

    [Fact]
    public async Task Hovering_whitespace_or_outside_the_document_gives_null()
    {
        Assert.Equal(JTokenType.Null, (await HoverAsync(Samples.Ipg327, 4, 0)).Type);
        Assert.Equal(JTokenType.Null, (await HoverAsync(Samples.Ipg327, 400, 90)).Type);
    }
}
