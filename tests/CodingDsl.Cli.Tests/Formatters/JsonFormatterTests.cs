using System.Text.Json.Nodes;
using CodingDsl.Cli.Output;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Formatters;

public class JsonFormatterTests
{
    private static JsonArray Output() =>
        JsonNode.Parse(SyntheticReport.Format(new JsonFormatter(), SyntheticReport.Report()))!.AsArray();

    [Fact]
    public void Is_an_array_of_reported_diagnostics_in_report_order()
    {
        var array = Output();

        Assert.Equal(["CDSL0208", "CDSL0103", "CDSL0201", "CDSL0203"], array.Select(d => (string)d!["code"]!));
        Assert.Equal(["a.coding", "samples/b.coding", "samples/b.coding", "samples/b.coding"], array.Select(d => (string)d!["file"]!));
        Assert.Equal(["info", "error", "error", "warning"], array.Select(d => (string)d!["severity"]!));
    }

    [Fact]
    public void Each_object_has_the_documented_fields_and_0_based_LSP_ranges()
    {
        var malformed = Output()[2]!.AsObject();

        Assert.Equal(["file", "code", "severity", "message", "range", "fixes"], malformed.Select(p => p.Key));
        Assert.Equal("Malformed OPCS-4 code 'j12.4': write 'J12.4'.", (string)malformed["message"]!);
        Assert.Equal(2, (int)malformed["range"]!["start"]!["line"]!);
        Assert.Equal(9, (int)malformed["range"]!["start"]!["character"]!);
        Assert.Equal(2, (int)malformed["range"]!["end"]!["line"]!);
        Assert.Equal(14, (int)malformed["range"]!["end"]!["character"]!);
    }

    [Fact]
    public void Fixes_carry_title_and_edits_with_ranges()
    {
        var fix = Output()[2]!["fixes"]!.AsArray().Single()!;

        Assert.Equal("Write J12.4", (string)fix["title"]!);
        var edit = fix["edits"]!.AsArray().Single()!;
        Assert.Equal("J12.4", (string)edit["newText"]!);
        Assert.Equal(9, (int)edit["range"]!["start"]!["character"]!);
        Assert.Equal(14, (int)edit["range"]!["end"]!["character"]!);
    }

    [Fact]
    public void Messages_keep_their_line_breaks_and_quotes()
    {
        var array = Output();

        Assert.Equal("Block not closed.\nAdd a '}' after the last line of the section.", (string)array[1]!["message"]!);
        Assert.Contains("\"Percutaneous", (string)array[3]!["message"]!);
    }

    [Fact]
    public void A_clean_check_is_an_empty_array()
    {
        Assert.Empty(JsonNode.Parse(SyntheticReport.Format(new JsonFormatter(), SyntheticReport.Clean(3)))!.AsArray());
    }
}
