using System.Text.Json.Nodes;
using Json.Schema;

namespace CodingDsl.Export.Tests.Support;

/// <summary>docs/schema/compiled.schema.json, evaluated with JsonSchema.Net (draft 2020-12, formats asserted).</summary>
internal static class CompiledSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Repo.Schema)));

    // One evaluation at a time: JsonSchema.Net 7 shares $ref resolution state (see the CLI's SarifSchema).
    private static readonly Lock Gate = new();

    public static EvaluationResults Evaluate(string json)
    {
        lock (Gate)
        {
            return Schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }
    }

    public static string DescribeErrors(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
