namespace CodingDsl.Language.Classifications;

/// <summary>A loaded OPCS-4 or ICD-10 table. Implementations are immutable and thread-safe.</summary>
public interface IClassificationTable
{
    CodeSystem System { get; }

    /// <summary>Version as written in a guidance's `classifications` line without the system: "4.10", "5".</summary>
    string Version { get; }

    /// <summary>Human name for messages: "OPCS-4.10 (bundled)", "ICD-10 5th Edition (TRUD)".</summary>
    string DisplayName { get; }

    /// <summary>False for the bundled ICD-10 starter table: an unknown code is then a hint, not an error.</summary>
    bool IsComplete { get; }

    int Count { get; }

    /// <summary>Exact lookup by dotted code: "J12.4", "J12", "C64". Marks (†, *, A suffix) are not part of the key.</summary>
    ClassificationEntry? Find(string code);

    /// <summary>The codes below a three-character category, in code order (empty when undivided).</summary>
    IReadOnlyList<ClassificationEntry> GetChildren(string category);

    /// <summary>Codes whose code starts with the prefix ("J12." → J12.1 … J12.9), in code order, at most <paramref name="max"/>.</summary>
    IReadOnlyList<ClassificationEntry> FindByPrefix(string prefix, int max);

    /// <summary>Codes whose title contains words starting with each of the query's words ("liver abl"), best first.</summary>
    IReadOnlyList<ClassificationEntry> SearchTitle(string query, int max);

    /// <summary>Near codes for "did you mean" (one edit away, transpositions, same category), best first.</summary>
    IReadOnlyList<ClassificationEntry> Suggest(string code, int max);

    /// <summary>The chapter a code belongs to: (id, title), e.g. ("J", "Other abdominal organs, principally digestive") or ("II", "Neoplasms").</summary>
    (string Id, string Title)? GetChapter(string code);

    IEnumerable<ClassificationEntry> Entries { get; }
}
