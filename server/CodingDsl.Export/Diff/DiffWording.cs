namespace CodingDsl.Export.Diff;

/// <summary>Words the text and Markdown reports share, so both describe a change the same way.</summary>
internal static class DiffWording
{
    public static string Status(ChangeStatus status) => status switch
    {
        ChangeStatus.Added => "added",
        ChangeStatus.Removed => "removed",
        _ => "changed",
    };

    /// <summary>Where in the declaration: `procedure › opcs Y53.- or Y68.-`, or "" for the declaration itself.</summary>
    public static string Where(MeaningChange change) =>
        string.Join(" › ", new[] { change.Section, change.Subject }.Where(s => s is not null));

    /// <summary>"3 guidances compared: 1 changed, 1 added; 1 rule changed." or the no-change sentence.</summary>
    public static string Summary(MeaningDiff diff)
    {
        var compared = Count(diff.GuidancesCompared, "guidance") + " compared";
        if (!diff.HasChanges)
        {
            return $"No change in meaning ({compared}).";
        }
        var parts = new List<string> { $"{compared}: {Tally(diff.Guidances)}" };
        if (diff.Rules.Count > 0)
        {
            parts.Add(Count(diff.Rules.Count, "rule") + ": " + Tally(diff.Rules));
        }
        if (diff.Sets.Count > 0)
        {
            parts.Add(Count(diff.Sets.Count, "set") + ": " + Tally(diff.Sets));
        }
        return string.Join("; ", parts) + ".";
    }

    /// <summary>"b: 1 file has syntax errors (a.coding)…" for a side whose files did not all compile cleanly.</summary>
    public static string? ErrorsNote(DiffSide side)
    {
        var files = side.FilesWithErrors;
        if (files.Count == 0)
        {
            return null;
        }
        var named = string.Join(", ", files.Take(3)) + (files.Count > 3 ? $" and {files.Count - 3} more" : "");
        return $"{side.Label}: {Count(files.Count, "file")} {(files.Count == 1 ? "has" : "have")} syntax errors ({named}); what does not parse is missing from the comparison";
    }

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Tally(IReadOnlyList<DeclarationDiff> diffs)
    {
        var counts = new[] { ChangeStatus.Changed, ChangeStatus.Added, ChangeStatus.Removed }
            .Select(s => (Status: s, N: diffs.Count(d => d.Status == s)))
            .Where(c => c.N > 0)
            .Select(c => $"{c.N} {Status(c.Status)}")
            .ToArray();
        return counts.Length == 0 ? "none changed" : string.Join(", ", counts);
    }
}
