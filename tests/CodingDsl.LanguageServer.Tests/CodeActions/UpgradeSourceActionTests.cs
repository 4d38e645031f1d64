using Newtonsoft.Json.Linq;
using CodingDsl.Language.Tests;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.CodeActions;

/// <summary>
/// With OPCS-4.10 and the OPCS-4.11 fixture configured side by side, the Source Action menu offers
/// "Upgrade this file to OPCS-4.11" (source.upgrade.codingdsl), and hover shows the releases view.
/// </summary>
public sealed class UpgradeSourceActionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("codingdsl-lsp-releases-").FullName;

    public UpgradeSourceActionTests() => ReleaseFixture.WriteConfiguration(folder, "2022-04-01", "2026-04-01");

    private string Uri => new Uri(Path.Combine(folder, "IPG405.coding")).AbsoluteUri;

    private static readonly string Text = File.ReadAllText(Path.Combine(RepoPaths.Samples, "IPG405.coding"));

    [Fact]
    public async Task The_upgrade_source_action_rewrites_the_file_for_OPCS_4_11_and_leaves_comments_alone()
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, folder);
        await client.OpenAsync(Uri, Text);
        await client.WaitForDiagnosticsAsync(Uri, 1);

        var actions = await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["range"] = LspTestClient.Range(0, 0, 0, 0),
            ["context"] = new JObject { ["diagnostics"] = new JArray(), ["only"] = new JArray("source") },
        });

        var upgrade = Assert.Single(actions, a => (string?)a["kind"] == "source.upgrade.codingdsl");
        Assert.Equal("Upgrade this file to OPCS-4.11", (string?)upgrade["title"]);
        var upgraded = Edits.Apply(Text, upgrade["edit"]!["changes"]![Uri]!);
        Assert.Contains("classifications opcs-4.11", upgraded);
        Assert.Contains("\"Percutaneous endoscopic cryoablation of lesion of kidney\"", upgraded);
        Assert.Equal(Text.Split("//").Length, upgraded.Split("//").Length);
    }

    [Fact]
    public async Task Hover_on_a_code_shows_it_in_every_configured_release()
    {
        await using var client = await LspTestClient.StartInitializedAsync(null, folder);
        await client.OpenAsync(Uri, Text);
        await client.WaitForDiagnosticsAsync(Uri, 1);
        var (line, character) = Find(Text, "M10.4");

        var hover = await client.RequestAsync("textDocument/hover", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["position"] = new JObject { ["line"] = line, ["character"] = character + 1 },
        });

        var markdown = (string)hover["contents"]!["value"]!;
        Assert.Contains("| OPCS-4.10 (OPCS410 CodesAndTitles.txt) | 2022-04-01 | in this release | Endoscopic cryoablation of lesion of kidney |", markdown);
        Assert.Contains("| OPCS-4.11 (opcs-4.11-fixture.txt) | 2026-04-01 | in this release | Percutaneous endoscopic cryoablation of lesion of kidney |", markdown);
    }

    private static (int Line, int Character) Find(string text, string word)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(word, StringComparison.Ordinal));
        return (line, lines[line].IndexOf(word, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
