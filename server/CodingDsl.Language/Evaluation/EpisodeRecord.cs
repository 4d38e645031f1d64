namespace CodingDsl.Language.Evaluation;

/// <summary>What an episode file gives for one row: an episode, or a row that could not be read.</summary>
public abstract record EpisodeRecord(long Line);

public sealed record EpisodeRow(Episode Episode) : EpisodeRecord(Episode.Line);

/// <summary>A row skipped because it could not be read; <see cref="Reason"/> is one line for people.</summary>
public sealed record MalformedRow(long Line, string Reason) : EpisodeRecord(Line);
