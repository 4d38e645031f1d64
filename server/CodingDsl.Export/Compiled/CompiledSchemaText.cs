namespace CodingDsl.Export.Compiled;

/// <summary>
/// docs/schema/compiled.schema.json, assembled from fragments kept beside the compiled types they
/// describe (ModelCompiler.&lt;Family&gt;.cs), so a construct's new compiled property and its schema line
/// are one edit in one file. `bash scripts/update-docs.sh` writes the file; a test fails while it is stale.
/// The fragments are JSON text as it appears in the file: the schema stays hand-written (descriptions,
/// `oneOf` shapes), only its place moved.
/// </summary>
public static class CompiledSchemaText
{
    /// <summary>The whole schema, as docs/schema/compiled.schema.json holds it.</summary>
    public static string Text { get; } = string.Join(
        "\n",
        RootSchemaHead,
        string.Join(",\n", DocumentSchemaDefinitions, ModelCompiler.GuidanceSchemaDefinitions, ModelCompiler.SectionSchemaDefinitions,
            ModelCompiler.SetSchemaDefinitions, ModelCompiler.RuleSchemaDefinitions),
        "  }",
        "}",
        "");

    /// <summary>The document's root (<see cref="CompiledDocument"/>), up to the opening of its $defs.</summary>
    private const string RootSchemaHead =
        """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://codingdsl.github.io/schema/compiled.schema.json",
          "title": "CodingDsl compiled model",
          "description": "What `codingdsl export --format json` writes and `codingdsl import` reads: rule files compiled for downstream systems. Format version 1.x. See docs/export.md.",
          "type": "object",
          "required": ["formatVersion", "files"],
          "additionalProperties": false,
          "properties": {
            "formatVersion": {
              "description": "major.minor. Minor: fields added. Major: a change old readers would misread.",
              "type": "string",
              "pattern": "^1\\.[0-9]+$"
            },
            "files": {
              "description": "The exported rule files, in ordinal order of their paths.",
              "type": "array",
              "items": { "$ref": "#/$defs/file" }
            },
            "standardLibrary": {
              "description": "The product's standard library, which applies to every guidance.",
              "type": "object",
              "required": ["sets", "rules"],
              "additionalProperties": false,
              "properties": {
                "sets": { "type": "array", "items": { "$ref": "#/$defs/set" } },
                "rules": { "type": "array", "items": { "$ref": "#/$defs/rule" } }
              }
            }
          },
          "$defs": {
        """;

    /// <summary>The shared definitions and <see cref="CompiledFile"/>, in docs/schema/compiled.schema.json's $defs (assembled by <see cref="Text"/>).</summary>
    private const string DocumentSchemaDefinitions =
        """
            "system": {
              "description": "The language's keyword for the classification: opcs (OPCS-4), icd10 (ICD-10).",
              "enum": ["opcs", "icd10"]
            },
            "level": { "enum": ["error", "warning", "info", "off"] },
            "file": {
              "type": "object",
              "required": ["path", "uses", "sets", "rules", "guidances"],
              "additionalProperties": false,
              "properties": {
                "path": {
                  "description": "Relative to the folder exported (a file given by itself: its name), with forward slashes.",
                  "type": "string",
                  "minLength": 1
                },
                "uses": { "type": "array", "items": { "type": "string" } },
                "sets": { "type": "array", "items": { "$ref": "#/$defs/set" } },
                "rules": { "type": "array", "items": { "$ref": "#/$defs/rule" } },
                "guidances": { "type": "array", "items": { "$ref": "#/$defs/guidance" } }
              }
            }
        """;
}
