using CodingDsl.Language.Classifications;
using System.Text;
using CodingDsl.Export.Compiled;
using Hl7.Fhir.Model;

namespace CodingDsl.Export.Fhir;

/// <summary>
/// Builds FHIR R4 resources from the compiled model with the Firely SDK: per guidance a ValueSet of the
/// recommended codes for each system and a ConceptMap from the guidance's sections to the codes, all in
/// one collection Bundle. No timestamps, ids derived from guidance ids: the same rules give the same
/// resources. What FHIR cannot say exactly is said in comments and listed in docs/export.md.
/// </summary>
public sealed class FhirExporter(string baseUrl)
{
    public const string DefaultBaseUrl = CodingDsl.Language.ProjectLinks.FhirBase;

    private readonly string baseUrl = baseUrl.TrimEnd('/');

    /// <summary>Property URI for the extra codes of a combination (ConceptMap target.product).</summary>
    public string AdditionalCodeProperty => $"{baseUrl}/property/additional-code";

    /// <summary>Property URI for the clinical condition of an `if "…"` code or variant (ConceptMap target.dependsOn).</summary>
    public string ClinicalConditionProperty => $"{baseUrl}/property/clinical-condition";

    /// <summary>Property URI for a fact about the procedure, `image-guided` (ConceptMap target.dependsOn).</summary>
    public string ProcedureFactProperty => $"{baseUrl}/property/procedure-fact";

    /// <summary>Property URI for "the detail is not stated", on the target that takes a `default` code (ConceptMap target.dependsOn).</summary>
    public string DetailNotStatedProperty => $"{baseUrl}/property/detail-not-stated";

