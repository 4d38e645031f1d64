using System.Text.Json.Nodes;
using CodingDsl.Cli.Output;
using CodingDsl.Cli.Tests.Support;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using CodingDsl.Language.Workspace;

namespace CodingDsl.Cli.Tests.Formatters;

public class SarifFormatterTests
{
    private static JsonNode Sarif(CheckReport report) => JsonNode.Parse(SyntheticReport.Format(new SarifFormatter(), report))!;

    private static void AssertValid(JsonNode sarif)
    {
        var results = SarifSchema.Evaluate(sarif);
        Assert.True(results.IsValid, SarifSchema.DescribeErrors(results));
    }

    [Fact]
    public void Output_is_valid_against_the_official_SARIF_2_1_0_schema()
    {
        AssertValid(Sarif(SyntheticReport.Report()));
    }

    [Fact]
    public void A_clean_check_is_valid_SARIF_with_no_results()
    {
        var sarif = Sarif(SyntheticReport.Clean(2));

        AssertValid(sarif);
        Assert.Empty(sarif["runs"]![0]!["results"]!.AsArray());
    }

    [Fact]
    public void Log_names_version_schema_and_the_tool()
    {
        var sarif = Sarif(SyntheticReport.Report());
        var driver = sarif["runs"]![0]!["tool"]!["driver"]!;

        Assert.Equal("2.1.0", (string)sarif["version"]!);
        Assert.Equal(SarifFormatter.SchemaUri, (string)sarif["$schema"]!);
        Assert.Equal("codingdsl", (string)driver["name"]!);
        Assert.Equal(ToolInfo.Version, (string)driver["version"]!);
        Assert.StartsWith("https://", (string)driver["informationUri"]!);
    }

    [Fact]
    public void Rules_are_the_codes_used_with_catalogue_titles_help_links_and_default_levels()
    {
        var rules = Sarif(SyntheticReport.Report())["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();

        Assert.Equal(["CDSL0103", "CDSL0201", "CDSL0203", "CDSL0208"], rules.Select(r => (string)r!["id"]!));
        var malformed = rules[1]!;
        Assert.Equal(DiagnosticCatalog.MalformedCode.Title, (string)malformed["shortDescription"]!["text"]!);
        Assert.Equal("MalformedCode", (string)malformed["name"]!);
        Assert.EndsWith("docs/diagnostics.md#cdsl0201", (string)malformed["helpUri"]!);
        Assert.Equal("error", (string)malformed["defaultConfiguration"]!["level"]!);
        Assert.Equal("warning", (string)rules[2]!["defaultConfiguration"]!["level"]!);
        Assert.Equal("note", (string)rules[3]!["defaultConfiguration"]!["level"]!);
    }

    [Fact]
    public void Results_point_at_their_rule_with_level_message_and_a_1_based_region_relative_to_SRCROOT()
    {
        var run = Sarif(SyntheticReport.Report())["runs"]![0]!;
        var results = run["results"]!.AsArray();
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();

        Assert.Equal(["note", "error", "error", "warning"], results.Select(r => (string)r!["level"]!));
        foreach (var result in results)
        {
            Assert.Equal((string)result!["ruleId"]!, (string)rules[(int)result["ruleIndex"]!]!["id"]!);
        }

        var malformed = results[2]!;
        Assert.Equal("Malformed OPCS-4 code 'j12.4': write 'J12.4'.", (string)malformed["message"]!["text"]!);
        var location = malformed["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("samples/b.coding", (string)location["artifactLocation"]!["uri"]!);
        Assert.Equal("%SRCROOT%", (string)location["artifactLocation"]!["uriBaseId"]!);
        var region = location["region"]!;
        Assert.Equal([3, 10, 3, 15], new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(k => (int)region[k]!));
        Assert.EndsWith("/", (string)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!);
    }

    [Fact]
    public void Fixes_become_artifact_changes_with_replacements()
    {
        var fix = Sarif(SyntheticReport.Report())["runs"]![0]!["results"]![2]!["fixes"]!.AsArray().Single()!;

        Assert.Equal("Write J12.4", (string)fix["description"]!["text"]!);
        var change = fix["artifactChanges"]!.AsArray().Single()!;
        Assert.Equal("samples/b.coding", (string)change["artifactLocation"]!["uri"]!);
        var replacement = change["replacements"]!.AsArray().Single()!;
        Assert.Equal("J12.4", (string)replacement["insertedContent"]!["text"]!);
        Assert.Equal(10, (int)replacement["deletedRegion"]!["startColumn"]!);
        Assert.Equal(15, (int)replacement["deletedRegion"]!["endColumn"]!);
    }

    [Fact]
    public void Results_without_fixes_have_no_fixes_property()
    {
        Assert.Null(Sarif(SyntheticReport.Report())["runs"]![0]!["results"]![1]!["fixes"]);
    }

    [Fact]
    public void Files_outside_the_base_folder_get_absolute_file_URIs_and_awkward_names_are_escaped()
    {
        var outside = Path.GetFullPath(Path.Combine(SyntheticReport.Root, "..", "elsewhere", "x.coding"));
        var spaced = Path.Combine(SyntheticReport.Root, "my rules", "a#1.coding");
        var span = new TextSpan(0, 1);
        var report = CheckReport.Create(
            [
                new DocumentAnalysis(outside, new SourceText("x"), [new Diagnostic(DiagnosticCatalog.Find("CDSL0101")!, DiagnosticLevel.Error, span, "m")]),
                new DocumentAnalysis(spaced, new SourceText("x"), [new Diagnostic(new DiagnosticDescriptor("CDSL9999", "Not catalogued", DiagnosticLevel.Warning, "A code from a newer core.", "", ""), DiagnosticLevel.Warning, span, "not catalogued")]),
            ],
            new PathDisplay(SyntheticReport.Root));

        var sarif = Sarif(report);

        AssertValid(sarif);
        var locations = sarif["runs"]![0]!["results"]!.AsArray().Select(r => r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!).ToArray();
        Assert.Contains(locations, l => (string)l["uri"]! == new Uri(outside).AbsoluteUri && l["uriBaseId"] is null);
        Assert.Contains(locations, l => (string)l["uri"]! == "my%20rules/a%231.coding" && (string)l["uriBaseId"]! == "%SRCROOT%");
    }

    [Fact]
    public void Fixes_without_edits_and_repeated_fixes_are_left_out_so_the_log_stays_valid()
    {
        var span = new TextSpan(0, 1);
        var same = new CodeFix("Replace", [new TextEdit(span, "y")]);
        var report = CheckReport.Create(
            [new DocumentAnalysis(SyntheticReport.PathOfA, new SourceText("x"),
                [new Diagnostic(DiagnosticCatalog.Find("CDSL0201")!, DiagnosticLevel.Error, span, "m", [new CodeFix("Nothing to do", []), same, same with { }])])],
            new PathDisplay(SyntheticReport.Root));

        var sarif = Sarif(report);

        AssertValid(sarif);
        Assert.Single(sarif["runs"]![0]!["results"]![0]!["fixes"]!.AsArray());
    }
}
