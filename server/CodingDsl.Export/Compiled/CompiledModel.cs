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

public sealed class CompiledGuidance
{
    public string Id { get; set; } = "";

    public string? Title { get; set; }

    public string? Source { get; set; }

    public List<CompiledClassification> Classifications { get; set; } = [];

    /// <summary>The tables official titles were read from, by system ("opcs", "icd10").</summary>
    public SortedDictionary<string, string> TitlesFrom { get; set; } = new(StringComparer.Ordinal);

    public List<string> Notes { get; set; } = [];

    public List<CompiledSection> Sections { get; set; } = [];
}

/// <summary>A declared classification version as written ("opcs-4.10"), with its parts when well formed.</summary>
public sealed class CompiledClassification
{
    public string Text { get; set; } = "";

    public string? System { get; set; }

    public string? Version { get; set; }
}

public sealed class CompiledSection
{
    /// <summary>"procedure" or "diagnosis".</summary>
    public string Kind { get; set; } = "";

    public string? Variant { get; set; }

    /// <summary>The variant's `if "…"`: the clinical condition under which it is the way of coding (format 1.1).</summary>
    public string? Condition { get; set; }

    public List<CompiledSnomed> Snomed { get; set; } = [];

    /// <summary>Facts about the procedure ("image-guided"), in ordinal order.</summary>
    public List<string> Facts { get; set; } = [];

    public List<CompiledRequirement> Requirements { get; set; } = [];

    public List<string> Notes { get; set; } = [];

    public CompiledCaseByCase? CaseByCase { get; set; }
}

public sealed class CompiledSnomed
{
    [JsonProperty(DefaultValueHandling = DefaultValueHandling.Ignore)]
    public bool Pending { get; set; }

    public string? ConceptId { get; set; }

    public string? Term { get; set; }
}

public sealed class CompiledCaseByCase
{
    public string? Text { get; set; }
}

/// <summary>One recommendation statement: what is recorded, and its modifiers.</summary>
public sealed class CompiledRequirement
{
    public CompiledChoice Codes { get; set; } = new();

    /// <summary>True for `optional` and for `if "…"` (a condition the checker cannot decide).</summary>
    public bool Optional { get; set; }

    /// <summary>The clinical condition of `if "…"`.</summary>
    public string? Condition { get; set; }

    /// <summary>`position 2`: the place the code is recorded in.</summary>
    public int? Position { get; set; }

    /// <summary>`default V55.9`: the code to use when the detail is not stated.</summary>
    public CompiledCode? Default { get; set; }
}

/// <summary>
/// The shape of what is recorded: `code` (one code or pattern), `allOf` (a combination: every part is
/// recorded) or `oneOf` (alternatives: one of them is recorded).
/// </summary>
public sealed class CompiledChoice
{
    public string Type { get; set; } = ChoiceTypes.Code;

    public CompiledCode? Code { get; set; }

    public List<CompiledChoice>? Parts { get; set; }

    public List<CompiledChoice>? Alternatives { get; set; }
}

public static class ChoiceTypes
{
    public const string Code = "code";
    public const string AllOf = "allOf";
    public const string OneOf = "oneOf";
}

/// <summary>A code or pattern as written, with what the classification says of it.</summary>
public sealed class CompiledCode
{
    /// <summary>"opcs" or "icd10".</summary>
    public string System { get; set; } = "";

    /// <summary>As written, marks included: "J12.4", "Y53.-", "Q90.-†", "H19.8A", "C71-C74", "chapter Z".</summary>
    public string Pattern { get; set; } = "";

    /// <summary>"code", "category", "range", "chapter", or "invalid" when the pattern is malformed.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The dotted code or category the classification lists ("J12.4", "Y53", "C64" for C64.X).</summary>
    public string? Key { get; set; }

    /// <summary>"dagger" or "asterisk", from the code as written or the table's usage column.</summary>
    public string? Mark { get; set; }

    /// <summary>The title as the guidance states it.</summary>
    public string? StatedTitle { get; set; }

    /// <summary>`nice "…"`: the title as NICE printed it, where it differs from the official one (format 1.1).</summary>
    public string? NiceTitle { get; set; }

    /// <summary>`remark "…"`: a note on this one code, "Includes: …" (format 1.1).</summary>
    public string? Remark { get; set; }

    /// <summary>The title in the classification table used (see the guidance's titlesFrom).</summary>
    public string? OfficialTitle { get; set; }
}

public sealed class CompiledSet
{
    public string Name { get; set; } = "";

    public string System { get; set; } = "";

    /// <summary>Patterns as written.</summary>
    public List<string> Items { get; set; } = [];
}

public sealed class CompiledRule
{
    public string Name { get; set; } = "";

    public string? Title { get; set; }

    /// <summary>The `code` clause as written; null when the rule has none.</summary>
    public string? Code { get; set; }

    /// <summary>The diagnostic code the rule reports (CDSL0500 when it names none).</summary>
    public string DiagnosticCode { get; set; } = "";

    /// <summary>The `severity` clause as written; null when the rule has none.</summary>
    public string? Severity { get; set; }

    /// <summary>The level the rule reports at: "error", "warning" or "info".</summary>
    public string Level { get; set; } = "";

    public CompiledCondition? When { get; set; }

    public CompiledCondition? Require { get; set; }

    public string? Message { get; set; }

    /// <summary>`fix add …`: the codes the quick fix adds.</summary>
    public CompiledChoice? Fix { get; set; }
}

/// <summary>
/// A rule condition: `any`/`all` (or/and of operands), `not`, `fact`, `has` / `first` / `position`
/// (some code, the first code of the system, or the code in place N, lies within the selector).
/// </summary>
public sealed class CompiledCondition
{
    public string Type { get; set; } = "";

    public List<CompiledCondition>? Operands { get; set; }

    public CompiledCondition? Operand { get; set; }

    public string? Fact { get; set; }

    public string? System { get; set; }

    public CompiledSelector? Selector { get; set; }

    /// <summary>For `position`: the place tested, 2 for `second` (format 1.2).</summary>
    public int? Place { get; set; }
}

public static class ConditionTypes
{
    public const string Any = "any";
    public const string All = "all";
    public const string Not = "not";
    public const string Fact = "fact";
    public const string Has = "has";
    public const string First = "first";

    /// <summary>`second opcs V55.-` / `position 3 opcs Z94.-`: the code in that place (<see cref="CompiledCondition.Place"/>).</summary>
    public const string Position = "position";
}

/// <summary>`pattern` (a code pattern), `set` (a named set), `builtin` (main, subsidiary, asterisk, dagger) or `unresolved`.</summary>
public sealed class CompiledSelector
{
    public string Kind { get; set; } = "";

    /// <summary>As written: "Y53.-", "states-imaging-method", "main".</summary>
    public string Text { get; set; } = "";
}
