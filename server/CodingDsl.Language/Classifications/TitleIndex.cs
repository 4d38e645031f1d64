using System.Buffers;

namespace CodingDsl.Language.Classifications;

/// <summary>
/// Word index over titles for completion by words: every query word must be a prefix of some word of
/// the title ("liver abl" finds "Percutaneous radiofrequency ablation of lesion of liver").
/// Sorted distinct words + posting lists, so a prefix is a binary search and a range scan.
/// </summary>
internal sealed class TitleIndex
{
    private readonly string[] _words;
    private readonly int[][] _postings;
    private readonly IReadOnlyList<ClassificationEntry> _entries;

    public TitleIndex(IReadOnlyList<ClassificationEntry> entries)
    {
        _entries = entries;
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        // Words are looked up as spans of one shared buffer: a string is made only for a new word.
        var lookup = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[256];
        for (var i = 0; i < entries.Count; i++)
        {
            var title = entries[i].Title;
            if (buffer.Length < title.Length)
            {
                buffer = new char[title.Length];
            }

            var position = 0;
            while (NextWord(title, ref position, buffer, out var length))
            {
                var word = buffer.AsSpan(0, length);
                if (!lookup.TryGetValue(word, out var list))
                {
                    list = new List<int>(4);
                    lookup[word] = list;
                }

                // Entries are visited in order, so a repeated word in one title only needs the last check.
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        _words = byWord.Keys.ToArray();
        Array.Sort(_words, StringComparer.Ordinal);
        _postings = new int[_words.Length][];
        for (var w = 0; w < _words.Length; w++)
        {
            _postings[w] = byWord[_words[w]].ToArray();
        }
    }

    public int WordCount => _words.Length;

    public IReadOnlyList<ClassificationEntry> Search(string query, int max)
    {
        var queryWords = Tokenize(query ?? string.Empty).ToArray();
        if (queryWords.Length == 0 || max <= 0 || _entries.Count == 0)
        {
            return Array.Empty<ClassificationEntry>();
        }

        var ranges = new (int Start, int End, long Size)[queryWords.Length];
        for (var q = 0; q < queryWords.Length; q++)
        {
            var (start, end) = PrefixRange(queryWords[q]);
            long size = 0;
            for (var w = start; w < end; w++)
            {
                size += _postings[w].Length;
            }

            if (size == 0)
            {
                return Array.Empty<ClassificationEntry>();
            }

            ranges[q] = (start, end, size);
        }

        // Narrowest word first: its candidates bound the work of the others.
        var order = Enumerable.Range(0, queryWords.Length).OrderBy(q => ranges[q].Size).ToArray();

        var n = _entries.Count;
        var hits = ArrayPool<int>.Shared.Rent(n);
        var exact = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(hits, 0, n);
            Array.Clear(exact, 0, n);
            var candidates = new List<int>();
            for (var step = 0; step < order.Length; step++)
            {
                var (start, end, _) = ranges[order[step]];
                for (var w = start; w < end; w++)
                {
                    foreach (var e in _postings[w])
                    {
                        // hits[e] == step means e matched every earlier query word; count each word once.
                        if (hits[e] == step)
                        {
                            hits[e] = step + 1;
                            if (step == 0)
                            {
                                candidates.Add(e);
                            }
                        }
                    }
                }
            }

            var matches = new List<int>();
            foreach (var e in candidates)
            {
                if (hits[e] == queryWords.Length)
                {
                    matches.Add(e);
                }
            }

            if (matches.Count == 0)
            {
                return Array.Empty<ClassificationEntry>();
            }

            foreach (var word in queryWords)
            {
                var w = Array.BinarySearch(_words, word, StringComparer.Ordinal);
                if (w < 0)
                {
                    continue;
                }

                foreach (var e in _postings[w])
                {
                    if (hits[e] == queryWords.Length)
                    {
                        exact[e]++;
                    }
                }
            }

            // More whole-word matches first, then shorter (more general) titles, then code order.
            // Only the best `max` are needed: keep them in a heap whose top is the worst kept.
            int Compare(int a, int b)
            {
                var c = exact[b].CompareTo(exact[a]);
                if (c != 0)
                {
                    return c;
                }

                c = _entries[a].Title.Length.CompareTo(_entries[b].Title.Length);
                return c != 0 ? c : a.CompareTo(b);
            }

            var count = Math.Min(max, matches.Count);
            if (matches.Count > count * 4)
            {
                var worstFirst = Comparer<int>.Create((a, b) => Compare(b, a));
                var kept = new PriorityQueue<int, int>(count, worstFirst);
                foreach (var e in matches)
                {
                    if (kept.Count < count)
                    {
                        kept.Enqueue(e, e);
                    }
                    else if (Compare(e, kept.Peek()) < 0)
                    {
                        kept.DequeueEnqueue(e, e);
                    }
                }

                matches.Clear();
                while (kept.Count > 0)
                {
                    matches.Add(kept.Dequeue());
                }
            }

            matches.Sort(Compare);
            var result = new ClassificationEntry[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = _entries[matches[i]];
            }

            return result;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hits);
            ArrayPool<int>.Shared.Return(exact);
        }
    }

    private (int Start, int End) PrefixRange(string prefix)
    {
        var lo = 0;
        var hi = _words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_words[mid], prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < _words.Length && _words[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (lo, end);
    }

    /// <summary>Lower-case words of letters and digits; apostrophes join ("Down’s" → "downs").</summary>
    internal static IEnumerable<string> Tokenize(string text)
    {
        var buffer = new char[text.Length];
        var position = 0;
        while (NextWord(text, ref position, buffer, out var length))
        {
            yield return new string(buffer, 0, length);
        }
    }

    /// <summary>Copies the next word of <paramref name="text"/> from <paramref name="position"/>, lower-cased, into <paramref name="buffer"/>.</summary>
    private static bool NextWord(string text, ref int position, char[] buffer, out int length)
    {
        length = 0;
        for (; position < text.Length; position++)
        {
            var ch = text[position];
            if (char.IsLetterOrDigit(ch))
            {
                buffer[length++] = char.ToLowerInvariant(ch);
            }
            else if (ch is '\'' or '’' && length > 0)
            {
                // Skip: keeps "down's" one word.
            }
            else if (length > 0)
            {
                position++;
                return true;
            }
        }

        return length > 0;
    }
}
