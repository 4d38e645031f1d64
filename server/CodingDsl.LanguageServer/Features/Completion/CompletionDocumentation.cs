namespace CodingDsl.LanguageServer.Features.Completion;

/// <summary>
/// The documentation of the latest completion list, for completionItem/resolve. Lists go out without it
/// (a fifth of a list of codes' JSON: the table and chapter of every code) and the
/// client asks for the one item the user has selected. Only the latest list is kept: an editor resolves
/// items of the list it shows, and a new list replaces the old one.
/// </summary>
public sealed class CompletionDocumentation
{
    private readonly Lock gate = new();
    private long latestId;
    private IReadOnlyList<string?> latest = [];

    /// <summary>Keeps a list's documentation (one entry per item, null where none); returns the list's id for the items' data.</summary>
    public long Keep(IReadOnlyList<string?> documentation)
    {
        lock (gate)
        {
            latestId++;
            latest = documentation;
            return latestId;
        }
    }

    /// <summary>The documentation of item <paramref name="index"/> of list <paramref name="listId"/>; null when that list was replaced or the item has none.</summary>
    public string? Find(long listId, long index)
    {
        lock (gate)
        {
            return listId == latestId && index >= 0 && index < latest.Count ? latest[(int)index] : null;
        }
    }
}
