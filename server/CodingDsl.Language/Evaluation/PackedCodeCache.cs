namespace CodingDsl.Language.Evaluation;

/// <summary>
/// Readings of short codes by their packed characters (<see cref="EpisodeCodeReader"/>): an open-addressed
/// table probed from a multiplicative hash, so a hit is one slot (or a few), where a
/// <c>Dictionary&lt;ulong, …&gt;</c> went through a bucket array to an entry array; the lookup was the
/// largest single cost of the reading thread (perf, 1,000,000 HES rows).
/// </summary>
internal sealed class PackedCodeCache
{
    // Keys are stored plus one, so 0 marks an empty slot (the empty field packs to 0).
    private ulong[] keys = new ulong[1024];
    private EpisodeCodeReader.Reading[] values = new EpisodeCodeReader.Reading[1024];
    private int shift = 64 - 10;

    public int Count { get; private set; }

    public bool TryGetValue(ulong key, out EpisodeCodeReader.Reading value)
    {
        var stored = key + 1;
        var mask = keys.Length - 1;
        for (var i = Slot(stored); ; i = (i + 1) & mask)
        {
            var k = keys[i];
            if (k == stored)
            {
                value = values[i];
                return true;
            }
            if (k == 0)
            {
                value = default;
                return false;
            }
        }
    }

    /// <summary>Adds a key not in the table.</summary>
    public void Add(ulong key, EpisodeCodeReader.Reading value)
    {
        if (2 * (Count + 1) > keys.Length)
        {
            Grow();
        }
        Put(key + 1, value);
        Count++;
    }

    public void Clear()
    {
        Array.Clear(keys);
        Array.Clear(values);
        Count = 0;
    }

    private int Slot(ulong stored) => (int)((stored * 0x9E3779B97F4A7C15UL) >> shift);

    private void Put(ulong stored, EpisodeCodeReader.Reading value)
    {
        var mask = keys.Length - 1;
        var i = Slot(stored);
        while (keys[i] != 0)
        {
            i = (i + 1) & mask;
        }
        keys[i] = stored;
        values[i] = value;
    }

    private void Grow()
    {
        var (oldKeys, oldValues) = (keys, values);
        keys = new ulong[oldKeys.Length * 2];
        values = new EpisodeCodeReader.Reading[oldKeys.Length * 2];
        shift--;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
