using Newtonsoft.Json.Linq;
using CodingDsl.LanguageServer.Tests.Infrastructure;

namespace CodingDsl.LanguageServer.Tests.CodeActions;

public sealed class CodeActionTests
{
    private const string Uri = "file:///work/rules/IPG327.coding";

    private static async Task<(LspTestClient Client, JToken Diagnostic)> OpenWithoutImageControlAsync(string text)
    {
        var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, text);
        await client.ChangeAsync(Uri, 2, LspTestClient.Replace(9, 0, 11, 0, ""));
        var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 2);
        return (client, diagnostics.Single(d => (string?)d["code"] == "CDSL0501"));
    }

    private static Task<JToken> CodeActionsAsync(LspTestClient client, JToken range, JArray diagnostics, params string[] only)
    {
        var context = new JObject { ["diagnostics"] = diagnostics };
        if (only.Length > 0)
        {
            context["only"] = new JArray(only);
        }
        return client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = LspTestClient.Document(Uri),
            ["range"] = range,
            ["context"] = context,
        });
    }

    private static string Without(string text, int firstLine, int lineCount)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveRange(firstLine, lineCount);
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task The_image_control_quick_fix_adds_the_Y53_Y68_line_and_the_file_is_clean_again()
    {
        var text = Without(Samples.Ipg327, 9, 2);
        var (client, diagnostic) = await OpenWithoutImageControlAsync(Samples.Ipg327);
        await using var _ = client;

        var actions = await CodeActionsAsync(client, diagnostic["range"]!, new JArray(diagnostic));

        Assert.Equal(
            new[] { "quickfix True", "quickfix " },
            actions.Select(a => $"{a["kind"]} {a["isPreferred"]}"));
        var fix = actions[0]!;
        Assert.Equal(diagnostic.ToString(), fix["diagnostics"]![0]!.ToString());
        var edits = fix["edit"]!["changes"]![Uri]!;
        var fixedText = Edits.Apply(text, edits);
        Assert.Contains("opcs Y53.- \"Approach to organ under image control\"", fixedText);

        await client.ChangeAsync(Uri, 3, Edits.AsContentChanges(edits));
        var after = await client.WaitForDiagnosticsAsync(Uri, 3);
        Assert.Equal(new[] { "CDSL0304" }, after.Select(d => (string?)d["code"]));
    }

    [Fact]
    public async Task Suppressing_on_a_line_without_a_comment_appends_a_disable_line_comment()
    {
        var text = Without(Samples.Ipg327, 9, 2);
        var (client, diagnostic) = await OpenWithoutImageControlAsync(Samples.Ipg327);
        await using var _ = client;

        var actions = await CodeActionsAsync(client, diagnostic["range"]!, new JArray(diagnostic));
        var suppress = actions.Single(a => (string?)a["title"] == "Silence CDSL0501 on this line");
        var edits = suppress["edit"]!["changes"]![Uri]!;
        await client.ChangeAsync(Uri, 3, Edits.AsContentChanges(edits));

        var line = Edits.Apply(text, edits).Split('\n')[(int)diagnostic["range"]!["start"]!["line"]!];
        Assert.EndsWith("\"Percutaneous radiofrequency ablation of lesion of liver\" // codingdsl-disable-line CDSL0501", line);
        Assert.Equal(new[] { "CDSL0304" }, (await client.WaitForDiagnosticsAsync(Uri, 3)).Select(d => (string?)d["code"]));
    }

    [Fact]
    public async Task Suppressing_on_a_line_that_ends_in_a_comment_adds_a_disable_next_line_comment_above_it()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, Samples.Ipg327);
        var pending = (await client.WaitForDiagnosticsAsync(Uri, 1)).Single();

        var actions = await CodeActionsAsync(client, pending["range"]!, new JArray(pending));
        var edits = actions.Single(a => (string?)a["title"] == "Silence CDSL0304 on this line")["edit"]!["changes"]![Uri]!;
        await client.ChangeAsync(Uri, 2, Edits.AsContentChanges(edits));

        var lines = Edits.Apply(Samples.Ipg327, edits).Split('\n');
        Assert.Equal("    // codingdsl-disable-next-line CDSL0304", lines[6]);
        Assert.StartsWith("    snomed pending", lines[7]);
        Assert.Empty(await client.WaitForDiagnosticsAsync(Uri, 2));
    }

    [Fact]
    public async Task Suppressing_a_second_code_on_a_line_adds_it_to_the_existing_directive()
    {
        var text = Samples.Ipg327.Replace("    opcs J12.4 \"Percutaneous radiofrequency ablation of lesion of liver\"", "    opcs J12.4 \"Percutaneous RFA of liver\" // codingdsl-disable-line CDSL0203", StringComparison.Ordinal);
        var (client, diagnostic) = await OpenWithoutImageControlAsync(text);
        await using var _ = client;

        var actions = await CodeActionsAsync(client, diagnostic["range"]!, new JArray(diagnostic));
        var edits = actions.Single(a => (string?)a["title"] == "Silence CDSL0501 on this line")["edit"]!["changes"]![Uri]!;
        await client.ChangeAsync(Uri, 3, Edits.AsContentChanges(edits));

        var line = Edits.Apply(Without(text, 9, 2), edits).Split('\n')[7];
        Assert.Equal("    opcs J12.4 \"Percutaneous RFA of liver\" // codingdsl-disable-line CDSL0203 CDSL0501", line);
        Assert.Equal(new[] { "CDSL0304" }, (await client.WaitForDiagnosticsAsync(Uri, 3)).Select(d => (string?)d["code"]));
    }

    [Fact]
    public async Task Fix_all_applies_every_preferred_fix_in_the_file()
    {
        var text = Samples.Ipg327
            .Replace("\"Percutaneous radiofrequency ablation of lesion of liver\"", "\"Percutaneous RFA of liver\"", StringComparison.Ordinal)
            .Replace("icd10 C78.7", "icd10 c78.7", StringComparison.Ordinal);
        var (client, _) = await OpenWithoutImageControlAsync(text);
        await using var __ = client;
        var before = await client.WaitForDiagnosticsAsync(Uri, 2);

        var actions = await CodeActionsAsync(client, LspTestClient.Range(0, 0, 0, 0), new JArray(), "source.fixAll");
        var fixAll = Assert.Single(actions);
        Assert.Equal("source.fixAll", (string?)fixAll["kind"]);
        var edits = fixAll["edit"]!["changes"]![Uri]!;
        await client.ChangeAsync(Uri, 3, Edits.AsContentChanges(edits));

        Assert.Equal(new[] { "CDSL0304", "CDSL0501", "CDSL0203", "CDSL0201" }, before.Select(d => (string?)d["code"]));
        Assert.Equal(new[] { "CDSL0304" }, (await client.WaitForDiagnosticsAsync(Uri, 3)).Select(d => (string?)d["code"]));
    }

    [Fact]
    public async Task Source_actions_are_offered_only_when_asked_for_and_quick_fixes_only_under_the_range()
    {
        var (client, _) = await OpenWithoutImageControlAsync(Samples.Ipg327);
        await using var __ = client;

        var elsewhere = await CodeActionsAsync(client, LspTestClient.Range(1, 0, 1, 0), new JArray());
        var onlySource = await CodeActionsAsync(client, LspTestClient.Range(7, 4, 7, 4), new JArray(), "source");

        Assert.Empty(elsewhere);
        Assert.Equal(new[] { "source.fixAll" }, onlySource.Select(a => (string?)a["kind"]));
    }
}
