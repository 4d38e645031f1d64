using CodingDsl.Language.Rules;
using CodingDsl.Export.Compiled;

namespace CodingDsl.Export.Fhir;

/// <summary>
/// One way of coding a section from the compiled model: the codes in order, the conditions of the
/// conditional codes taken, and the `default` codes taken in place of the statement they complete.
/// </summary>
internal sealed record ChoicePath(IReadOnlyList<CompiledCode> Codes, IReadOnlyList<string> Conditions, IReadOnlyList<CompiledCode> OptionalTaken, IReadOnlyList<DefaultTaken>? Defaults = null)
{
    /// <summary>The codes each statement contributed, with its `position`, until the path is put in recording order.</summary>
    internal IReadOnlyList<(IReadOnlyList<CompiledCode> Codes, int? Position)> Blocks { get; init; } = [];
}

/// <summary>`default V55.9` taken for `V55.-`: the code recorded when the detail is not stated.</summary>
internal sealed record DefaultTaken(CompiledCode Code, string For);

/// <summary>
/// Expands a compiled section into its coding paths (one choice per alternative, each optional code
/// taken or not), as the rule engine does for a bound section; capped, as there, at the rule engine's
/// <see cref="PathEnumerator.MaxPaths"/>, so an export never lists paths the checker did not check.
/// </summary>
internal static class ChoicePaths
{
    public const int Max = PathEnumerator.MaxPaths;

    public static (IReadOnlyList<ChoicePath> Paths, bool Truncated) Expand(CompiledSection section)
    {
        var paths = new List<ChoicePath> { new([], [], []) };
        var truncated = false;
        foreach (var requirement in section.Requirements)
        {
            var options = Expand(requirement.Codes, ref truncated);
            var next = new List<ChoicePath>();
            foreach (var prefix in paths)
            {
                if (requirement.Optional)
                {
                    next.Add(prefix);
                }
                foreach (var option in options)
                {
                    next.Add(new ChoicePath(
                        [.. prefix.Codes, .. option],
                        requirement.Condition is null ? prefix.Conditions : [.. prefix.Conditions, requirement.Condition],
                        requirement.Optional ? [.. prefix.OptionalTaken, .. option] : prefix.OptionalTaken,
                        prefix.Defaults) { Blocks = [.. prefix.Blocks, (option, requirement.Position)] });
                }
                if (requirement.Default is { } fallback)
                {
                    // The way of coding when the detail is not stated: the default in place of the statement.
                    next.Add(new ChoicePath(
                        [.. prefix.Codes, fallback],
                        requirement.Condition is null ? prefix.Conditions : [.. prefix.Conditions, requirement.Condition],
                        requirement.Optional ? [.. prefix.OptionalTaken, fallback] : prefix.OptionalTaken,
                        [.. prefix.Defaults ?? [], new DefaultTaken(fallback, Written(requirement.Codes))]) { Blocks = [.. prefix.Blocks, ([fallback], requirement.Position)] });
                }
            }
            paths = PathEnumerator.Cap(next, ref truncated);
        }
        return (paths.Select(p => p with { Codes = InRecordingOrder(p.Blocks) }).ToArray(), truncated);
    }

    /// <summary>
    /// The codes in the order they are recorded: a statement with `position N` is put where its first
    /// code is the Nth of its classification, the others keep the order the section lists them. The
    /// checker reports a file whose order differs (CDSL0801), but a file is exported as written, and the
    /// stated place is what NICE says: the first code of a FHIR target must never be the second-place one.
    /// </summary>
    private static List<CompiledCode> InRecordingOrder(IReadOnlyList<(IReadOnlyList<CompiledCode> Codes, int? Position)> blocks)
    {
        var ordered = blocks.Where(b => b.Position is not > 0).ToList();
        foreach (var block in blocks.Where(b => b.Position is > 0 && b.Codes.Count > 0).OrderBy(b => b.Position))
        {
            var system = block.Codes[0].System;
            var before = 0;
            var at = ordered.Count;
            for (var i = 0; i < ordered.Count; i++)
            {
                if (before >= block.Position - 1)
                {
                    at = i;
                    break;
                }
                before += ordered[i].Codes.Count(c => c.System == system);
            }
            ordered.Insert(at, block);
        }
        return ordered.SelectMany(b => b.Codes).ToList();
    }

    private static List<List<CompiledCode>> Expand(CompiledChoice choice, ref bool truncated)
    {
        switch (choice.Type)
        {
            case ChoiceTypes.Code when choice.Code is not null:
                return [[choice.Code]];
            case ChoiceTypes.OneOf:
                {
                    var result = new List<List<CompiledCode>>();
                    foreach (var alternative in choice.Alternatives ?? [])
                    {
                        result.AddRange(Expand(alternative, ref truncated));
                    }
                    return PathEnumerator.Cap(result, ref truncated);
                }
            case ChoiceTypes.AllOf:
                {
                    var result = new List<List<CompiledCode>> { new() };
                    foreach (var part in choice.Parts ?? [])
                    {
                        var expanded = Expand(part, ref truncated);
                        result = PathEnumerator.Cap(result.SelectMany(prefix => expanded.Select(e => (List<CompiledCode>)[.. prefix, .. e])).Take(Max + 1).ToList(), ref truncated);
                    }
                    return result;
                }
            default:
                return [[]];
        }
    }

    /// <summary>The statement's codes as written, for "the default for V55.-".</summary>
    private static string Written(CompiledChoice choice) => choice.Type switch
    {
        ChoiceTypes.Code => choice.Code?.Pattern ?? "",
        ChoiceTypes.AllOf => string.Join(" and ", (choice.Parts ?? []).Select(Written)),
        ChoiceTypes.OneOf => string.Join(" or ", (choice.Alternatives ?? []).Select(Written)),
        _ => "",
    };

    /// <summary>Every code a requirement names, defaults included, in order.</summary>
    public static IEnumerable<CompiledCode> AllCodes(CompiledChoice choice) => choice.Type switch
    {
        ChoiceTypes.Code => choice.Code is null ? [] : [choice.Code],
        ChoiceTypes.AllOf => (choice.Parts ?? []).SelectMany(AllCodes),
        ChoiceTypes.OneOf => (choice.Alternatives ?? []).SelectMany(AllCodes),
        _ => [],
    };
}
