using System.Text.Json.Nodes;
using CodingDsl.Export.Diff;
using CodingDsl.Export.Tests.Support;
using Json.Schema;

namespace CodingDsl.Export.Tests.Diff;

public sealed class DiffJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Repo.Root, "docs", "schema", "diff.schema.json"))));

    private static readonly Lock Gate = new();

    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(Path.Combine(Repo.Root, "tests", "cases", "diff")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_json_of_every_case_is_valid_against_the_published_schema(string name)
    {
        var json = Json(DiffCaseTests.CaseReport(Path.Combine(Repo.Root, "tests", "cases", "diff", name)));

        EvaluationResults results;
        lock (Gate)
        {
            results = Schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }
        Assert.True(results.IsValid, CompiledSchema.DescribeErrors(results) + "\n" + json);
    }

    [Fact]
    public void The_json_names_what_was_added_where_and_says_the_meaning_changed()
    {
        var report = DiffCaseTests.CaseReport(Path.Combine(Repo.Root, "tests", "cases", "diff", "codes"));

        var root = JsonNode.Parse(Json(report))!;

        Assert.True((bool)root["changed"]!);
        var guidance = root["guidances"]![0]!;
        Assert.Equal("IPG327", (string?)guidance["name"]);
        var alternative = guidance["changes"]!.AsArray().Single(c => (string?)c!["aspect"] == "alternative")!;
        Assert.Equal("added", (string?)alternative["status"]);
        Assert.Equal("opcs Y70.3 \"First stage of staged operations NOC\"", (string?)alternative["after"]);
        Assert.Equal(9, (int)alternative["head"]!["line"]!);
        Assert.Null(alternative["before"]);
    }

    private static string Json(DiffReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        DiffJsonWriter.Write(report, writer);
        return writer.ToString();
    }
}
