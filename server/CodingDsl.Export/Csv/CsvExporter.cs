using System.Globalization;
using CodingDsl.Export.Compiled;

namespace CodingDsl.Export.Csv;

/// <summary>
/// One row per recommended code, for spreadsheet users (RFC 4180: comma-separated, quoted when needed,
/// CRLF line ends, a header row). Columns are described in docs/export.md.
/// </summary>
public static class CsvExporter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "file", "guidance", "guidance_title", "section", "variant", "requirement", "system", "code", "kind",
        "title", "official_title", "role", "alternative", "condition", "position",
        "variant_condition", "nice_title", "remark",
    ];

    public static void Write(CompiledDocument document, TextWriter writer)
    {
        WriteRow(writer, Columns);
        foreach (var file in document.Files)
        {
            foreach (var guidance in file.Guidances)
            {
                foreach (var section in guidance.Sections)
                {
                    WriteSection(writer, file, guidance, section);
                }
            }
        }
    }

    private static void WriteSection(TextWriter writer, CompiledFile file, CompiledGuidance guidance, CompiledSection section)
    {
        void Row(string requirement, string system, string code, string kind, string? title, string? official, string role, string alternative, string? condition, int? position, CompiledCode? written = null) =>
            WriteRow(writer,
            [
                file.Path, guidance.Id, guidance.Title ?? "", section.Kind, section.Variant ?? "", requirement,
                system, code, kind, title ?? "", official ?? "", role, alternative, condition ?? "",
                position?.ToString(CultureInfo.InvariantCulture) ?? "",
                section.Condition ?? "", written?.NiceTitle ?? "", written?.Remark ?? "",
            ]);

        foreach (var snomed in section.Snomed.Where(s => !s.Pending && s.ConceptId is not null))
        {
            Row("", SystemNames.Snomed, snomed.ConceptId!, "concept", snomed.Term, null, "concept", "", null, null);
        }
        var main = MainRequirement(section.Requirements);
        for (var i = 0; i < section.Requirements.Count; i++)
        {
            var requirement = section.Requirements[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            foreach (var (code, alternative) in Codes(requirement.Codes, ""))
            {
                var role = requirement.Optional ? "optional"
                    : alternative.Length > 0 ? "alternative"
                    : i == main ? "main"
                    : "additional";
                Row(number, code.System, code.Pattern, code.Kind, code.StatedTitle ?? code.OfficialTitle, code.OfficialTitle, role, alternative, requirement.Condition, requirement.Position, code);
            }
            if (requirement.Default is { } d)
            {
                Row(number, d.System, d.Pattern, d.Kind, d.StatedTitle ?? d.OfficialTitle, d.OfficialTitle, "default", "", requirement.Condition, null, d);
            }
        }
    }

    /// <summary>
    /// The requirement recorded first: the one stated in position 1, else the first listed that states
    /// no later place. A code NICE puts "in second place" is never the main one, wherever it is listed.
    /// </summary>
    private static int MainRequirement(IReadOnlyList<CompiledRequirement> requirements)
    {
        for (var i = 0; i < requirements.Count; i++)
        {
            if (requirements[i].Position == 1)
            {
                return i;
            }
        }
        for (var i = 0; i < requirements.Count; i++)
        {
            if (requirements[i].Position is not > 1)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Codes with where they sit among alternatives: "2" is the second alternative, "2.1" the first alternative inside it.</summary>
    private static IEnumerable<(CompiledCode Code, string Alternative)> Codes(CompiledChoice choice, string alternative) => choice.Type switch
    {
        ChoiceTypes.Code => choice.Code is null ? [] : [(choice.Code, alternative)],
        ChoiceTypes.AllOf => (choice.Parts ?? []).SelectMany(p => Codes(p, alternative)),
        ChoiceTypes.OneOf => (choice.Alternatives ?? []).SelectMany((a, i) =>
            Codes(a, alternative.Length == 0 ? (i + 1).ToString(CultureInfo.InvariantCulture) : $"{alternative}.{i + 1}")),
        _ => [],
    };

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(Escape(fields[i]));
        }
        writer.Write("\r\n");
    }

    public static string Escape(string field) =>
        NeedsQuotes(field) ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    /// <summary>True when <see cref="Escape"/> quotes the field: a comma, quote or line break in it, or a space at either end.</summary>
    public static bool NeedsQuotes(ReadOnlySpan<char> field) =>
        field.IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
}
