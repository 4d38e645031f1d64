namespace CodingDsl.Language.Classifications;

/// <summary>
/// "Did you mean" candidates: codes one edit away from a code that is not in the table. Typing slips
/// first (two characters swapped: J21.4 → J12.4), then another fourth character in the same category,
/// then any other one-character change, insertion or deletion.
/// </summary>
internal static class NearCodeFinder
{
    private const int Transposition = 0;
    private const int SameCategory = 1;
    private const int Substitution = 2;
    private const int InsertOrDelete = 3;

    public static IReadOnlyList<ClassificationEntry> Suggest(ClassificationTable table, string code, int max)
    {
        var key = ClassificationCodes.Normalize(code);
        if (max <= 0 || key.Length < 3 || key.Length > 8)
        {
            return Array.Empty<ClassificationEntry>();
        }

        var undotted = ClassificationCodes.Undotted(key);
        var best = new Dictionary<string, int>(StringComparer.Ordinal);

        void Consider(string candidateUndotted, int score)
        {
            var dotted = candidateUndotted.Length > 3 ? candidateUndotted[..3] + "." + candidateUndotted[3..] : candidateUndotted;
            if (dotted == key || table.Find(dotted) is null)
            {
                return;
            }

            if (!best.TryGetValue(dotted, out var old) || score < old)
            {
                best[dotted] = score;
            }
        }

        var chars = undotted.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (chars[i] == chars[i + 1])
            {
                continue;
            }

            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            Consider(new string(chars), Transposition);
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        }

        for (var i = 0; i < chars.Length; i++)
        {
            var original = chars[i];
            foreach (var c in Alphabet(i))
            {
                if (c == original)
                {
                    continue;
                }

                chars[i] = c;
                Consider(new string(chars), i >= 3 && i == chars.Length - 1 ? SameCategory : Substitution);
            }

            chars[i] = original;
        }

        for (var i = 1; i < undotted.Length; i++)
        {
            Consider(undotted.Remove(i, 1), InsertOrDelete);
        }

        for (var i = 1; i <= undotted.Length && undotted.Length < 6; i++)
        {
            foreach (var c in Alphabet(i))
            {
                Consider(undotted.Insert(i, c.ToString()), InsertOrDelete);
            }
        }

        return best
            .OrderBy(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(max)
            .Select(p => table.Find(p.Key)!)
            .ToArray();
    }

    private static IEnumerable<char> Alphabet(int position)
    {
        if (position == 0)
        {
            for (var c = 'A'; c <= 'Z'; c++)
            {
                yield return c;
            }
        }
        else
        {
            for (var c = '0'; c <= '9'; c++)
            {
                yield return c;
            }
        }
    }
}
