using System.Reflection;
using System.Text.Json.Nodes;
using CodingDsl.Export.Compiled;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Compiled;

/// <summary>
/// docs/schema/compiled.schema.json is written by hand (it says more than the types: descriptions,
/// patterns, which fields go with which type), so it is held to the compiled types here: each type the
/// document reaches has its object in the schema with exactly its properties, a required field is one
/// the type always writes, and the type strings' constants are the schema's enums. A property added to
/// a compiled type without its schema line fails here, naming both, before any export is validated.
/// </summary>
public sealed class CompiledSchemaFollowsTypesTests
{
    /// <summary>Where each compiled type is described: a path of property names from the schema's root.</summary>
    private static readonly Dictionary<Type, string[]> Places = new()
    {
        [typeof(CompiledDocument)] = [],
        [typeof(CompiledLibrary)] = ["properties", "standardLibrary"],
        [typeof(CompiledFile)] = ["$defs", "file"],
        [typeof(CompiledGuidance)] = ["$defs", "guidance"],
        [typeof(CompiledClassification)] = ["$defs", "guidance", "properties", "classifications", "items"],
        [typeof(CompiledSection)] = ["$defs", "section"],
        [typeof(CompiledSnomed)] = ["$defs", "section", "properties", "snomed", "items"],
        [typeof(CompiledCaseByCase)] = ["$defs", "section", "properties", "caseByCase"],
        [typeof(CompiledRequirement)] = ["$defs", "requirement"],
        [typeof(CompiledChoice)] = ["$defs", "choice"],
        [typeof(CompiledCode)] = ["$defs", "code"],
        [typeof(CompiledSet)] = ["$defs", "set"],
        [typeof(CompiledRule)] = ["$defs", "rule"],
        [typeof(CompiledCondition)] = ["$defs", "condition"],
        [typeof(CompiledSelector)] = ["$defs", "condition", "properties", "selector"],
    };

    private static readonly NullabilityInfoContext Nullability = new();

    private static JsonNode Schema() => JsonNode.Parse(File.ReadAllText(Repo.Schema))!;

    private static JsonObject At(JsonNode schema, string[] path) =>
        path.Aggregate(schema, (node, name) => node[name] ?? throw new InvalidOperationException($"the schema has no {string.Join('/', path)}")).AsObject();

    private static string JsonName(PropertyInfo property) => char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    /// <summary>The compiled classes the document reaches through its properties (lists and nullables looked into).</summary>
    private static HashSet<Type> Reached()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(CompiledDocument)]);
        while (queue.TryDequeue(out var type))
        {
            if (type.Namespace != typeof(CompiledDocument).Namespace || !type.IsClass || !seen.Add(type))
            {
                continue;
            }
            foreach (var property in type.GetProperties())
            {
                var inner = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments() : [property.PropertyType];
                foreach (var t in inner)
                {
                    queue.Enqueue(Nullable.GetUnderlyingType(t) ?? t);
                }
            }
        }
        return seen;
    }

    [Fact]
    public void Every_compiled_type_the_document_reaches_has_its_place_in_the_schema()
    {
        Assert.Equal(Places.Keys.Select(t => t.Name).Order(), Reached().Select(t => t.Name).Order());
    }

    [Fact]
    public void Each_schema_object_has_exactly_its_types_properties_and_requires_only_what_is_always_written()
    {
        var schema = Schema();
        foreach (var (type, path) in Places)
        {
            var node = At(schema, path);
            var properties = type.GetProperties().ToDictionary(JsonName);
            var described = node["properties"]!.AsObject().Select(p => p.Key).ToArray();

            Assert.True(node["additionalProperties"]?.GetValue<bool>() == false, $"{type.Name}: the schema's object admits other properties");
            Assert.True(properties.Keys.Order().SequenceEqual(described.Order()),
                $"{type.Name} has [{string.Join(", ", properties.Keys)}], the schema at {string.Join('/', path)} [{string.Join(", ", described)}]");
            var required = node["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [];
            foreach (var name in required)
            {
                var property = properties[name];
                Assert.True(property.PropertyType.IsValueType || Nullability.Create(property).ReadState == NullabilityState.NotNull,
                    $"{type.Name}.{property.Name} is required by the schema but may be null (nulls are left out of the JSON)");
            }
        }
    }

    [Fact]
    public void The_type_strings_constants_are_the_schemas_enums()
    {
        var schema = Schema();
        Assert.Equal(Constants(typeof(ChoiceTypes)), Enum(At(schema, ["$defs", "choice", "properties", "type"])));
        Assert.Equal(Constants(typeof(ConditionTypes)), Enum(At(schema, ["$defs", "condition", "properties", "type"])));
    }

    private static string[] Constants(Type type) =>
        [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal)];

    private static string[] Enum(JsonObject node) =>
        [.. node["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal)];
}
