using System.Text;
using CodingDsl.Language.Classifications;
using CodingDsl.Language.Classifications.Snomed;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Semantics;

namespace CodingDsl.LanguageServer.Features.Hover;

/// <summary>Markdown for what the core knows about a code, a SNOMED CT id, a rule, a set or a guidance.</summary>
public static class HoverContent
{
    public static string ForCode(string written, CodeSystem system, ClassificationEntry? entry, IClassificationTable table)
    {
        var text = new StringBuilder();
        var key = entry?.Code ?? Normalize(written);
        if (entry is null)
        {
            text.Append($"**{written}** is not in {table.DisplayName}.");
            return text.ToString();
        }
        text.Append($"**{entry.Code}** {entry.Title}\n\n");
        var facts = new List<string> { SystemName(system) };
        if (entry.IsCategory)
        {
            facts.Add(table.GetChildren(entry.Code).Count > 0 ? $"category ({table.GetChildren(entry.Code).Count} codes)" : "category without subdivisions");
        }
        else if (key.Length > 3 && table.Find(key[..3]) is { } category)
        {
            facts.Add($"in category {category.Code} {category.Title}");
        }
        if (table.GetChapter(key) is { } chapter)
        {
            facts.Add($"chapter {chapter.Id}: {chapter.Title}");
        }
        text.Append(string.Join(" · ", facts));
        if (system == CodeSystem.Opcs4 && OpcsChapters.IsSubsidiary(key))
        {
            text.Append("\n\nSubsidiary code (chapters Y and Z): recorded with a main procedure code, never alone or first.");
        }
        if (entry.Usage == CodeUsage.Dagger)
        {
            text.Append("\n\nDagger (†) code: the underlying disease, recorded before its asterisk code.");
        }
        else if (entry.Usage == CodeUsage.Asterisk)
        {
            text.Append("\n\nAsterisk (*) code: a manifestation, recorded after its dagger code.");
        }
        text.Append($"\n\n*{table.DisplayName}*");
        return text.ToString();
    }

    public static string ForSnomed(string id, SnomedConceptTable? concepts)
    {
        var info = SctId.Parse(id);
        var text = new StringBuilder($"**SNOMED CT {id}**\n\n");
        text.Append(info.IsValid
            ? $"A well-formed {info.Kind?.ToString().ToLowerInvariant() ?? "SNOMED CT"} id{(info.IsExtension ? $" of extension namespace {info.Namespace}" : " of the international release")}."
            : $"Not a valid SNOMED CT id ({Describe(info.Check)}).");
        if (info.IsValid && concepts is not null)
        {
            text.Append(concepts.Find(id) switch
            {
                SnomedConceptStatus.Active => $"\n\nActive in {concepts.DisplayName}.",
                SnomedConceptStatus.Inactive => $"\n\n**Inactive** in {concepts.DisplayName}.",
                _ => $"\n\nNot in {concepts.DisplayName}.",
            });
        }
        return text.ToString();
    }

    public static string ForRule(BoundRule rule)
    {
        var text = new StringBuilder($"**rule {rule.Name}**");
        if (rule.Title is not null)
        {
            text.Append($" — {rule.Title}");
        }
        text.Append($"\n\n{rule.Message}\n\n{rule.Level.ToString().ToLowerInvariant()} {rule.Descriptor.Code}");
        if (Path.GetFileName(rule.SourcePath) is { Length: > 0 } file)
        {
            text.Append($" · from {file}");
        }
        return text.ToString();
    }

    public static string ForSet(BoundSet set) =>
        $"**set {set.Name}** ({SystemName(set.System)})\n\n{string.Join(", ", set.Patterns.Select(p => p.Text))}";

    public static string ForGuidance(BoundGuidance guidance)
    {
        var text = new StringBuilder($"**{guidance.Id}**");
        if (guidance.Title is not null)
        {
            text.Append($" {guidance.Title}");
        }
        if (guidance.Source is not null)
        {
            text.Append($"\n\n{guidance.Source}");
        }
        return text.ToString();
    }

    public static string ForDiagnosticCode(DiagnosticDescriptor descriptor) =>
        $"**{descriptor.Code}** {descriptor.Title} ({descriptor.DefaultLevel.ToString().ToLowerInvariant()} by default)\n\n{descriptor.Description}";

    private static string SystemName(CodeSystem system) => system switch
    {
        CodeSystem.Opcs4 => "OPCS-4",
        CodeSystem.Icd10 => "ICD-10",
        _ => "SNOMED CT",
    };

    private static string Normalize(string written) => written.TrimEnd('†', '*', '+').Replace(".-", "", StringComparison.Ordinal);

    private static string Describe(SctIdCheck check) => check switch
    {
        SctIdCheck.Empty => "empty",
        SctIdCheck.NotDigits => "only the digits 0–9 may appear",
        SctIdCheck.WrongLength => "an id has 6 to 18 digits",
        SctIdCheck.LeadingZero => "an id does not start with 0",
        SctIdCheck.BadCheckDigit => "the check digit does not match: a typing slip?",
        SctIdCheck.UnknownPartition => "unknown partition",
        SctIdCheck.NotAConcept => "the id of a description or relationship, not a concept",
        _ => check.ToString(),
    };
}
