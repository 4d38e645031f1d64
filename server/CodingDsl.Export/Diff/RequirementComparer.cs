using CodingDsl.Export.Compiled;

namespace CodingDsl.Export.Diff;

/// <summary>
/// Compares the requirements of one section. Equal requirements (alternatives in any order) pair first; then a changed one pairs
/// with the first on the other side that shares a code, and is described by what differs (a code or
/// alternative added or removed, a title, NICE's wording, a remark, optional, the condition, the
/// position, the default). The
/// rest were added or removed whole. Requirements are recorded in the order written (rules such as
/// "first opcs subsidiary" read it), so a new order of the paired ones is a change too.
/// </summary>
internal static class RequirementComparer
{
    public static void Compare(List<MeaningChange> changes, string section, IReadOnlyList<RequirementSnapshot> before, IReadOnlyList<RequirementSnapshot> after)
    {
        var pairs = new List<(int Before, int After)>();
        var unpairedAfter = Enumerable.Range(0, after.Count).ToList();
        var unpairedBefore = new List<int>();
        for (var i = 0; i < before.Count; i++)
        {
            var same = unpairedAfter.FindIndex(j => after[j].Key == before[i].Key);
            if (same >= 0)
            {
                pairs.Add((i, unpairedAfter[same]));
                unpairedAfter.RemoveAt(same);
            }
            else
            {
                unpairedBefore.Add(i);
            }
        }
        foreach (var i in unpairedBefore)
        {
            var keys = CodeKeys(before[i].Compiled.Codes).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var related = unpairedAfter.FindIndex(j => CodeKeys(after[j].Compiled.Codes).Any(c => keys.Contains(c.Key)));
            if (related >= 0)
            {
                var j = unpairedAfter[related];
                unpairedAfter.RemoveAt(related);
                pairs.Add((i, j));
                Describe(changes, section, before[i], after[j]);
            }
            else
            {
                changes.Add(new MeaningChange(ChangeStatus.Removed, "requirement", section, null, before[i].Text, null, before[i].Location));
            }
        }
        changes.AddRange(unpairedAfter.Select(j => new MeaningChange(ChangeStatus.Added, "requirement", section, null, null, after[j].Text, after[j].Location)));

        var byBefore = pairs.OrderBy(p => p.Before).ToArray();
        if (!byBefore.Select(p => p.After).SequenceEqual(byBefore.Select(p => p.After).Order()))
        {
            var byAfter = pairs.OrderBy(p => p.After).ToArray();
            changes.Add(new MeaningChange(ChangeStatus.Changed, "order", section, null,
                string.Join("; ", byBefore.Select(p => before[p.Before].Codes)),
                string.Join("; ", byAfter.Select(p => after[p.After].Codes)),
                after[byAfter[0].After].Location));
        }
    }

    private static void Describe(List<MeaningChange> changes, string section, RequirementSnapshot before, RequirementSnapshot after)
    {
        var subject = after.Codes;
        var at = after.Location;
        var was = CodeKeys(before.Compiled.Codes).ToArray();
        var now = CodeKeys(after.Compiled.Codes).ToArray();
        foreach (var code in was.Where(c => now.All(n => n.Key != c.Key)))
        {
            changes.Add(new MeaningChange(ChangeStatus.Removed, code.IsAlternative ? "alternative" : "code", section, subject, code.Text, null, before.Location));
        }
        foreach (var code in now.Where(c => was.All(w => w.Key != c.Key)))
        {
            changes.Add(new MeaningChange(ChangeStatus.Added, code.IsAlternative ? "alternative" : "code", section, subject, null, code.Text, at));
        }
        if (was.Length == now.Length && was.All(w => now.Any(n => n.Key == w.Key))
            && MeaningText.Shape(before.Compiled.Codes) != MeaningText.Shape(after.Compiled.Codes))
        {
            changes.Add(new MeaningChange(ChangeStatus.Changed, "codes", section, subject, before.Codes, subject, at));
        }
        foreach (var code in now)
        {
            if (was.FirstOrDefault(w => w.Key == code.Key) is { } old)
            {
                MeaningComparer.Single(changes, "title", section, Quoted(old.Code.StatedTitle), Quoted(code.Code.StatedTitle), before.Location, at, subject: code.Key);
                MeaningComparer.Single(changes, "nice", section, Quoted(old.Code.NiceTitle), Quoted(code.Code.NiceTitle), before.Location, at, subject: code.Key);
                MeaningComparer.Single(changes, "remark", section, Quoted(old.Code.Remark), Quoted(code.Code.Remark), before.Location, at, subject: code.Key);
            }
        }
        var b = before.Compiled;
        var a = after.Compiled;
        MeaningComparer.Single(changes, "optional", section, OptionalText(b), OptionalText(a), before.Location, at, subject);
        MeaningComparer.Single(changes, "condition", section, Quoted(b.Condition), Quoted(a.Condition), before.Location, at, subject);
        MeaningComparer.Single(changes, "position", section, b.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture), before.Location, at, subject);
        MeaningComparer.Single(changes, "default", section, DefaultText(b), DefaultText(a), before.Location, at, subject);
    }

    /// <summary>`if "…"` makes a code optional too; that shows as the condition, not twice.</summary>
    private static string OptionalText(CompiledRequirement requirement) => requirement.Optional && requirement.Condition is null ? "optional" : "required";

    private static string? DefaultText(CompiledRequirement requirement) =>
        requirement.Default is null ? null : MeaningText.Code(requirement.Default, withTitle: true, withSystem: true);

    private static string? Quoted(string? text) => text is null ? null : MeaningText.Quote(text);

    private sealed record CodeKey(string Key, CompiledCode Code, bool IsAlternative, string Text);

    /// <summary>Every code of an expression, keyed by system and pattern, and whether it is one of some alternatives.</summary>
    private static IEnumerable<CodeKey> CodeKeys(CompiledChoice choice, bool inAlternatives = false) => choice.Type switch
    {
        ChoiceTypes.Code when choice.Code is { } code => [new CodeKey($"{code.System} {code.Pattern}", code, inAlternatives, MeaningText.Code(code, withTitle: true, withSystem: true))],
        ChoiceTypes.OneOf => (choice.Alternatives ?? []).SelectMany(c => CodeKeys(c, inAlternatives: true)),
        _ => (choice.Parts ?? []).SelectMany(c => CodeKeys(c, inAlternatives: false)),
    };
}
