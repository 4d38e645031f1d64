using System.Text.Json.Nodes;
using CodingDsl.Cli.Output;
using CodingDsl.Cli.Tests.Support;

namespace CodingDsl.Cli.Tests.Formatters;

/// <summary>
/// The schema check is only worth something if it can fail: each case breaks a valid log in one place
/// (at the top, deep behind $refs, a format) and the validator must reject it.
/// </summary>
public class SarifSchemaTests
{
    private static JsonNode ValidLog() => JsonNode.Parse(SyntheticReport.Format(new SarifFormatter(), SyntheticReport.Report()))!;

    public static TheoryData<string> Breakages() => new()
    {
        "wrong version",
        "unknown top-level property",
        "result level not in the enum",
        "region line 0",
        "help URI not a URI",
        "message without text",
        "fix with no replacements",
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_log_is_rejected(string breakage)
    {
        var log = ValidLog();
        var result = log["runs"]![0]!["results"]![2]!;
        switch (breakage)
        {
            case "wrong version": log["version"] = "2.0.0"; break;
            case "unknown top-level property": log["extra"] = true; break;
            case "result level not in the enum": result["level"] = "fatal"; break;
            case "region line 0": result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0; break;
            case "help URI not a URI": log["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["helpUri"] = "not a uri"; break;
            case "message without text": result["message"] = new JsonObject(); break;
            case "fix with no replacements": result["fixes"]![0]!["artifactChanges"]![0]!["replacements"] = new JsonArray(); break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage));
        }

        Assert.False(SarifSchema.Evaluate(log).IsValid, $"'{breakage}' should make the log invalid");
    }

    [Fact]
    public void The_unbroken_log_is_accepted()
    {
        var results = SarifSchema.Evaluate(ValidLog());
        Assert.True(results.IsValid, SarifSchema.DescribeErrors(results));
    }
}
