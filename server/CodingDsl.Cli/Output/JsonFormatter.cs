namespace CodingDsl.Cli.Output;

/// <summary>
/// A JSON array, one object per diagnostic, in report order. The shape is documented in docs/cli.md
/// ("JSON output") and is a contract: add fields, never rename or remove them.
/// </summary>
public sealed class JsonFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        using (var json = JsonWriting.Create(writer))
        {
            json.WriteStartArray();
            foreach (var (document, diagnostic) in report.AllDiagnostics)
            {
                json.WriteStartObject();
                json.Property("file", report.Paths.ForPortable(document.Path));
                json.Property("code", diagnostic.Code);
                json.Property("severity", LevelNames.Plain(diagnostic.Level));
                json.Property("message", diagnostic.Message);
                json.LspRange("range", document.GetRange(diagnostic.Span));
                if (diagnostic.RuleName is not null)
                {
                    json.Property("rule", diagnostic.RuleName);
                }
                json.WritePropertyName("fixes");
                json.WriteStartArray();
                foreach (var fix in diagnostic.Fixes)
                {
                    json.WriteStartObject();
                    json.Property("title", fix.Title);
                    json.WritePropertyName("edits");
                    json.WriteStartArray();
                    foreach (var edit in fix.Edits)
                    {
                        json.WriteStartObject();
                        json.LspRange("range", document.GetRange(edit.Span));
                        json.Property("newText", edit.NewText);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.WriteLine();
    }
}
