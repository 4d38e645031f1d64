using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using Xunit;

namespace CodingDsl.Language.Tests.Configuration;

public class ConfigurationParserTests
{
    private const string ConfigPath = "/repo/guidance/codingdsl.json";

    private const string Example = """
        {
          "$schema": "https://example.org/codingdsl.schema.json",
          // comments are allowed
          "classifications": {
            "opcs": [
              { "version": "4.11", "path": "tables/opcs-4.11.tsv", "format": "tsv" },
              { "version": "4.10", "path": "../OPCS410 CodesAndTitles.txt" }
            ],
            "icd10": [ { "version": "5", "path": "ICD10_Edition5_CodesAndTitlesAndMetadata_GB_20220401.txt" } ],
            "snomed": { "conceptSnapshot": "sct2_Concept_Snapshot_GB1000000_20250101.txt" }
          },
          "diagnostics": { "CDSL0203": "warning", "cdsl0304": "off" },
          "rules": { "image-control": "error" }
        }
        """;

    [Fact]
    public void Reads_tables_paths_relative_to_the_config_and_severity_overrides()
    {
        var config = ConfigurationParser.Parse(Example, ConfigPath);
        Assert.Empty(config.Problems);
        Assert.Equal(ConfigPath, config.ConfigPath);

        Assert.Equal(new[] { "4.11", "4.10" }, config.Opcs.Select(t => t.Version));
        Assert.Equal("/repo/guidance/tables/opcs-4.11.tsv", config.Opcs[0].Path);
        Assert.Equal(TableFormat.Tsv, config.Opcs[0].Format);
        Assert.Equal("/repo/OPCS410 CodesAndTitles.txt", config.Opcs[1].Path);
        Assert.Equal(TableFormat.Auto, config.Opcs[1].Format);
        Assert.Equal(CodeSystem.Icd10, Assert.Single(config.Icd10).System);
        Assert.Equal("/repo/guidance/sct2_Concept_Snapshot_GB1000000_20250101.txt", config.SnomedConceptSnapshot);

        Assert.Equal(DiagnosticLevel.Warning, config.GetSeverityOverride("CDSL0203"));
        Assert.Equal(DiagnosticLevel.Off, config.GetSeverityOverride("CDSL0304"));
        Assert.Null(config.GetSeverityOverride("CDSL0101"));
        Assert.Equal(DiagnosticLevel.Error, config.GetRuleSeverityOverride("image-control"));
        Assert.Null(config.GetRuleSeverityOverride("sequencing"));
    }

    [Fact]
    public void Broken_JSON_gives_a_problem_at_its_line_and_column()
    {
        const string text = "{\n  \"diagnostics\": { \"CDSL0203\": \"warning\" }\n  \"rules\": {}\n}";
        var config = ConfigurationParser.Parse(text, ConfigPath);
        var problem = Assert.Single(config.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("not valid JSON:", problem.Message);
        Assert.DoesNotContain("Path '", problem.Message);
        Assert.StartsWith($"{ConfigPath}(3,", problem.ToString());
        Assert.Empty(config.Opcs);
    }

    [Fact]
    public void Wrong_values_are_problems_and_the_rest_still_applies()
    {
        const string text = """
            {
              "classification": {},
              "classifications": {
                "opcs": [ { "version": "4.10" }, { "version": "4.11", "path": "a.tsv", "format": "csv" }, 3 ],
                "icd10": "ICD10.txt"
              },
              "diagnostics": { "CDSL0203": "loud", "BCP001": "off", "CDSL0304": "info" },
              "rules": { "image-control": "warning" }
            }
            """;
        var config = ConfigurationParser.Parse(text, ConfigPath);
        var messages = config.Problems.Select(p => $"{p.Line}: {p.Message}").ToList();
        Assert.Contains(messages, m => m.StartsWith("2: unknown setting 'classification' in top level"));
        Assert.Contains(messages, m => m.StartsWith("4: a classifications.opcs table needs both \"version\""));
        Assert.Contains(messages, m => m.StartsWith("4: unknown format 'csv'"));
        Assert.Contains(messages, m => m.StartsWith("4: each classifications.opcs entry must be an object"));
        Assert.Contains(messages, m => m.StartsWith("5: classifications.icd10 must be a list of tables"));
        Assert.Contains(messages, m => m.StartsWith("7: diagnostics.CDSL0203 must be one of \"error\", \"warning\", \"info\", \"off\""));
        Assert.Contains(messages, m => m.StartsWith("7: 'BCP001' is not a diagnostic code"));
        Assert.Equal(7, config.Problems.Count);
        Assert.All(config.Problems, p => Assert.True(p.Column > 0));
        var columns = config.Problems.ToDictionary(p => p.Message[..12], p => p.Column);
        Assert.Equal(3, columns["unknown sett"]); // "classification" starts at column 3
        Assert.Equal(15, columns["a classifica"]); // the table object's "{"
        Assert.Equal(14, columns["classificati"]); // "ICD10.txt"
        Assert.Equal(40, columns["'BCP001' is "]); // the property name

        // What could be read still applies: the 4.11 table (format falls back to auto) and the good levels.
        Assert.Equal(TableFormat.Auto, Assert.Single(config.Opcs).Format);
        Assert.Equal(DiagnosticLevel.Info, config.GetSeverityOverride("CDSL0304"));
        Assert.Null(config.GetSeverityOverride("CDSL0203"));
        Assert.Equal(DiagnosticLevel.Warning, config.GetRuleSeverityOverride("image-control"));
    }

    [Theory]
    [InlineData("", "codingdsl.json is empty")]
    [InlineData("[1, 2]", "must hold one JSON object")]
    [InlineData("{ \"rules\": {} } {}", "Additional text")]
    [InlineData("{ \"rules\": {}, \"rules\": {} }", "not valid JSON")]
    public void Odd_files_are_problems_not_exceptions(string text, string expected) =>
        Assert.Contains(expected, Assert.Single(ConfigurationParser.Parse(text, ConfigPath).Problems).Message);

    [Fact]
    public void A_single_table_may_be_written_without_brackets()
    {
        var config = ConfigurationParser.Parse("""{ "classifications": { "icd10": { "version": "5", "path": "icd.txt", "complete": false } } }""", ConfigPath);
        Assert.Empty(config.Problems);
        Assert.False(Assert.Single(config.Icd10).IsComplete);
    }
}
