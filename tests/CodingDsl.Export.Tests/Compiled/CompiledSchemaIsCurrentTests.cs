using System.Text.Json;
using CodingDsl.Export.Compiled;
using CodingDsl.Export.Tests.Support;

namespace CodingDsl.Export.Tests.Compiled;

/// <summary>
/// docs/schema/compiled.schema.json is assembled from the fragments beside the compiled types
/// (<see cref="CompiledSchemaText"/>). CODINGDSL_UPDATE_DOCS=1 (scripts/update-docs.sh) rewrites it;
/// otherwise a fragment edited without regenerating the file fails here.
/// </summary>
public sealed class CompiledSchemaIsCurrentTests
{
    [Fact]
    public void The_checked_in_schema_is_the_one_assembled_from_the_compiled_types()
    {
        if (Environment.GetEnvironmentVariable("CODINGDSL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(Repo.Schema, CompiledSchemaText.Text);
        }

        Assert.Equal(CompiledSchemaText.Text, File.ReadAllText(Repo.Schema).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_assembled_schema_is_one_json_object_with_every_definition()
    {
        using var schema = JsonDocument.Parse(CompiledSchemaText.Text);

        Assert.Equal(
            ["choice", "code", "condition", "file", "guidance", "level", "requirement", "rule", "section", "set", "system"],
            schema.RootElement.GetProperty("$defs").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
