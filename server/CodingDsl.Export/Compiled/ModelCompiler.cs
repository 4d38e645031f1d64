using CodingDsl.Language.Configuration;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.StandardLibrary;
using CodingDsl.Language.Syntax;

namespace CodingDsl.Export.Compiled;

/// <summary>
/// Turns bound rule files into the compiled model. Text the author wrote (titles, notes, patterns,
/// rule clauses) comes from the syntax, so what does not bind (a malformed code, an unknown set) is
/// still carried and comes back on import; what the classification says (official titles, keys,
/// marks) comes from the bound model.
/// </summary>
public static partial class ModelCompiler
{
    /// <param name="files">Each file's bound model and its path relative to the export root.</param>
    public static CompiledDocument Compile(IEnumerable<(SemanticModel Model, string RelativePath, ClassificationSet? Tables)> files) => new()
    {
        Files = files.Select(f => CompileFile(f.Model, f.RelativePath, f.Tables ?? ClassificationSet.Bundled)).ToList(),
        StandardLibrary = new CompiledLibrary
        {
            Sets = StandardRules.Model.Tree.Root.Declarations.OfType<SetDeclaration>().Select(CompileSet).ToList(),
            Rules = StandardRules.Rules.Select(CompileRule).ToList(),
        },
    };

    public static CompiledFile CompileFile(SemanticModel model, string relativePath, ClassificationSet tables) => new()
    {
        Path = relativePath.Replace('\\', '/'),
        Uses = model.Uses.Select(u => u.RelativePath).ToList(),
        Sets = model.Tree.Root.Declarations.OfType<SetDeclaration>().Select(CompileSet).ToList(),
        Rules = model.Rules.Select(CompileRule).ToList(),
        Guidances = model.Guidances.Select(g => CompileGuidance(g, tables)).ToList(),
    };

    private static CompiledSet CompileSet(SetDeclaration set) => new()
    {
        Name = set.Name.Text,
        System = SystemNames.Keyword(set.System),
        Items = set.Items.Select(PatternText).ToList(),
    };

    private static string PatternText(Pattern pattern) =>
        pattern.ChapterKeyword is null ? pattern.Value.Text : $"chapter {pattern.Value.Text}";
}

public sealed class CompiledSet
{
    public string Name { get; set; } = "";

    public string System { get; set; } = "";

    /// <summary>Patterns as written.</summary>
    public List<string> Items { get; set; } = [];
}

public static partial class ModelCompiler
{
    /// <summary><see cref="CompiledSet"/> in docs/schema/compiled.schema.json's $defs (assembled by <see cref="CompiledSchemaText"/>).</summary>
    internal const string SetSchemaDefinitions =
        """
            "set": {
              "type": "object",
              "required": ["name", "system", "items"],
              "additionalProperties": false,
              "properties": {
                "name": { "type": "string" },
                "system": { "$ref": "#/$defs/system" },
                "items": { "description": "Patterns as written.", "type": "array", "items": { "type": "string" } }
              }
            }
        """;
}
