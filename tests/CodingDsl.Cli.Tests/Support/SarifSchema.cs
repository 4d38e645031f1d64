using System.Text.Json.Nodes;
using Json.Schema;

namespace CodingDsl.Cli.Tests.Support;

/// <summary>
/// The official SARIF 2.1.0 schema, loaded once. The file declares draft-04, which JsonSchema.Net does
/// not implement (it would fall back to its own defaults); this schema uses no keyword whose meaning
/// differs between draft-04 and draft-07, so it is evaluated as draft-07 with `id` renamed `$id`.
/// Formats (uri, uri-reference, date-time) are asserted, not just annotated.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    // JsonSchema.Net 7 resolves $refs through shared state; evaluations from test classes running in
    // parallel sometimes missed errors behind a $ref (seen in CI), so they run one at a time.
    private static readonly Lock Gate = new();

    public static EvaluationResults Evaluate(JsonNode? document)
    {
        lock (Gate)
        {
            return Schema.Value.Evaluate(document, new EvaluationOptions
            {
                EvaluateAs = SpecVersion.Draft7,
                OutputFormat = OutputFormat.List,
                RequireFormatValidation = true,
            });
        }
    }

    /// <summary>The errors of an invalid document, one per line, for assertion messages.</summary>
    public static string DescribeErrors(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static JsonSchema Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        if ((string?)root["$schema"] != "http://json-schema.org/draft-04/schema#" || root["id"] is null)
        {
            throw new InvalidOperationException("The SARIF schema is no longer the draft-04 file this loader expects; review Load().");
        }
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root["$id"] = root["id"]!.DeepClone();
        root.Remove("id");
        return JsonSchema.FromText(root.ToJsonString());
    }
}
