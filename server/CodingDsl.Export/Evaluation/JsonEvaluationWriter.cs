using CodingDsl.Language.Diagnostics;
using CodingDsl.Export.Compiled;
using CodingDsl.Language.Evaluation;
using Newtonsoft.Json;

namespace CodingDsl.Export.Evaluation;

/// <summary>
/// `{"formatVersion", "results": [episodes with findings, and {"line", "malformed"} for skipped rows, in
/// file order], "summary": {…}}`, written as it goes so memory stays flat.
/// </summary>
public sealed class JsonEvaluationWriter : IEvaluationWriter
{
    /// <summary>The report's own format version: the compiled model's (format 1.1) grew fields the report does not have.</summary>
    private const string ReportFormatVersion = "1.0";

    private readonly JsonTextWriter json;

    public JsonEvaluationWriter(TextWriter writer)
    {
        json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("formatVersion");
        json.WriteValue(ReportFormatVersion);
        json.WritePropertyName("results");
        json.WriteStartArray();
    }

    public void WriteEpisode(EpisodeResult result)
    {
        json.WriteStartObject();
        Property("id", result.Episode.Id);
        json.WritePropertyName("line");
        json.WriteValue(result.Episode.Line);
        if (result.Episode.Date is { } date)
        {
            Property("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        json.WritePropertyName("matches");
        json.WriteStartArray();
        foreach (var m in result.Matches)
        {
            json.WriteStartObject();
            Property("guidance", m.GuidanceId);
            Property("section", m.Section);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("findings");
        json.WriteStartArray();
        foreach (var f in result.Findings)
        {
            json.WriteStartObject();
            Property("rule", f.Rule);
            if (f.Code is not null)
            {
                Property("code", f.Code);
            }
            Property("level", DiagnosticLevels.Text(f.Level));
            if (f.GuidanceId is not null)
            {
                Property("guidance", f.GuidanceId);
            }
            Property("message", f.Message);
            if (f.Release is not null)
            {
                Property("release", f.Release);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void WriteMalformed(MalformedRow row)
    {
        json.WriteStartObject();
        json.WritePropertyName("line");
        json.WriteValue(row.Line);
        Property("malformed", row.Reason);
        json.WriteEndObject();
    }

    public void WriteSummary(EvaluationSummary summary)
    {
        json.WriteEndArray();
        json.WritePropertyName("summary");
        json.WriteStartObject();
        Count("episodes", summary.Episodes);
        Count("malformedRows", summary.MalformedRows);
        Count("matched", summary.EpisodesMatched);
        Count("withFindings", summary.EpisodesWithFindings);
        Count("errors", summary.Errors);
        Count("warnings", summary.Warnings);
        Count("infos", summary.Infos);
        json.WritePropertyName("rules");
        json.WriteStartObject();
        foreach (var (name, count) in summary.Rules)
        {
            json.WritePropertyName(name);
            json.WriteStartObject();
            if (count.Code is not null)
            {
                Property("code", count.Code);
            }
            Property("level", DiagnosticLevels.Text(count.Level));
            Count("episodes", count.Episodes);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WritePropertyName("guidances");
        json.WriteStartObject();
        foreach (var (id, count) in summary.Guidances)
        {
            Count(id, count);
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
    }

    private void Property(string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private void Count(string name, long value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }
}
