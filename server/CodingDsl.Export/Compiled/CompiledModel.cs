using Newtonsoft.Json;

namespace CodingDsl.Export.Compiled;

// The compiled model: the JSON document `codingdsl export --format json` writes and `codingdsl import`
// reads. Property order here is the order in the JSON (Newtonsoft writes declaration order), so the
// output is stable; docs/schema/compiled.schema.json describes it and docs/export.md explains it.
// Nulls are left out of the JSON.

/// <summary>The whole document: the exported files and the standard library rules they were checked with.</summary>
public sealed class CompiledDocument
{
    /// <summary>Bumped on any change a reader must know about; see <see cref="CompiledFormat"/>.</summary>
    public string FormatVersion { get; set; } = CompiledFormat.Version;

    public List<CompiledFile> Files { get; set; } = [];

    /// <summary>The rules and sets of the product's standard library, which apply to every guidance.</summary>
    public CompiledLibrary? StandardLibrary { get; set; }
}

public sealed class CompiledLibrary
{
    public List<CompiledSet> Sets { get; set; } = [];

    public List<CompiledRule> Rules { get; set; } = [];
}

/// <summary>One rule file: its path relative to the folder exported, and what it declares.</summary>
public sealed class CompiledFile
{
    public string Path { get; set; } = "";

    public List<string> Uses { get; set; } = [];

    public List<CompiledSet> Sets { get; set; } = [];

    public List<CompiledRule> Rules { get; set; } = [];

    public List<CompiledGuidance> Guidances { get; set; } = [];
}
