using System.Globalization;
using System.Text;
using CodingDsl.Export.Decompile;
using CodingDsl.Export.Diff;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using Newtonsoft.Json;

namespace CodingDsl.Export.Compiled;

/// <summary>A section and its statements (requirements, their codes and shapes, SNOMED concepts, facts, notes, case by case), with their compiled types beside them.</summary>
public static partial class ModelCompiler
{
    private static CompiledSection CompileSection(BoundSection section) => new()
    {
        Kind = section.Kind == SectionKind.Procedure ? "procedure" : "diagnosis",
        Variant = section.Variant,
        Condition = section.Condition,
        Snomed = section.Snomed.Select(s => s.Pending
            ? new CompiledSnomed { Pending = true }
            : new CompiledSnomed { ConceptId = s.ConceptId, Term = s.Term }).ToList(),
        Facts = section.Facts.Order(StringComparer.Ordinal).ToList(),
        Requirements = section.Requirements.Select(CompileRequirement).ToList(),
        Notes = [.. section.Notes],
        CaseByCase = section.IsCaseByCase ? new CompiledCaseByCase { Text = section.CaseByCase } : null,
    };

    /// <summary>
    /// Writes a section's statements back as source (`import`), in the canonical order: SNOMED CT, facts,
    /// requirements, notes, case-by-case. Beside the compiled section so a new statement is written where
    /// it is compiled.
    /// </summary>
    internal static void WriteSectionStatements(CompiledSection s, StringBuilder w, string inner)
    {
            foreach (var snomed in s.Snomed)
            {
                w.Append(inner).Append("snomed ");
                if (snomed.Pending)
                {
                    w.Append("pending");
                }
                else
                {
                    w.Append(snomed.ConceptId ?? throw SourceWriter.Problem("a SNOMED CT entry has neither a concept id nor 'pending'"));
                    if (snomed.Term is not null)
                    {
                        w.Append(' ').Append(SourceWriter.Quote(snomed.Term));
                    }
                }
                w.Append('\n');
            }
            foreach (var fact in s.Facts)
            {
                w.Append(inner).Append(fact).Append('\n');
            }
            foreach (var requirement in s.Requirements)
            {
                w.Append(inner).Append(SourceWriter.Choice(requirement.Codes));
                if (requirement.Condition is not null)
                {
                    w.Append(" if ").Append(SourceWriter.Quote(requirement.Condition));
                }
                else if (requirement.Optional)
                {
                    w.Append(" optional");
                }
                if (requirement.Position is { } position)
                {
                    w.Append(" position ").Append(position.ToString(CultureInfo.InvariantCulture));
                }
                if (requirement.Default is { } d)
                {
                    // A default code does not inherit the system before it: always name it.
                    w.Append(" default ").Append(SourceWriter.CodeText(d, writeSystem: true));
                }
                w.Append('\n');
            }
            foreach (var note in s.Notes)
            {
                w.Append(inner).Append("note ").Append(SourceWriter.Quote(note)).Append('\n');
            }
            if (s.CaseByCase is { } caseByCase)
            {
                w.Append(inner).Append("case-by-case");
                if (caseByCase.Text is not null)
                {
                    w.Append(' ').Append(SourceWriter.Quote(caseByCase.Text));
                }
                w.Append('\n');
            }
    }

    /// <summary>
    /// What `diff` compares for one of a section's statements, as (aspect, text); null for a requirement
    /// (compared on its compiled form) and for what carries no meaning of its own.
    /// </summary>
    internal static (string Aspect, string Text)? SectionStatementMeaning(SyntaxNode item) => item switch
    {
        SnomedStatement snomed => ("snomed", snomed.Pending is not null ? "pending" : snomed.Id?.Text + (snomed.Term is null ? "" : " " + MeaningText.Quote(snomed.Term.Value))),
        FactStatement fact => ("fact", fact.Name.Text),
        CaseByCaseStatement caseByCase => ("case-by-case", caseByCase.Text is null ? "" : MeaningText.Quote(caseByCase.Text.Value)),
        NoteStatement note => ("note", MeaningText.Quote(note.Text.Value)),
        _ => null,
    };

    public static CompiledRequirement CompileRequirement(BoundRequirement requirement) => new()
    {
        Codes = CompileChoice(requirement.Choice),
        Optional = requirement.IsOptional,
        Condition = requirement.Condition,
        Position = requirement.Position,
        Default = requirement.Default is null ? null : CompileCode(requirement.Default),
    };

    public static CompiledChoice CompileChoice(CodeChoice choice) => choice.Accept(ChoiceCompiler.Instance);

    private sealed class ChoiceCompiler : ICodeChoiceVisitor<CompiledChoice>
    {
        public static readonly ChoiceCompiler Instance = new();

        public CompiledChoice VisitSingle(SingleCode choice) => new CompiledChoice { Type = ChoiceTypes.Code, Code = CompileCode(choice.Code) };

        public CompiledChoice VisitAllOf(AllOf choice) => new CompiledChoice { Type = ChoiceTypes.AllOf, Parts = choice.Parts.Select(CompileChoice).ToList() };

        public CompiledChoice VisitOneOf(OneOf choice) => new CompiledChoice { Type = ChoiceTypes.OneOf, Alternatives = choice.Alternatives.Select(CompileChoice).ToList() };
    }

