using System.Text.RegularExpressions;
using CodingDsl.Language.Classifications;

namespace CodingDsl.Language.Services;

/// <summary>
/// Finds codes for what was typed, through the table's indexes (a binary search for code prefixes, the
/// title-word index for words), never a scan: "J12." → J12.1 … J12.9; "liver abl" → J12.4 ….
/// When an approach is expected, chapter Y leads (Y53/Y68 first after `image-guided`); among title
/// matches, codes sharing words with the guidance's title come first.
/// </summary>
internal static partial class CodeSearch
{
    /// <summary>Candidates fetched before re-ranking for an expected approach, so Y codes further down can lead.</summary>
    private const int RerankPool = 200;

    public sealed record Result(IReadOnlyList<ClassificationEntry> Entries, bool Truncated, bool ByTitle);

    /// <param name="contextText">The guidance title and variant name: codes sharing their words rank higher among title matches
    /// ("liver abl" in "Radiofrequency ablation for colorectal liver metastases" puts J12.4 first).</param>
    public static Result Search(IClassificationTable table, string query, int max, bool approachExpected, bool imageGuided, string? contextText = null)
    {
        var q = query.Trim();
        if (q.Length == 0)
        {
            if (approachExpected && table.System == CodeSystem.Opcs4)
            {
                var list = imageGuided
                    ? [.. table.FindByPrefix("Y53", max + 1), .. table.FindByPrefix("Y68", max + 1)]
                    : table.FindByPrefix("Y", max + 1);
                return Cut(list, max, byTitle: false);
            }
            return Cut(table.FindByPrefix(string.Empty, max + 1), max, byTitle: false);
        }
        if (CodePrefix(q) is { } prefix)
        {
            var byCode = table.FindByPrefix(prefix, max + 1);
            if (byCode.Count > 0 || !q.All(char.IsAsciiLetter))
            {
                return Cut(byCode, max, byTitle: false);
            }
        }
        approachExpected &= table.System == CodeSystem.Opcs4;
        var pool = table.SearchTitle(q, RerankPool);
        var words = ContextWords(contextText);
        // Stable: the table's own ranking breaks ties.
        var ranked = pool
            .Select((entry, index) => (entry, index, lead: !approachExpected ? 0 : IsLead(entry, imageGuided) ? 0 : entry.Code[0] == 'Y' ? 1 : 2, score: words.Count == 0 ? 0 : Shared(entry.Title, words)))
            .OrderBy(x => x.lead).ThenByDescending(x => x.score).ThenBy(x => x.index)
            .Select(x => x.entry)
            .ToArray();
        return Cut(ranked, max, byTitle: true, pool.Count >= RerankPool);
    }

    private static readonly HashSet<string> StopWords = ["with", "from", "under", "other", "that", "this", "into", "using", "procedure", "guidance"];

    /// <summary>The words of the guidance's title (and section variant) that can tell codes apart: four letters or more, not stop words.</summary>
    private static HashSet<string> ContextWords(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in TitleIndex.Tokenize(text ?? string.Empty))
        {
            if (word.Length >= 4 && !StopWords.Contains(word))
            {
                words.Add(word);
            }
        }
        return words;
    }

    private static int Shared(string title, HashSet<string> words) =>
        words.Count == 0 ? 0 : TitleIndex.Tokenize(title).Distinct().Count(words.Contains);

    private static bool IsLead(ClassificationEntry e, bool imageGuided) =>
        imageGuided ? e.Code.StartsWith("Y53", StringComparison.Ordinal) || e.Code.StartsWith("Y68", StringComparison.Ordinal) : e.Code[0] == 'Y';

    private static Result Cut(IReadOnlyList<ClassificationEntry> list, int max, bool byTitle, bool moreBeyond = false) =>
        list.Count > max ? new Result(list.Take(max).ToArray(), true, byTitle) : new Result(list, moreBeyond, byTitle);

    /// <summary>
    /// The table key prefix for a code as typed: "j12." → "J12.", "J12.-" → "J12", "J124" → "J12.4", "J" → "J";
    /// null when the text is not the start of a code (a title word).
    /// </summary>
    public static string? CodePrefix(string typed)
    {
        var m = CodeLike().Match(typed);
        if (!m.Success)
        {
            return typed.Length == 1 && char.IsAsciiLetterUpper(typed[0]) ? typed : null;
        }
        var s = typed.ToUpperInvariant().TrimEnd('†', '*', '+');
        if (s.EndsWith(".-", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        if (s.Length >= 4 && s[3] != '.')
        {
            s = s[..3] + "." + s[3..];
        }
        if (s.EndsWith(".X", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        return s;
    }

    [GeneratedRegex(@"^[A-Za-z]\d(\d([.]?[0-9X]{0,2}|\.-)?)?[A]?[†*+]?$")]
    private static partial Regex CodeLike();
}