    /// <exception cref="DuplicateGuidanceException">Two guidances share an id (their resources would too).</exception>
    public Bundle Export(CompiledDocument document)
    {
        var duplicate = document.Files
            .SelectMany(f => f.Guidances.Where(g => g.Id.Length > 0).Select(g => (g.Id, f.Path)))
            .GroupBy(g => g.Id, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DuplicateGuidanceException(duplicate.Key, duplicate.Select(g => g.Path).ToArray());
        }
        var bundle = new Bundle
        {
            Id = "codingdsl-export",
            Type = Bundle.BundleType.Collection,
        };
        foreach (var guidance in document.Files.SelectMany(f => f.Guidances).Where(g => g.Id.Length > 0))
        {
            foreach (var resource in ExportGuidance(guidance))
            {
                bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"{baseUrl}/{resource.TypeName}/{resource.Id}", Resource = resource });
            }
        }
        return bundle;
    }

    public IEnumerable<Resource> ExportGuidance(CompiledGuidance guidance)
    {
        foreach (var system in new[] { SystemNames.Opcs, SystemNames.Icd10 })
        {
            if (ValueSetFor(guidance, system) is { } valueSet)
            {
                yield return valueSet;
            }
        }
        if (SnomedValueSet(guidance) is { } snomed)
        {
            yield return snomed;
        }
        if (ConceptMapFor(guidance) is { } map)
        {
            yield return map;
        }
    }

    private ValueSet? ValueSetFor(CompiledGuidance guidance, string system)
    {
        var codes = guidance.Sections
            .SelectMany(s => s.Requirements)
            .SelectMany(r => ChoicePaths.AllCodes(r.Codes).Concat(r.Default is null ? [] : [r.Default]))
            .Where(c => c.System == system && c.Kind != "invalid")
            .ToArray();
        if (codes.Length == 0)
        {
            return null;
        }
        var uri = FhirSystems.Uri(system);
        var version = guidance.Classifications.FirstOrDefault(c => c.System == system)?.Version;
        var compose = new ValueSet.ComposeComponent();

        // Codes in one include (concepts), each pattern in its own (filters are and-ed within an include, includes or-ed).
        var concepts = new ValueSet.ConceptSetComponent { System = uri, Version = version };
        foreach (var code in codes.Where(c => c.Kind == "code").DistinctBy(c => c.Key))
        {
            concepts.Concept.Add(new ValueSet.ConceptReferenceComponent { Code = code.Key, Display = code.OfficialTitle ?? code.StatedTitle });
        }
        if (concepts.Concept.Count > 0)
        {
            compose.Include.Add(concepts);
        }
        foreach (var category in codes.Where(c => c.Kind != "code").SelectMany(Categories).Distinct(StringComparer.Ordinal))
        {
            compose.Include.Add(new ValueSet.ConceptSetComponent
            {
                System = uri,
                Version = version,
                Filter = [DescendantsOf(category)],
            });
        }
        foreach (var chapter in codes.Where(c => c.Kind == "chapter").Select(c => c.Pattern[^1..]).Distinct(StringComparer.Ordinal))
        {
            compose.Include.Add(new ValueSet.ConceptSetComponent
            {
                System = uri,
                Version = version,
                Filter = [new ValueSet.FilterComponent { Property = "code", Op = FilterOperator.Regex, Value = $"{chapter}.*" }],
            });
        }
        var idPart = FhirSystems.IdPart(system);
        return new ValueSet
        {
            Id = $"{guidance.Id}-{idPart}",
            Url = $"{baseUrl}/ValueSet/{guidance.Id}-{idPart}",
            Name = $"{guidance.Id}_{idPart.ToUpperInvariant()}",
            Title = $"{guidance.Id} {FhirSystems.DisplayName(system)} codes" + (guidance.Title is null ? "" : $": {guidance.Title}"),
            Status = PublicationStatus.Draft,
            Experimental = false,
            Description = Description(guidance, $"The {FhirSystems.DisplayName(system)} codes NICE {guidance.Id} recommends"),
            Compose = compose,
        };
    }

    private ValueSet? SnomedValueSet(CompiledGuidance guidance)
    {
        var concepts = guidance.Sections.SelectMany(s => s.Snomed).Where(s => !s.Pending && s.ConceptId is not null).DistinctBy(s => s.ConceptId).ToArray();
        if (concepts.Length == 0)
        {
            return null;
        }
        return new ValueSet
        {
            Id = $"{guidance.Id}-snomed",
            Url = $"{baseUrl}/ValueSet/{guidance.Id}-snomed",
            Name = $"{guidance.Id}_SNOMED",
            Title = $"{guidance.Id} SNOMED CT concepts" + (guidance.Title is null ? "" : $": {guidance.Title}"),
            Status = PublicationStatus.Draft,
            Experimental = false,
            Description = Description(guidance, $"The SNOMED CT concepts NICE {guidance.Id} recommends"),
            Compose = new ValueSet.ComposeComponent
            {
                Include =
                [
                    new ValueSet.ConceptSetComponent
                    {
                        System = CodeSystems.Snomed.FhirUri,
                        Concept = concepts.Select(c => new ValueSet.ConceptReferenceComponent { Code = c.ConceptId, Display = c.Term }).ToList(),
                    },
                ],
            },
        };
    }

    private ConceptMap? ConceptMapFor(CompiledGuidance guidance)
    {
        var groups = new SortedDictionary<string, ConceptMap.GroupComponent>(StringComparer.Ordinal);
        var sourceSystem = guidance.Source ?? $"{baseUrl}/guidance/{guidance.Id}";
        foreach (var section in guidance.Sections)
        {
            var sourceCode = section.Variant is null ? section.Kind : $"{section.Kind}/{CodeSafe(section.Variant)}";
            var sourceDisplay = $"{guidance.Id} {section.Kind}" + (section.Variant is null ? "" : $" ({section.Variant})");
            var (paths, truncated) = ChoicePaths.Expand(section);
            foreach (var path in paths.Where(p => p.Codes.Count > 0))
            {
                var first = path.Codes[0];
                var group = GroupFor(groups, sourceSystem, first.System, guidance);
                var element = group.Element.FirstOrDefault(e => e.Code == sourceCode);
                if (element is null)
                {
                    element = new ConceptMap.SourceElementComponent { Code = sourceCode, Display = sourceDisplay };
                    group.Element.Add(element);
                }
                element.Target.Add(Target(path, truncated, section));
            }
            if (section.CaseByCase is { } caseByCase && section.Requirements.Count == 0)
            {
                var group = GroupFor(groups, sourceSystem, SystemNames.Opcs, guidance);
                group.Element.Add(new ConceptMap.SourceElementComponent
                {
                    Code = sourceCode,
                    Display = sourceDisplay,
                    Target =
                    [
                        WithSectionConditions(new ConceptMap.TargetElementComponent
                        {
                            Equivalence = ConceptMapEquivalence.Unmatched,
                            Comment = "Coded case by case: no fixed codes." + (caseByCase.Text is null ? "" : " " + caseByCase.Text),
                        }, section),
                    ],
                });
            }
        }
        if (groups.Count == 0)
        {
            return null;
        }
        return new ConceptMap
        {
            Id = guidance.Id,
            Url = $"{baseUrl}/ConceptMap/{guidance.Id}",
            Name = $"{guidance.Id}_Coding",
            Title = $"{guidance.Id} clinical coding" + (guidance.Title is null ? "" : $": {guidance.Title}"),
            Status = PublicationStatus.Draft,
            Experimental = false,
            Description = Description(guidance, $"How the procedure and diagnosis of NICE {guidance.Id} are coded: each target (with its products) is one complete way of coding a section", Notes(guidance)),
            Group = [.. groups.Values],
        };
    }

    private static ConceptMap.GroupComponent GroupFor(SortedDictionary<string, ConceptMap.GroupComponent> groups, string sourceSystem, string system, CompiledGuidance guidance)
    {
        if (!groups.TryGetValue(system, out var group))
        {
            group = new ConceptMap.GroupComponent
            {
                Source = sourceSystem,
                Target = FhirSystems.Uri(system),
                TargetVersion = guidance.Classifications.FirstOrDefault(c => c.System == system)?.Version,
            };
            groups[system] = group;
        }
        return group;
    }

    /// <summary>
    /// One coding path as one target: its first code is the target, the others are products (R4's way
    /// of saying "this mapping produces these codes too"). A category, range or chapter stands for "a
    /// code from it", which FHIR cannot say in a target: the category is given, and the equivalence is
    /// "wider" (the target stands for more than one code), with a comment.
    /// </summary>
    private ConceptMap.TargetElementComponent Target(ChoicePath path, bool truncated, CompiledSection section)
    {
        var first = path.Codes[0];
        var comment = new List<string>();
        if (path.Codes.Count > 1)
        {
            comment.Add("Recorded together, in this order: " + string.Join(" + ", path.Codes.Select(c => c.Pattern)) + ".");
        }
        var patterns = path.Codes.Where(c => c.Kind != "code").ToArray();
        if (patterns.Length > 0)
        {
            comment.Add(string.Join(" ", patterns.Select(PatternComment)));
        }
        if (path.OptionalTaken.Count > 0)
        {
            comment.Add("Optional codes taken: " + string.Join(", ", path.OptionalTaken.Select(c => c.Pattern)) + ".");
        }
        foreach (var taken in path.Defaults ?? [])
        {
            comment.Add($"{taken.Code.Pattern} is the default for {taken.For}: recorded when the detail is not stated.");
        }
        foreach (var code in path.Codes.Where(c => c.NiceTitle is not null))
        {
            comment.Add($"NICE prints {code.Pattern} as \"{code.NiceTitle}\".");
        }
        foreach (var code in path.Codes.Where(c => c.Remark is not null))
        {
            comment.Add($"On {code.Pattern}: {code.Remark}");
        }
        if (truncated)
        {
            comment.Add($"This section has more than {ChoicePaths.Max} coding paths; only the first {ChoicePaths.Max} are listed.");
        }
        var target = new ConceptMap.TargetElementComponent
        {
            Code = FhirCode(first),
            Display = first.OfficialTitle ?? first.StatedTitle,
            Equivalence = patterns.Length > 0 ? ConceptMapEquivalence.Wider : ConceptMapEquivalence.Equivalent,
            Comment = comment.Count > 0 ? string.Join(" ", comment) : null,
        };
        WithSectionConditions(target, section);
        foreach (var condition in path.Conditions)
        {
            target.DependsOn.Add(new ConceptMap.OtherElementComponent { Property = ClinicalConditionProperty, Value = condition });
        }
        foreach (var taken in path.Defaults ?? [])
        {
            target.DependsOn.Add(new ConceptMap.OtherElementComponent { Property = DetailNotStatedProperty, Value = taken.For });
        }
        foreach (var code in path.Codes.Skip(1))
        {
            target.Product.Add(new ConceptMap.OtherElementComponent
            {
                Property = AdditionalCodeProperty,
                System = FhirSystems.Uri(code.System),
                Value = FhirCode(code),
                Display = code.OfficialTitle ?? code.StatedTitle,
            });
        }
        return target;
    }

    /// <summary>What holds of every way of coding the section: the variant's condition, then the facts about the procedure.</summary>
    private ConceptMap.TargetElementComponent WithSectionConditions(ConceptMap.TargetElementComponent target, CompiledSection section)
    {
        if (section.Condition is not null)
        {
            target.DependsOn.Add(new ConceptMap.OtherElementComponent { Property = ClinicalConditionProperty, Value = section.Condition });
        }
        foreach (var fact in section.Facts)
        {
            target.DependsOn.Add(new ConceptMap.OtherElementComponent { Property = ProcedureFactProperty, Value = fact });
        }
        return target;
    }

    /// <summary>The guidance's and its sections' notes, which a ConceptMap has no element for, as lines of its description.</summary>
    private static IEnumerable<string> Notes(CompiledGuidance guidance) =>
        guidance.Notes.Select(n => $"Note: {n}")
            .Concat(guidance.Sections.SelectMany(s => s.Notes.Select(n => $"Note on {s.Kind}{(s.Variant is null ? "" : $" ({s.Variant})")}: {n}")));

    private static string PatternComment(CompiledCode code) => code.Kind switch
    {
        "category" => $"{code.Key} stands for a code from category {code.Pattern}.",
        "range" => $"{code.Pattern} stands for a code from any category in the range.",
        "chapter" => $"{code.Pattern[^1..]} stands for a code from {code.Pattern}.",
        _ => $"{code.Pattern} could not be read as a code.",
    };

    /// <summary>The code as FHIR codings carry it: the dotted key (C64 for C64.X, H19.8 for H19.8A), a range as written, a chapter's letter.</summary>
    private static string FhirCode(CompiledCode code) => code.Kind switch
    {
        "code" or "category" => code.Key ?? code.Pattern,
        "chapter" => code.Pattern[^1..],
        _ => code.Pattern,
    };

    private static IEnumerable<string> Categories(CompiledCode code)
    {
        if (code.Kind == "category" && code.Key is not null)
        {
            yield return code.Key;
        }
        else if (code.Kind == "range" && code.Pattern.Length == 7)
        {
            var letter = code.Pattern[0];
            if (int.TryParse(code.Pattern.AsSpan(1, 2), out var from) && int.TryParse(code.Pattern.AsSpan(5, 2), out var to))
            {
                for (var n = from; n <= to; n++)
                {
                    yield return $"{letter}{n:D2}";
                }
            }
        }
    }

    private static ValueSet.FilterComponent DescendantsOf(string category) =>
        new() { Property = "concept", Op = FilterOperator.DescendentOf, Value = category };

    private static string CodeSafe(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Markdown Description(CompiledGuidance guidance, string what, IEnumerable<string>? notes = null)
    {
        var text = new StringBuilder(what);
        text.Append(guidance.Title is null ? "." : $" ({guidance.Title}).");
        if (guidance.Source is not null)
        {
            text.Append(" Source: ").Append(guidance.Source).Append('.');
        }
        text.Append(" Compiled by codingdsl from the guidance's rule file.");
        foreach (var note in notes ?? [])
        {
            text.Append("\n\n").Append(note);
        }
        return new Markdown(text.ToString());
    }
}
