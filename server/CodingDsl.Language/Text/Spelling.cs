namespace CodingDsl.Language;

/// <summary>"Did you mean" for keywords and names: the nearest candidate within a small edit distance.</summary>
public static class Spelling
{
    /// <summary>
    /// Longer words get no suggestion: keywords and set names are short, and comparing two hostile
    /// 30,000-character names once took 3.5 GB (a full distance matrix). With this cap and the banded
    /// distance below, a suggestion costs a few small arrays whatever the document holds.
    /// </summary>
    public const int MaxWordLength = 64;

    /// <summary>The most edits a suggestion may need: a third of the word, between 1 and 3.</summary>
    private const int MaxEdits = 3;

    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return null;
        }
        var limit = Math.Max(1, Math.Min(MaxEdits, word.Length / 3));
        string? best = null;
        var bestDistance = limit + 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.Length > MaxWordLength || Math.Abs(candidate.Length - word.Length) > limit || !seen.Add(candidate))
            {
                continue;
            }
            var distance = Distance(word, candidate, bestDistance - 1);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), ignoring case.</summary>
    public static int Distance(string a, string b) => Distance(a, b, int.MaxValue - 1);

    /// <summary>
    /// As <see cref="Distance(string, string)"/>, but any distance over <paramref name="cutoff"/> is
    /// reported as cutoff + 1, which lets it stop early. Three rows of the matrix (linear memory), and
    /// only the diagonal band that can stay within the cut-off is filled.
    /// </summary>
    public static int Distance(string a, string b, int cutoff)
    {
        if (Math.Abs(a.Length - b.Length) > cutoff)
        {
            return cutoff + 1;
        }
        var over = cutoff + 1;
        var width = b.Length + 1;
        var twoBack = new int[width];
        var previous = new int[width];
        var row = new int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = Math.Min(j, over);
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - cutoff);
            var to = (int)Math.Min(b.Length, (long)i + cutoff);
            // Cells outside the band are "too far"; the one just left of it is read below.
            row[0] = Math.Min(i, over);
            if (from > 1)
            {
                row[from - 1] = over;
            }
            var rowBest = row[0];
            for (var j = from; j <= to; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1
                    && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }
                row[j] = Math.Min(value, over);
                rowBest = Math.Min(rowBest, row[j]);
            }
            if (to < b.Length)
            {
                row[to + 1] = over;
            }
            if (rowBest > cutoff)
            {
                return over;
            }
            (twoBack, previous, row) = (previous, row, twoBack);
        }
        return Math.Min(previous[b.Length], over);
    }
}
