using System.Text;
using CodingDsl.Export.Decompile;
using CodingDsl.Export.Diff;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Semantics;
using CodingDsl.Language.Syntax;
using CodingDsl.Language.Text;

namespace CodingDsl.Export.Compiled;

/// <summary>A guidance: its header (id, title, source, classification versions, notes) and its sections, with the compiled guidance beside it.</summary>
public static partial class ModelCompiler
{
    private static CompiledGuidance CompileGuidance(BoundGuidance guidance, ClassificationSet tables)
    {
        var versions = guidance.Syntax.Items.OfType<ClassificationsStatement>().SelectMany(c => c.Versions).ToArray();
        return new CompiledGuidance
        {
            Id = guidance.Id,
            Title = guidance.Title,
            Source = guidance.Source,
            Classifications = versions.Select(v =>
            {
                var bound = guidance.Versions.FirstOrDefault(b => ReferenceEquals(b.Syntax, v));
                return new CompiledClassification
                {
                    Text = v.Text,
                    System = bound is null ? null : SystemNames.Keyword(bound.System),
                    Version = bound?.Version,
                };
            }).ToList(),
            TitlesFrom = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["icd10"] = TableFor(tables, CodeSystem.Icd10, guidance.Versions).DisplayName,
                ["opcs"] = TableFor(tables, CodeSystem.Opcs4, guidance.Versions).DisplayName,
            },
            Notes = [.. guidance.Notes],
            Sections = guidance.Sections.Select(CompileSection).ToList(),
        };
    }

    /// <summary>Writes a guidance's own statements back as source (`import`): source, classifications, notes; its sections follow.</summary>
    internal static void WriteGuidanceStatements(CompiledGuidance g, StringBuilder w, string indent)
    {
            if (g.Source is not null)
            {
                w.Append(indent).Append("source ").Append(SourceWriter.Quote(g.Source)).Append('\n');
            }
            if (g.Classifications.Count > 0)
            {
                w.Append(indent).Append("classifications ").Append(string.Join(", ", g.Classifications.Select(c => c.Text))).Append('\n');
            }
            foreach (var note in g.Notes)
            {
                w.Append(indent).Append("note ").Append(SourceWriter.Quote(note)).Append('\n');
            }
    }

    /// <summary>What `diff` compares for one of a guidance's own statements, as (aspect, text) each; empty for sections and for what carries no meaning of its own.</summary>
    internal static IEnumerable<(string Aspect, string Text, TextSpan LocalSpan)> GuidanceStatementMeaning(SyntaxNode item) => item switch
    {
        ClassificationsStatement classifications => classifications.Versions.Select(v => ("classification", v.Text, v.LocalSpan)),
        NoteStatement note => [("note", MeaningText.Quote(note.Text.Value), note.LocalSpan)],
        _ => [],
    };

    /// <summary>The table titles were looked up in, as the code checker chooses it: the declared version's when it lists categories, else the default.</summary>
    private static IClassificationTable TableFor(ClassificationSet tables, CodeSystem system, IReadOnlyList<ClassificationVersion> versions)
    {
        var version = versions.FirstOrDefault(v => v.System == system);
        var table = version is null ? null : tables.GetTable(system, version.Version);
        return table is not null && table.Entries.Any(e => e.IsCategory) ? table : tables.GetDefault(system);
    }
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

public static partial class ModelCompiler
{
    /// <summary><see cref="CompiledGuidance"/> in docs/schema/compiled.schema.json's $defs (assembled by <see cref="CompiledSchemaText"/>): a property added above is added here too.</summary>
    internal const string GuidanceSchemaDefinitions =
        """
            "guidance": {
              "type": "object",
              "required": ["id", "classifications", "titlesFrom", "notes", "sections"],
              "additionalProperties": false,
              "properties": {
                "id": { "description": "NICE's id: IPG327, MTG12.", "type": "string" },
                "title": { "type": "string" },
                "source": { "description": "Where the recommendation is published.", "type": "string" },
                "classifications": {
                  "description": "The classification versions the codes were chosen in, as written.",
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["text"],
                    "additionalProperties": false,
                    "properties": {
                      "text": { "description": "As written: opcs-4.10, icd-10-5.", "type": "string" },
                      "system": { "$ref": "#/$defs/system" },
                      "version": { "description": "4.10, 5. Absent when the text is not a version.", "type": "string" }
                    }
                  }
                },
                "titlesFrom": {
                  "description": "The classification tables official titles were read from, by system.",
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "opcs": { "type": "string" },
                    "icd10": { "type": "string" }
                  }
                },
                "notes": { "type": "array", "items": { "type": "string" } },
                "sections": { "type": "array", "items": { "$ref": "#/$defs/section" } }
              }
            }
        """;
}
