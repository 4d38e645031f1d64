namespace CodingDsl.Export.Diff;

public enum ChangeStatus
{
    Added,
    Removed,
    Changed,
}

/// <summary>
/// One change in meaning. <see cref="Location"/> is on the head side for what was added or changed,
/// on the base side for what was removed.
/// </summary>
/// <param name="Aspect">What changed: title, source, classification, note, use, section, snomed, fact, case-by-case,
/// requirement, code, alternative, codes, optional, condition, position, default, order; for rules their clause names; item for sets.</param>
/// <param name="Section">The section ("procedure", "diagnosis \"Secondary\""); null for the guidance itself.</param>
/// <param name="Subject">The requirement changed, by its codes (`opcs Y53.- or Y68.-`), or the code whose title changed.</param>
public sealed record MeaningChange(
    ChangeStatus Status,
    string Aspect,
    string? Section,
    string? Subject,
    string? Before,
    string? After,
    SourceLocation? Location);

/// <summary>What changed in one guidance, or in one rule or set of a rule file (<see cref="Kind"/>).</summary>
/// <param name="Kind">"guidance", "rule" or "set".</param>
/// <param name="Name">The guidance id, rule name or set name.</param>
/// <param name="Title">The guidance's title (head's, else base's); null for rules and sets.</param>
public sealed record DeclarationDiff(
    string Kind,
    string Name,
    ChangeStatus Status,
    string? Title,
    SourceLocation? Base,
    SourceLocation? Head,
    IReadOnlyList<MeaningChange> Changes);

/// <summary>Everything that changed in meaning between two sides; unchanged declarations are left out.</summary>
/// <param name="GuidancesCompared">Distinct guidance ids over both sides.</param>
public sealed record MeaningDiff(
    IReadOnlyList<DeclarationDiff> Guidances,
    IReadOnlyList<DeclarationDiff> Rules,
    IReadOnlyList<DeclarationDiff> Sets,
    int GuidancesCompared)
{
    public bool HasChanges => Guidances.Count + Rules.Count + Sets.Count > 0;

    public IEnumerable<DeclarationDiff> All => Guidances.Concat(Rules).Concat(Sets);
}

/// <summary>One side as the reports describe it.</summary>
/// <param name="Label">As given on the command line: a revision (`origin/main`) or a folder.</param>
/// <param name="FilesWithErrors">Files with error diagnostics, relative to the side's root: parts of them may be missing from the comparison.</param>
public sealed record DiffSide(string Label, int Files, IReadOnlyList<string> FilesWithErrors);

/// <summary>A diff and the two sides it compared: what the text, JSON and Markdown writers take.</summary>
public sealed record DiffReport(DiffSide Base, DiffSide Head, MeaningDiff Diff);
