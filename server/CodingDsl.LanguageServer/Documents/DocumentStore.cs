using CodingDsl.Language.Text;
using CodingDsl.LanguageServer.Protocol;

namespace CodingDsl.LanguageServer.Documents;

/// <summary>
/// The documents the server knows: those open in the client (their text wins) and the workspace's
/// files read from disk. Every change bumps <see cref="Generation"/>, which is how analysis knows its
/// result is current. Thread-safe.
/// </summary>
public sealed class DocumentStore
{
    private readonly object gate = new();
    private readonly Dictionary<string, OpenDocument> openByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SnapshotDocument> diskByPath = new(StringComparer.Ordinal);
    private long generation;
    private long closedFilesVersion;
    private long openGeneration;

    // The files on disk that are not open, as snapshots list them: kept between snapshots, because a
    // keystroke changes one open document and rebuilding thousands of entries (and their URIs) per
    // keystroke was a measurable share of the latency.
    private SnapshotDocument[]? closedDiskDocuments;

    /// <summary>The default of the `codingdsl.maxDocumentSizeMB` setting: 4 MiB, four times the largest real rule file.</summary>
    public const int DefaultMaxDocumentLength = 4 * 1024 * 1024;

    private int maxDocumentLength = DefaultMaxDocumentLength;

    public long Generation => Interlocked.Read(ref generation);

    /// <summary>See <see cref="WorkspaceSnapshot.ClosedFilesVersion"/>.</summary>
    public long ClosedFilesVersion => Interlocked.Read(ref closedFilesVersion);

    /// <summary>
    /// Open documents longer than this (in characters) are kept as text, so edits still apply, but
    /// not analysed: a 20 MB document took 5.2 GB in the server. Changing it re-analyses everything.
    /// </summary>
    public int MaxDocumentLength
    {
        get => Volatile.Read(ref maxDocumentLength);
        set
        {
            lock (gate)
            {
                maxDocumentLength = value;
                generation++;
                openGeneration++;
            }
        }
    }

    public bool IsTooLarge(OpenDocument document) => document.Text.Length > MaxDocumentLength;

    /// <summary>The text the core sees for an open document: empty for one that is too large.</summary>
    public SourceText AnalysedText(OpenDocument document) => IsTooLarge(document) ? EmptyText : document.Text;

    private static readonly SourceText EmptyText = new(string.Empty);

    public OpenDocument Open(string uri, int version, string text)
    {
        var document = new OpenDocument(uri, DocumentUri.ToPath(uri), version, new SourceText(text));
        lock (gate)
        {
            openByPath[document.Path] = document;
            generation++;
            openGeneration++;
            closedFilesVersion++;
            closedDiskDocuments = null;
        }
        return document;
    }

    /// <summary>Applies the changes; null when the document is not open.</summary>
    public OpenDocument? Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var path = DocumentUri.ToPath(uri);
        lock (gate)
        {
            if (!openByPath.TryGetValue(path, out var current))
            {
                return null;
            }
            var updated = current with { Version = version, Text = TextChanges.Apply(current.Text, changes) };
            openByPath[path] = updated;
            generation++;
            openGeneration++;
            return updated;
        }
    }

    public void Close(string uri)
    {
        lock (gate)
        {
            if (openByPath.Remove(DocumentUri.ToPath(uri)))
            {
                generation++;
                openGeneration++;
                closedFilesVersion++;
                closedDiskDocuments = null;
            }
        }
    }

    public OpenDocument? Get(string uri)
    {
        lock (gate)
        {
            return openByPath.GetValueOrDefault(DocumentUri.ToPath(uri));
        }
    }

    public IReadOnlyList<OpenDocument> OpenDocuments
    {
        get
        {
            lock (gate)
            {
                return openByPath.Values.ToArray();
            }
        }
    }

    /// <summary>Sets (text) or removes (null) workspace files read from disk, as one change.</summary>
    public void SetDiskFiles(IEnumerable<KeyValuePair<string, string?>> files)
    {
        lock (gate)
        {
            foreach (var (path, text) in files)
            {
                if (text is null)
                {
                    diskByPath.Remove(path);
                }
                else
                {
                    diskByPath[path] = new SnapshotDocument(path, DocumentUri.FromPath(path), null, text);
                }
            }
            generation++;
            closedFilesVersion++;
            closedDiskDocuments = null;
        }
    }

    /// <summary>Something analysis depends on changed outside the documents (a configuration file).</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            generation++;
        }
    }

    public WorkspaceSnapshot Snapshot()
    {
        lock (gate)
        {
            closedDiskDocuments ??= diskByPath.Values.Where(d => !openByPath.ContainsKey(d.Path)).ToArray();
            var open = openByPath.Values.Select(o => new SnapshotDocument(o.Path, o.Uri, o.Version, AnalysedText(o).Text)).ToArray();
            return new WorkspaceSnapshot(generation, open, closedDiskDocuments) { ClosedFilesVersion = closedFilesVersion, OpenGeneration = openGeneration };
        }
    }
}
