using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Tests.Classifications;
using Newtonsoft.Json.Linq;
using Xunit;

namespace CodingDsl.Language.Tests.Configuration;

/// <summary>The published schema and the documented example cannot drift from what the parser reads.</summary>
public class ConfigurationSchemaTests
{
    private static readonly JObject Schema = JObject.Parse(File.ReadAllText(
        Path.Combine(SharedData.RepoRoot, "docs", "schema", "codingdsl.schema.json")));

    private static string[] Keys(JToken? properties) =>
        ((JObject)properties!).Properties().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Schema_names_the_settings_the_parser_reads()
    {
        Assert.Equal(ConfigurationParser.TopLevel.Order(StringComparer.Ordinal), Keys(Schema["properties"]));
        Assert.Equal(ConfigurationParser.ClassificationKeys.Order(StringComparer.Ordinal), Keys(Schema["properties"]!["classifications"]!["properties"]));
        Assert.Equal(ConfigurationParser.SnomedKeys.Order(StringComparer.Ordinal), Keys(Schema["properties"]!["classifications"]!["properties"]!["snomed"]!["properties"]));
        Assert.Equal(ConfigurationParser.TableKeys.Order(StringComparer.Ordinal), Keys(Schema["definitions"]!["table"]!["properties"]));
        Assert.Equal(TableFormatNames.ByName.Keys.Order(StringComparer.Ordinal),
            Schema["definitions"]!["table"]!["properties"]!["format"]!["enum"]!.Values<string>().Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "error", "warning", "info", "off" }, Schema["definitions"]!["level"]!["enum"]!.Values<string>());
    }

    [Fact]
    public void The_VS_Code_settings_mirror_what_the_parser_reads_from_the_editor()
    {
        var settings = (JObject)JObject.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "package.json")))
            ["contributes"]!["configuration"]!["properties"]!;
        var serverSettings = settings.Properties().Select(p => p.Name)
            .Where(n => n.StartsWith("codingdsl.classifications.", StringComparison.Ordinal) || n is "codingdsl.diagnostics" or "codingdsl.rules")
            .Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(
            new[] { "codingdsl.classifications.icd10", "codingdsl.classifications.opcs", "codingdsl.classifications.snomed.conceptSnapshot", "codingdsl.diagnostics", "codingdsl.rules" },
            serverSettings);
        foreach (var system in new[] { "opcs", "icd10" })
        {
            var table = settings[$"codingdsl.classifications.{system}"]!["items"]!;
            Assert.Equal(ConfigurationParser.TableKeys.Order(StringComparer.Ordinal), Keys(table["properties"]));
            Assert.Equal(Schema["definitions"]!["table"]!["properties"]!["format"]!["enum"]!.Values<string>(), table["properties"]!["format"]!["enum"]!.Values<string>());
        }
        foreach (var levels in new[] { "codingdsl.diagnostics", "codingdsl.rules" })
        {
            Assert.Equal(new[] { "error", "warning", "info", "off" }, settings[levels]!["additionalProperties"]!["enum"]!.Values<string>());
        }

        // What VS Code sends when none of them is set changes nothing.
        var defaults = new JObject();
        foreach (var name in serverSettings)
        {
            var parts = name.Split('.').Skip(1).ToArray();
            var into = defaults;
            foreach (var part in parts[..^1])
            {
                into = (JObject)(into[part] ??= new JObject());
            }
            into[parts[^1]] = settings[name]!["default"]!.DeepClone();
        }
        Assert.Same(EditorSettings.None, EditorSettings.FromJson(defaults, "/ws"));
    }

    [Fact]
    public void The_examples_in_docs_configuration_md_read_without_problems()
    {
        var markdown = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "configuration.md"));
        var examples = Regex.Matches(markdown, "```json\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, json => Assert.Empty(ConfigurationParser.Parse(json, "/repo/codingdsl.json").Problems));
    }
}