    public static CompiledCode CompileCode(BoundCode code) => Code(code.Syntax, code.Pattern, code.Entry);

    private static CompiledCode Code(CodeReference syntax, CodePattern? pattern, ClassificationEntry? entry) => new()
    {
        System = SystemNames.Keyword(syntax.System),
        Pattern = PatternText(syntax.Pattern),
        Kind = pattern is null || pattern.Kind == PatternKind.Name ? "invalid" : pattern.Kind.ToString().ToLowerInvariant(),
        Key = pattern is { Kind: PatternKind.Code or PatternKind.Category } ? pattern.Code : null,
        Mark = (pattern?.Mark, entry?.Usage) switch
        {
            (CodeMark.Dagger, _) or (_, CodeUsage.Dagger) => "dagger",
            (CodeMark.Asterisk, _) or (_, CodeUsage.Asterisk) => "asterisk",
            _ => null,
        },
        StatedTitle = syntax.Title?.Value,
        NiceTitle = syntax.Nice?.Text.Value,
        Remark = syntax.Remark?.Text.Value,
        OfficialTitle = entry?.Title,
    };
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

public static partial class ModelCompiler
{
    /// <summary>The section family's compiled types in docs/schema/compiled.schema.json's $defs (assembled by <see cref="CompiledSchemaText"/>): a property added above is added here too.</summary>
    internal const string SectionSchemaDefinitions =
        """
            "section": {
              "type": "object",
              "required": ["kind", "snomed", "facts", "requirements", "notes"],
              "additionalProperties": false,
              "properties": {
                "kind": { "enum": ["procedure", "diagnosis"] },
                "variant": { "description": "The variant's name (procedure \"Percutaneous\"); absent for the only one.", "type": "string" },
                "condition": { "description": "The variant's if \"…\": the clinical condition under which it is the way of coding (format 1.1).", "type": "string" },
                "snomed": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "pending": { "description": "No concept published yet.", "const": true },
                      "conceptId": { "type": "string" },
                      "term": { "type": "string" }
                    },
                    "oneOf": [
                      { "required": ["pending"], "not": { "required": ["conceptId"] } },
                      { "required": ["conceptId"], "not": { "required": ["pending"] } }
                    ]
                  }
                },
                "facts": {
                  "description": "Facts about the procedure, in ordinal order.",
                  "type": "array",
                  "items": { "type": "string" },
                  "uniqueItems": true
                },
                "requirements": { "type": "array", "items": { "$ref": "#/$defs/requirement" } },
                "notes": { "type": "array", "items": { "type": "string" } },
                "caseByCase": {
                  "description": "Present when the section is coded case by case.",
                  "type": "object",
                  "additionalProperties": false,
                  "properties": { "text": { "type": "string" } }
                }
              }
            },
            "requirement": {
              "description": "One statement of what is recorded. Every requirement of a section is recorded (they combine with and).",
              "type": "object",
              "required": ["codes", "optional"],
              "additionalProperties": false,
              "properties": {
                "codes": { "$ref": "#/$defs/choice" },
                "optional": { "description": "optional, or if \"…\" (a condition the checker cannot decide).", "type": "boolean" },
                "condition": { "description": "The clinical condition of if \"…\".", "type": "string" },
                "position": { "description": "The place the code is recorded in.", "type": "integer", "minimum": 0 },
                "default": { "$ref": "#/$defs/code" }
              }
            },
            "choice": {
              "description": "code: one code or pattern; allOf: a combination, every part recorded; oneOf: alternatives, one recorded.",
              "type": "object",
              "required": ["type"],
              "additionalProperties": false,
              "properties": {
                "type": { "enum": ["code", "allOf", "oneOf"] },
                "code": { "$ref": "#/$defs/code" },
                "parts": { "type": "array", "items": { "$ref": "#/$defs/choice" } },
                "alternatives": { "type": "array", "items": { "$ref": "#/$defs/choice" } }
              },
              "oneOf": [
                { "properties": { "type": { "const": "code" } }, "required": ["code"] },
                { "properties": { "type": { "const": "allOf" } }, "required": ["parts"] },
                { "properties": { "type": { "const": "oneOf" } }, "required": ["alternatives"] }
              ]
            },
            "code": {
              "type": "object",
              "required": ["system", "pattern", "kind"],
              "additionalProperties": false,
              "properties": {
                "system": { "$ref": "#/$defs/system" },
                "pattern": { "description": "As written, marks included: J12.4, Y53.-, Q90.-†, H19.8A, C71-C74, chapter Z.", "type": "string", "minLength": 1 },
                "kind": { "enum": ["code", "category", "range", "chapter", "invalid"] },
                "key": { "description": "The dotted code or category the classification lists: J12.4, Y53, C64 (for C64.X), H19.8 (for H19.8A).", "type": "string" },
                "mark": { "enum": ["dagger", "asterisk"] },
                "statedTitle": { "description": "The title as the guidance states it.", "type": "string" },
                "niceTitle": { "description": "nice \"…\": the title as NICE printed it, where it differs from the official one (format 1.1).", "type": "string" },
                "remark": { "description": "remark \"…\": a note on this one code, such as \"Includes: …\" (format 1.1).", "type": "string" },
                "officialTitle": { "description": "The title in the table named by the guidance's titlesFrom.", "type": "string" }
              }
            }
        """;
}
