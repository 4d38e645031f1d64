namespace CodingDsl.Export.Diff;

/// <summary>
/// Compares two <see cref="MeaningSnapshot"/>s: guidances matched by id, sections by kind and variant,
/// rules and sets by name. A guidance that is new or gone is compared with nothing, so its report
/// lists everything it says.
/// </summary>
public static class MeaningComparer
{
    public static MeaningDiff Compare(MeaningSnapshot before, MeaningSnapshot after)
    {
        var guidances = Match(before.Guidances, after.Guidances, g => g.Id)
            .Select(p => Guidance(p.Before, p.After))
            .OfType<DeclarationDiff>();
        var rules = Match(before.Rules, after.Rules, r => r.Name).Select(p => Rule(p.Before, p.After)).OfType<DeclarationDiff>();
        var sets = Match(before.Sets, after.Sets, s => s.Name).Select(p => Set(p.Before, p.After)).OfType<DeclarationDiff>();
        var compared = before.Guidances.Select(g => g.Id).Union(after.Guidances.Select(g => g.Id), StringComparer.Ordinal).Count();
        return new MeaningDiff(ByName(guidances), ByName(rules), ByName(sets), compared);
    }

    private static string? Quoted(string? text) => text is null ? null : MeaningText.Quote(text);

    private static DeclarationDiff[] ByName(IEnumerable<DeclarationDiff> diffs) => [.. diffs.OrderBy(d => d.Name, StringComparer.Ordinal)];

    private static DeclarationDiff? Guidance(GuidanceSnapshot? before, GuidanceSnapshot? after)
    {
        var changes = new List<MeaningChange>();
        var empty = new GuidanceSnapshot("", null, null, new SourceLocation("", 0), [], []);
        var b = before ?? empty;
        var a = after ?? empty;
        Single(changes, "title", null, Quoted(b.Title), Quoted(a.Title), b.Location, a.Location);
        Single(changes, "source", null, b.Source, a.Source, b.Location, a.Location);
        Statements(changes, null, b.Statements, a.Statements);
        foreach (var (bs, @as) in Match(b.Sections, a.Sections, s => s.Name))
        {
            if (bs is null || @as is null)
            {
                var section = (bs ?? @as)!;
                changes.Add(new MeaningChange(bs is null ? ChangeStatus.Added : ChangeStatus.Removed, "section", section.Name, null, null, null, section.Location));
            }
            Single(changes, "condition", (bs ?? @as)!.Name, bs?.Condition, @as?.Condition, bs?.Location, @as?.Location);
            Statements(changes, (bs ?? @as)!.Name, bs?.Statements ?? [], @as?.Statements ?? []);
            RequirementComparer.Compare(changes, (bs ?? @as)!.Name, bs?.Requirements ?? [], @as?.Requirements ?? []);
        }
        return Declaration("guidance", before?.Id ?? after!.Id, (after ?? before)!.Title, before?.Location, after?.Location, changes);
    }

    private static DeclarationDiff? Rule(RuleSnapshot? before, RuleSnapshot? after)
    {
        var changes = new List<MeaningChange>();
        var clauses = (after ?? before)!.Clauses.Select(c => c.Key);
        foreach (var clause in clauses)
        {
            Single(changes, clause, null, Clause(before, clause), Clause(after, clause), before?.Location, after?.Location);
        }
        return Declaration("rule", (after ?? before)!.Name, null, before?.Location, after?.Location, changes);
    }

    private static string? Clause(RuleSnapshot? rule, string name) => rule?.Clauses.FirstOrDefault(c => c.Key == name).Value;

    private static DeclarationDiff? Set(SetSnapshot? before, SetSnapshot? after)
    {
        var changes = new List<MeaningChange>();
        Statements(changes, null,
            before?.Items.Select(i => new MeaningStatement("item", i, before.Location)).ToArray() ?? [],
            after?.Items.Select(i => new MeaningStatement("item", i, after.Location)).ToArray() ?? []);
        return Declaration("set", (after ?? before)!.Name, null, before?.Location, after?.Location, changes);
    }

    private static DeclarationDiff? Declaration(string kind, string name, string? title, SourceLocation? before, SourceLocation? after, List<MeaningChange> changes)
    {
        var status = before is null ? ChangeStatus.Added : after is null ? ChangeStatus.Removed : ChangeStatus.Changed;
        return status == ChangeStatus.Changed && changes.Count == 0 ? null : new DeclarationDiff(kind, name, status, title, before, after, changes);
    }

    /// <summary>A value a declaration has at most once (a title, a rule's severity): added, removed or changed.</summary>
    internal static void Single(List<MeaningChange> changes, string aspect, string? section, string? before, string? after, SourceLocation? beforeAt, SourceLocation? afterAt, string? subject = null)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }
        var status = before is null ? ChangeStatus.Added : after is null ? ChangeStatus.Removed : ChangeStatus.Changed;
        changes.Add(new MeaningChange(status, aspect, section, subject, before, after, status == ChangeStatus.Removed ? beforeAt : afterAt));
    }

    /// <summary>Statements that may occur any number of times, in any order (notes, facts): what one side has more of.</summary>
    private static void Statements(List<MeaningChange> changes, string? section, IReadOnlyList<MeaningStatement> before, IReadOnlyList<MeaningStatement> after)
    {
        var remaining = after.ToList();
        foreach (var statement in before)
        {
            var same = remaining.FindIndex(s => s.Aspect == statement.Aspect && s.Text == statement.Text);
            if (same >= 0)
            {
                remaining.RemoveAt(same);
            }
            else
            {
                changes.Add(new MeaningChange(ChangeStatus.Removed, statement.Aspect, section, null, statement.Text, null, statement.Location));
            }
        }
        changes.AddRange(remaining.Select(s => new MeaningChange(ChangeStatus.Added, s.Aspect, section, null, null, s.Text, s.Location)));
    }

    /// <summary>
    /// Pairs items of the two sides by key (the first of a key on each side); an item on one side only
    /// pairs with null. In the head's order, then what only the base has, in its order.
    /// </summary>
    internal static IEnumerable<(T? Before, T? After)> Match<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key)
        where T : class
    {
        var b = before.GroupBy(key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var a = after.GroupBy(key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return after.Select(key).Concat(before.Select(key)).Distinct(StringComparer.Ordinal).Select(k => (b.GetValueOrDefault(k), a.GetValueOrDefault(k)));
    }
}
