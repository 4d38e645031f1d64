namespace CodingDsl.Language.Classifications.Snomed;

/// <summary>Whether a concept is in the configured release, and whether it is active there.</summary>
public enum SnomedConceptStatus
{
    Active,
    Inactive,
}

/// <summary>Concept ids from an RF2 concept file with their active flag. Immutable and thread-safe.</summary>
public sealed class SnomedConceptTable
{
    private readonly Dictionary<long, bool> _active;

    internal SnomedConceptTable(string displayName, Dictionary<long, bool> active)
    {
        DisplayName = displayName;
        _active = active;
    }

    /// <summary>For messages: "SNOMED CT (sct2_Concept_Snapshot_GB1000000_20250101.txt)".</summary>
    public string DisplayName { get; }

    public int Count => _active.Count;

    /// <summary>The concept's status, or null when the release does not contain it.</summary>
    public SnomedConceptStatus? Find(string conceptId) =>
        long.TryParse(conceptId?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? Find(id)
            : null;

    public SnomedConceptStatus? Find(long conceptId) =>
        _active.TryGetValue(conceptId, out var active) ? (active ? SnomedConceptStatus.Active : SnomedConceptStatus.Inactive) : null;
}

/// <summary>The outcome of reading an RF2 concept file; reading never throws.</summary>
public sealed record SnomedLoadResult(
    SnomedConceptTable? Table,
    int SkippedLines,
    IReadOnlyList<TableLoadProblem> Problems,
    string? Error)
{
    public bool Succeeded => Table is not null;
}
