using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CodingDsl.Cli.Output;

/// <summary>
/// SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. Artifact URIs are relative
/// to %SRCROOT% (the working directory, given in originalUriBaseIds) so they match repository paths
/// when the check runs at the repository root. Regions are 1-based, columns in UTF-16 code units
/// (SARIF's default columnKind), end column exclusive. Rules list the codes that occur in the results.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";

    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = report.AllDiagnostics
            .Select(x => x.Diagnostic.Code)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(RuleMetadataLookup.Find)
            .ToArray();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);

        var results = new JArray();
        foreach (var (document, diagnostic) in report.AllDiagnostics)
        {
            var location = ArtifactLocation(report.Paths, document.Path);
            var result = new JObject
            {
                ["ruleId"] = diagnostic.Code,
                ["ruleIndex"] = ruleIndex[diagnostic.Code],
                ["level"] = LevelNames.Sarif(diagnostic.Level),
                ["message"] = new JObject { ["text"] = diagnostic.Message },
                ["locations"] = new JArray(new JObject
                {
                    ["physicalLocation"] = new JObject
                    {
                        ["artifactLocation"] = location,
                        ["region"] = Region(document, diagnostic.Span),
                    },
                }),
            };
            var fixes = SarifFixes(document, location, diagnostic.Fixes);
            if (fixes.Count > 0)
            {
                result["fixes"] = fixes;
            }
            results.Add(result);
        }

        var run = new JObject
        {
            ["tool"] = new JObject
            {
                ["driver"] = new JObject
                {
                    ["name"] = ToolInfo.Name,
                    ["version"] = ToolInfo.Version,
                    ["semanticVersion"] = ToolInfo.Version,
                    ["informationUri"] = ToolInfo.InformationUri,
                    ["rules"] = new JArray(rules.Select(Rule)),
                },
            },
            ["originalUriBaseIds"] = new JObject
            {
                [SourceRootId] = new JObject { ["uri"] = report.Paths.BaseUri },
            },
            ["columnKind"] = "utf16CodeUnits",
            ["results"] = results,
        };

        var log = new JObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(run),
        };

        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        log.WriteTo(json);
        json.Flush();
        writer.WriteLine();
    }

    private static JObject Rule(RuleMetadata rule)
    {
        var descriptor = new JObject
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = new JObject { ["text"] = rule.ShortDescription },
            ["helpUri"] = rule.HelpUri,
        };
        if (rule.FullDescription is not null)
        {
            descriptor["fullDescription"] = new JObject { ["text"] = rule.FullDescription };
        }
        if (rule.DefaultLevel is { } level and not DiagnosticLevel.Off)
        {
            descriptor["defaultConfiguration"] = new JObject { ["level"] = LevelNames.Sarif(level) };
        }
        return descriptor;
    }

    private static JObject ArtifactLocation(PathDisplay paths, string path)
    {
        var (uri, isRelative) = paths.ForSarif(path);
        var location = new JObject { ["uri"] = uri };
        if (isRelative)
        {
            location["uriBaseId"] = SourceRootId;
        }
        return location;
    }

    private static JObject Region(ReportedDocument document, TextSpan span)
    {
        var range = document.GetRange(span);
        return new JObject
        {
            ["startLine"] = range.Start.Line + 1,
            ["startColumn"] = range.Start.Character + 1,
            ["endLine"] = range.End.Line + 1,
            ["endColumn"] = range.End.Character + 1,
        };
    }

    /// <summary>
    /// SARIF requires at least one replacement per change and no two equal fixes in a result, so a
    /// fix without edits is left out and repeated fixes are written once.
    /// </summary>
    private static JArray SarifFixes(ReportedDocument document, JObject location, IReadOnlyList<CodeFix> fixes)
    {
        var array = new JArray();
        foreach (var fix in fixes.Where(f => f.Edits.Count > 0))
        {
            var item = Fix(document, location, fix);
            if (!array.Any(existing => JToken.DeepEquals(existing, item)))
            {
                array.Add(item);
            }
        }
        return array;
    }

    private static JObject Fix(ReportedDocument document, JObject location, CodeFix fix) => new()
    {
        ["description"] = new JObject { ["text"] = fix.Title },
        ["artifactChanges"] = new JArray(new JObject
        {
            ["artifactLocation"] = location.DeepClone(),
            ["replacements"] = new JArray(fix.Edits.Select(edit => new JObject
            {
                ["deletedRegion"] = Region(document, edit.Span),
                ["insertedContent"] = new JObject { ["text"] = edit.NewText },
            })),
        }),
    };
}
