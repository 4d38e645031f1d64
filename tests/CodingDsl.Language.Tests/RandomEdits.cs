namespace CodingDsl.Language.Tests;

/// <summary>One random edit of a text, as typing makes them: the incremental parser's and the incremental analysis's tests share it, each with its own pieces to insert.</summary>
internal static class RandomEdits
{
    public static string Apply(Random random, string text, IReadOnlyList<string> insertions) =>
        Apply(random, text, insertions, random.Next(text.Length + 1));

    /// <summary>One random edit at <paramref name="at"/>: an insertion, a deletion or a replacement starting there.</summary>
    public static string Apply(Random random, string text, IReadOnlyList<string> insertions, int at)
    {
        switch (random.Next(4))
        {
            case 0:
            case 1:
                return text.Insert(at, insertions[random.Next(insertions.Count)]);
            case 2:
                return text.Length == 0 ? text : text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 12), text.Length - Math.Min(at, text.Length - 1)));
            default:
                // Typing a word a character at a time would be many edits; one replacement stands for it.
                var length = Math.Min(random.Next(0, 4), text.Length - at);
                return text.Remove(at, length).Insert(at, insertions[random.Next(insertions.Count)]);
        }
    }
}
