using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Text;
using Newtonsoft.Json;

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

        using (var json = JsonWriting.Create(writer))
        {
            json.WriteStartObject();
            json.Property("$schema", SchemaUri);
            json.Property("version", "2.1.0");
            json.WritePropertyName("runs");
            json.WriteStartArray();
            json.WriteStartObject();

            json.WritePropertyName("tool");
            json.WriteStartObject();
            json.WritePropertyName("driver");
            json.WriteStartObject();
            json.Property("name", ToolInfo.Name);
            json.Property("version", ToolInfo.Version);
            json.Property("semanticVersion", ToolInfo.Version);
            json.Property("informationUri", ToolInfo.InformationUri);
            json.WritePropertyName("rules");
            json.WriteStartArray();
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WritePropertyName("originalUriBaseIds");
            json.WriteStartObject();
            json.WritePropertyName(SourceRootId);
            json.WriteStartObject();
            json.Property("uri", report.Paths.BaseUri);
            json.WriteEndObject();
            json.WriteEndObject();

            json.Property("columnKind", "utf16CodeUnits");

            json.WritePropertyName("results");
            json.WriteStartArray();
            foreach (var document in report.Documents)
            {
                var location = report.Paths.ForSarif(document.Path);
                foreach (var diagnostic in document.Diagnostics)
                {
                    WriteResult(json, document, location, diagnostic, ruleIndex[diagnostic.Code]);
                }
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine();
    }

    private static void WriteRule(JsonWriter json, RuleMetadata rule)
    {
        json.WriteStartObject();
        json.Property("id", rule.Id);
        json.Property("name", rule.Name);
        json.TextObject("shortDescription", rule.ShortDescription);
        if (rule.FullDescription is not null)
        {
            json.TextObject("fullDescription", rule.FullDescription);
        }
        json.Property("helpUri", rule.HelpUri);
        if (rule.DefaultLevel is { } level and not DiagnosticLevel.Off)
        {
            json.WritePropertyName("defaultConfiguration");
            json.WriteStartObject();
            json.Property("level", LevelNames.Sarif(level));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteResult(JsonWriter json, ReportedDocument document, (string Uri, bool IsRelative) location, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.Property("ruleId", diagnostic.Code);
        json.Property("ruleIndex", ruleIndex);
        json.Property("level", LevelNames.Sarif(diagnostic.Level));
        json.TextObject("message", diagnostic.Message);
        json.WritePropertyName("locations");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        WriteArtifactLocation(json, location);
        WriteRegion(json, "region", document, diagnostic.Span);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        var fixes = SarifFixes(diagnostic.Fixes);
        if (fixes.Count > 0)
        {
            json.WritePropertyName("fixes");
            json.WriteStartArray();
            foreach (var fix in fixes)
            {
                WriteFix(json, document, location, fix);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    /// <summary>
    /// SARIF requires at least one replacement per change and no two equal fixes in a result, so a
    /// fix without edits is left out and repeated fixes are written once.
    /// </summary>
    private static List<CodeFix> SarifFixes(IReadOnlyList<CodeFix> fixes)
    {
        var kept = new List<CodeFix>();
        foreach (var fix in fixes)
        {
            if (fix.Edits.Count > 0 && !kept.Any(k => k.Title == fix.Title && k.Edits.SequenceEqual(fix.Edits)))
            {
                kept.Add(fix);
            }
        }
        return kept;
    }

    private static void WriteFix(JsonWriter json, ReportedDocument document, (string Uri, bool IsRelative) location, CodeFix fix)
    {
        json.WriteStartObject();
        json.TextObject("description", fix.Title);
        json.WritePropertyName("artifactChanges");
        json.WriteStartArray();
        json.WriteStartObject();
        WriteArtifactLocation(json, location);
        json.WritePropertyName("replacements");
        json.WriteStartArray();
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            WriteRegion(json, "deletedRegion", document, edit.Span);
            json.TextObject("insertedContent", edit.NewText);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(JsonWriter json, (string Uri, bool IsRelative) location)
    {
        json.WritePropertyName("artifactLocation");
        json.WriteStartObject();
        json.Property("uri", location.Uri);
        if (location.IsRelative)
        {
            json.Property("uriBaseId", SourceRootId);
        }
        json.WriteEndObject();
    }

    private static void WriteRegion(JsonWriter json, string name, ReportedDocument document, TextSpan span)
    {
        var range = document.GetRange(span);
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.Property("startLine", range.Start.Line + 1);
        json.Property("startColumn", range.Start.Character + 1);
        json.Property("endLine", range.End.Line + 1);
        json.Property("endColumn", range.End.Character + 1);
        json.WriteEndObject();
    }
}
