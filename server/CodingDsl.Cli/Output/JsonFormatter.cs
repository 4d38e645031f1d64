using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CodingDsl.Cli.Output;

/// <summary>
/// A JSON array, one object per diagnostic, in report order. The shape is documented in docs/cli.md
/// ("JSON output") and is a contract: add fields, never rename or remove them.
/// </summary>
public sealed class JsonFormatter : IReportFormatter
{
    public void Write(CheckReport report, TextWriter writer)
    {
        var array = new JArray();
        foreach (var (document, diagnostic) in report.AllDiagnostics)
        {
            var item = new JObject
            {
                ["file"] = report.Paths.ForPortable(document.Path),
                ["code"] = diagnostic.Code,
                ["severity"] = LevelNames.Plain(diagnostic.Level),
                ["message"] = diagnostic.Message,
                ["range"] = JsonRanges.Range(document.GetRange(diagnostic.Span)),
            };
            if (diagnostic.RuleName is not null)
            {
                item["rule"] = diagnostic.RuleName;
            }
            item["fixes"] = new JArray(diagnostic.Fixes.Select(fix => new JObject
            {
                ["title"] = fix.Title,
                ["edits"] = new JArray(fix.Edits.Select(edit => new JObject
                {
                    ["range"] = JsonRanges.Range(document.GetRange(edit.Span)),
                    ["newText"] = edit.NewText,
                })),
            }));
            array.Add(item);
        }

        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        array.WriteTo(json);
        json.Flush();
        writer.WriteLine();
    }
}
