using CodingDsl.Language.Rules;

namespace CodingDsl.Language.Evaluation;

/// <summary>
/// One coded hospital episode as read: its id, the line it starts on, and its OPCS-4 and ICD-10 codes
/// in recorded order (already read into patterns, with their table entries).
/// </summary>
public sealed record Episode(string Id, long Line, IReadOnlyList<RecordedCode> Opcs, IReadOnlyList<RecordedCode> Icd10)
{
    /// <summary>All codes as the rule engine sees them: OPCS-4 then ICD-10, each in recorded order.</summary>
    public IReadOnlyList<RecordedCode> AllCodes { get; } = [.. Opcs, .. Icd10];

    /// <summary>The episode's date (`date`, HES `epistart` or `admidate`): it is judged by the release in force then. Null when the file gives none.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>What an episode file gives for one row: an episode, or a row that could not be read.</summary>
public abstract record EpisodeRecord(long Line);

public sealed record EpisodeRow(Episode Episode) : EpisodeRecord(Episode.Line);

/// <summary>A row skipped because it could not be read; <see cref="Reason"/> is one line for people.</summary>
public sealed record MalformedRow(long Line, string Reason) : EpisodeRecord(Line);
