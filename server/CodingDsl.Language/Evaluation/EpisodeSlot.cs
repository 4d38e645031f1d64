namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Where an <see cref="EpisodeSource"/> puts one row: an episode (the slot's own reusable one for CSV)
/// or a malformed row. A slot is filled again for a later row, so whoever keeps a row past that keeps
/// <see cref="ToRecord"/>.
/// </summary>
public sealed class EpisodeSlot
{
    internal Episode Reusable { get; } = Episode.CreateReusable();

    /// <summary>The row's episode; null when the row is malformed.</summary>
    public Episode? Episode { get; private set; }

    /// <summary>The row that could not be read; null when the row is an episode.</summary>
    public MalformedRow? Malformed { get; private set; }

    internal void SetEpisode(Episode episode)
    {
        Episode = episode;
        Malformed = null;
    }

    internal void SetMalformed(MalformedRow row)
    {
        Episode = null;
        Malformed = row;
    }

    internal void Set(EpisodeRecord record)
    {
        switch (record)
        {
            case EpisodeRow row:
                SetEpisode(row.Episode);
                break;
            case MalformedRow malformed:
                SetMalformed(malformed);
                break;
        }
    }

    /// <summary>The row as a record of its own (the episode copied when it is the slot's reusable one).</summary>
    public EpisodeRecord ToRecord() =>
        Malformed ?? (EpisodeRecord)new EpisodeRow(ReferenceEquals(Episode, Reusable) ? Episode!.Copy() : Episode!);
}
