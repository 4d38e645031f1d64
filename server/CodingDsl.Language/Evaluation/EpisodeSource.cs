namespace CodingDsl.Language.Evaluation;

/// <summary>
/// An episode file read row by row into slots the caller owns and reuses (<see cref="EpisodeFile.Open"/>):
/// the streaming form of <see cref="EpisodeFile.Read"/>, for a run over millions of rows that must not
/// allocate per row. Not thread-safe: one thread reads a source (it may hand the filled slots on).
/// </summary>
public abstract class EpisodeSource
{
    /// <summary>Fills <paramref name="slot"/> with the next row; false at the end of the file.</summary>
    /// <exception cref="EpisodeFileException">The file has no usable header (thrown by the first call).</exception>
    public abstract bool TryRead(EpisodeSlot slot);

    /// <summary>Every row as a record of its own.</summary>
    public IEnumerable<EpisodeRecord> Records()
    {
        var slot = new EpisodeSlot();
        while (TryRead(slot))
        {
            yield return slot.ToRecord();
        }
    }

    /// <summary>A source over records already made (the JSON reader's).</summary>
    public static EpisodeSource FromRecords(IEnumerable<EpisodeRecord> records) => new RecordSource(records);

    private sealed class RecordSource(IEnumerable<EpisodeRecord> records) : EpisodeSource
    {
        private IEnumerator<EpisodeRecord>? enumerator;
        private bool ended;

        public override bool TryRead(EpisodeSlot slot)
        {
            if (ended)
            {
                return false;
            }
            enumerator ??= records.GetEnumerator();
            if (!enumerator.MoveNext())
            {
                ended = true;
                enumerator.Dispose();
                return false;
            }
            slot.Set(enumerator.Current);
            return true;
        }
    }
}
