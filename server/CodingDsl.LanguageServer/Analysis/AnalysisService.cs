using System.Collections.Immutable;
using CodingDsl.Language.Configuration;
using CodingDsl.Language.Services;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Documents;

namespace CodingDsl.LanguageServer.Analysis;

/// <summary>
/// Runs the core's analysis (<see cref="CodingWorkspace"/>) for the store's current generation.
/// Callers asking for the same generation share one run; a newer generation cancels the older run
/// (superseded work is dropped, not queued), so a burst of edits costs one analysis of the last text.
/// A run re-parses only documents whose text changed (against the core's own snapshot: no copy of the
/// texts is kept here), then analyses each open document as its own job, published and answering
/// requests as soon as it is done (one slow document holds up no other's); files that are
/// not open (the workspace loaded from disk, files changed on disk) are analysed in the background in
/// steps of one file's parse or analysis, taken only while no run or editor request is pending or running
/// (<see cref="BackgroundPacer"/>), so the open document's diagnostics never wait for the workspace (at
/// most for the one file's step under way).
/// </summary>
public sealed class AnalysisService
{
    private const int ParallelThreshold = 4;
    private const int BackgroundBatchSize = 16;
    private const int BackgroundParseBatchSize = 32;

    private readonly DocumentStore store;
    private readonly CodingWorkspace workspace;
    private readonly object gate = new();
    private readonly SemaphoreSlim runLock = new(1, 1);

    // Owned by whoever holds runLock.
    private readonly Dictionary<string, SnapshotDocument> pending = new(CodingWorkspace.PathComparer);
    private readonly Dictionary<string, SnapshotDocument> unparsed = new(CodingWorkspace.PathComparer);
    // Immutable, so each run's result shares it as it stands instead of copying thousands of entries.
    private ImmutableDictionary<string, AnalyzedDocument> cache = ImmutableDictionary.Create<string, AnalyzedDocument>(CodingWorkspace.PathComparer);
    private long syncedClosedFilesVersion = -1;
    // The latest tree TryGetSyntax parsed (a completion right after a keystroke): the run that follows
    // keeps it instead of parsing the same text again. Taken (and dropped) by the next synchronisation,
    // so a closed document's tree is not kept.
    private ParsedText? lastSyntax;
    private long everythingSynchronized; // runs that re-analysed everything: a background batch begun before one is dropped
    private volatile bool analyzeEverything;
    private volatile WorkspaceAnalysis? latest;
    private int backgroundRunning;
    private int runsWaitingForLock;
    private int filesReadUnannounced;
    private Run? current;
    private Run? finishing;

    /// <param name="background">Paces the background work (tests pass one whose starvation limit they control).</param>
    public AnalysisService(DocumentStore store, BackgroundPacer? background = null)
    {
        this.store = store;
        Background = background ?? new BackgroundPacer();
        workspace = new CodingWorkspace();
        Resolver = new DocumentResolver(workspace);
    }

    /// <summary>
    /// The core's view of the workspace for the language services (navigation, completion of `use`
    /// paths, workspace symbols): current as of the last <see cref="GetCurrentAsync"/>.
    /// </summary>
    public DocumentResolver Resolver { get; }

    /// <summary>
    /// The foreground work (each run for open documents, the editor's requests) that the background
    /// analysis of the workspace pauses for, one file's step at a time.
    /// </summary>
    public BackgroundPacer Background { get; }

    /// <summary>Requests a user waits on while typing, which an open document's analysis lets go first.</summary>
    public InteractiveRequests Interactive { get; } = new();

    /// <summary>The workspace folders messages name other files relative to (see <see cref="CodingWorkspace.DisplayRoots"/>).</summary>
    public IReadOnlyList<string> DisplayRoots
    {
        get => workspace.DisplayRoots;
        set => workspace.DisplayRoots = value;
    }

    /// <summary>
    /// Every document analysed so far, open or not, as the latest run or background batch left it
    /// (immutable: a consistent view, shared, not copied). Documents the background work has not
    /// reached yet are missing.
    /// </summary>
    public IReadOnlyDictionary<string, AnalyzedDocument> AnalyzedSoFar => Volatile.Read(ref cache);

    /// <summary>Open documents longer than this many characters are not analysed (see <see cref="DocumentStore.MaxDocumentLength"/>).</summary>
    public int MaxDocumentLength
    {
        get => store.MaxDocumentLength;
        set => store.MaxDocumentLength = value;
    }

    /// <summary>The configuration the analyses use (codingdsl.json files and the editor settings).</summary>
    public ConfigurationService Configuration => workspace.Configuration;

    /// <summary>Raised (off any lock) with documents that are not open, analysed in the background.</summary>
    public event Action<IReadOnlyList<AnalyzedDocument>>? BackgroundDocumentsAnalyzed;

    /// <summary>
    /// Raised when the background work has read new or changed files that are not open: the open
    /// documents' cross-file diagnostics (duplicate ids, `use`d libraries) may change.
    /// </summary>
    public event Action? WorkspaceFilesRead;

    /// <summary>Raised (off any lock) when the background work has nothing left, with what it did.</summary>
    public event Action<BackgroundSteps>? BackgroundFinished;

    /// <summary>The next run re-analyses every document (configuration or files on disk changed).</summary>
    public void AnalyzeEverythingNext()
    {
        analyzeEverything = true;
        workspace.InvalidateFiles();
    }

    /// <summary>Analysis of the store as it is now (or newer).</summary>
    public Task<WorkspaceAnalysis> GetCurrentAsync(CancellationToken cancellationToken)
    {
        Task<WorkspaceAnalysis> task;
        lock (gate)
        {
            task = EnsureCurrentRun().Task;
        }
        return task.WaitAsync(cancellationToken);
    }

    /// <summary>The run for the store's current generation, started when there is none (under <see cref="gate"/>).</summary>
    private Run EnsureCurrentRun()
    {
        if (current is null || current.Generation != store.Generation)
        {
            var snapshot = store.Snapshot();
            // An open document changed: runs of its older text are out of date, drop them. A
            // change to files that are not open lets the current run finish instead: its open
            // documents' diagnostics are still worth publishing (the first ones must not wait for
            // the workspace to load), and the next run, queued behind it, follows at once.
            foreach (var run in new[] { current, finishing })
            {
                if (run is not null && run.OpenGeneration != snapshot.OpenGeneration)
                {
                    run.Cancellation.Cancel();
                }
            }
            finishing = current is not null && current.OpenGeneration == snapshot.OpenGeneration ? current : null;
            current = Start(snapshot);
        }
        return current;
    }

    /// <summary>
    /// The analysis of one open document as the store has it now (or newer): its own job in the current
    /// run, which does not wait for the other documents' jobs. Null for a document that is not open
    /// (ask <see cref="GetCurrentAsync"/>).
    /// </summary>
    public Task<AnalyzedDocument?> GetCurrentDocumentAsync(string path, CancellationToken cancellationToken)
    {
        Run run;
        lock (gate)
        {
            run = EnsureCurrentRun();
        }
        return run.Jobs.TryGetValue(path, out var job)
            ? job.Task.WaitAsync(cancellationToken).ContinueWith(t => (AnalyzedDocument?)t.Result, cancellationToken, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
            : Task.FromResult<AnalyzedDocument?>(null);
    }

    /// <summary>Raised (from the document's job, off any lock) as each open document's analysis in a run completes, with the run's generation.</summary>
    public event Action<AnalyzedDocument, long>? DocumentAnalyzed;

    /// <summary>
    /// The current analysis, with every workspace file parsed, not only the open ones: for requests
    /// over the whole workspace (workspace symbols, references, rename), which must not miss files the
    /// background work has not reached yet. Their analysis stays in the background.
    /// </summary>
    public async Task<WorkspaceAnalysis> GetCurrentWithWorkspaceParsedAsync(CancellationToken cancellationToken)
    {
        var result = await GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        await runLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (unparsed.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ParseBatch(parallel: true, yieldToRuns: false); // a request is waiting for these
            }
        }
        finally
        {
            runLock.Release();
        }
        if (pending.Count > 0)
        {
            StartBackground();
        }
        return result;
    }

    /// <summary>
    /// Called before each document is analysed: a seam for tests to make one document's analysis slow
    /// (as a huge or pathological file is), to show that it holds up no other document's requests.
    /// </summary>
    internal Action<string, CancellationToken>? BeforeAnalyze { get; set; }

    /// <summary>Called before each step of the background work, with the file it parses or analyses: a seam for tests of its pacing.</summary>
    internal Action<string>? BeforeBackgroundStep { get; set; }

    /// <summary>
    /// The latest analysis of an open document when it is still of the document's current text and the
    /// same files on disk and configuration: requests on a document that did not change answer from it
    /// at once instead of waiting for a run that another document's edit started (a slow analysis of
    /// one document must not hold up hover or symbols in the others). A `use`d open document edited
    /// since is seen by the next run, as diagnostics are. Null when there is none: wait for the run.
    /// </summary>
    internal AnalyzedDocument? TryGetUnchanged(string uri)
    {
        if (store.Get(uri) is not { } open || latest is not { } last || analyzeEverything || last.ClosedFilesVersion != store.ClosedFilesVersion)
        {
            return null;
        }
        var previous = last.Find(open.Path);
        return previous is not null && previous.Source.Version == open.Version && ReferenceEquals(previous.Analysis.Text.Text, store.AnalysedText(open).Text)
            ? previous
            : null;
    }

    /// <summary>The syntax-only view of an open document (see <see cref="DocumentLookup.GetSyntaxAsync"/>); null when it is not open.</summary>
    internal AnalyzedDocument? TryGetSyntax(string uri)
    {
        if (store.Get(uri) is not { } open)
        {
            return null;
        }
        var previous = latest?.Find(open.Path);
        var text = store.AnalysedText(open);
        if (previous is not null && previous.Source.Version == open.Version && ReferenceEquals(previous.Analysis.Text.Text, text.Text))
        {
            return previous;
        }
        var tree = workspace.ParseDocument(open.Path, text);
        Volatile.Write(ref lastSyntax, new ParsedText(open.Path, tree));
        var analysis = new DocumentAnalysis(open.Path, tree.Text, [])
        {
            Tree = tree,
            Rules = previous?.Analysis.Rules ?? [],
            Configuration = workspace.Configuration.ForDocument(open.Path),
        };
        return new AnalyzedDocument(new SnapshotDocument(open.Path, open.Uri, open.Version, text.Text), analysis);
    }

    private Run Start(WorkspaceSnapshot snapshot)
    {
        var cancellation = new CancellationTokenSource();
        var jobs = snapshot.Open.ToDictionary(d => d.Path, _ => new TaskCompletionSource<AnalyzedDocument>(TaskCreationOptions.RunContinuationsAsynchronously), CodingWorkspace.PathComparer);
        var running = Background.Begin();
        var task = Task.Run(() => RunAsync(snapshot, jobs, cancellation.Token), cancellation.Token);
        _ = task.ContinueWith(static (_, handling) => ((IDisposable)handling!).Dispose(), running, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return new Run(snapshot.Generation, snapshot.OpenGeneration, task, cancellation) { Jobs = jobs };
    }

    private async Task<WorkspaceAnalysis> RunAsync(WorkspaceSnapshot snapshot, IReadOnlyDictionary<string, TaskCompletionSource<AnalyzedDocument>> jobs, CancellationToken cancellationToken)
    {
        try
        {
            // Only bringing the core's workspace to the snapshot is done one run at a time; each open
            // document is then analysed as its own job, so a slow one (a huge or pathological file,
            // or an older run's job that cannot stop at once) holds up no other document.
            CodingWorkspaceSnapshot core;
            // An interactive request (completion) being handled goes first: see InteractiveRequests.
            await Interactive.WhenIdleAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref runsWaitingForLock);
            try
            {
                await runLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref runsWaitingForLock);
            }
            try
            {
                Synchronize(snapshot, cancellationToken);
                core = workspace.Snapshot();
                foreach (var document in snapshot.Open)
                {
                    pending.Remove(document.Path); // open documents are analysed by the runs
                }
            }
            finally
            {
                runLock.Release();
            }
            if (pending.Count > 0 || unparsed.Count > 0)
            {
                StartBackground();
            }
            var analyzedNow = await Task.WhenAll(snapshot.Open.Select(d => Task.Run(() => AnalyzeJob(d, snapshot.Generation, jobs[d.Path], cancellationToken), cancellationToken))).ConfigureAwait(false);
            var result = new WorkspaceAnalysis(
                snapshot.Generation,
                analyzedNow,
                Volatile.Read(ref cache),
                snapshot.Documents) { ClosedFilesVersion = snapshot.ClosedFilesVersion, Core = core };
            latest = result;
            return result;
        }
        finally
        {
            foreach (var job in jobs.Values)
            {
                job.TrySetCanceled(cancellationToken.IsCancellationRequested ? cancellationToken : new CancellationToken(canceled: true));
            }
        }
    }

    /// <summary>One open document's analysis in a run: kept, announced to <see cref="DocumentAnalyzed"/> and handed to those waiting for it.</summary>
    private AnalyzedDocument AnalyzeJob(SnapshotDocument document, long generation, TaskCompletionSource<AnalyzedDocument> job, CancellationToken cancellationToken)
    {
        try
        {
            var analyzed = AnalyzeOne(document, cancellationToken);
            ImmutableInterlocked.Update(ref cache, (c, a) => c.SetItem(a.Source.Path, a), analyzed);
            DocumentAnalyzed?.Invoke(analyzed, generation);
            job.TrySetResult(analyzed);
            return analyzed;
        }
        catch (Exception e)
        {
            job.TrySetException(e);
            throw;
        }
    }

    private AnalyzedDocument AnalyzeOne(SnapshotDocument document, CancellationToken cancellationToken)
    {
        BeforeAnalyze?.Invoke(document.Path, cancellationToken);
        return new AnalyzedDocument(document, workspace.Analyze(document.Path, cancellationToken));
    }

    /// <summary>Parses documents into the core's workspace; parsing is per document, so many (the workspace loading) go in parallel when allowed.</summary>
    private void Parse(IReadOnlyList<SnapshotDocument> documents, bool parallel, CancellationToken cancellationToken, ParsedText? parsed = null)
    {
        if (parallel && documents.Count > ParallelThreshold)
        {
            Parallel.ForEach(documents, new ParallelOptions { CancellationToken = cancellationToken }, d => workspace.SetDocument(d.Path, d.Text));
            return;
        }
        foreach (var document in documents)
        {
            if (parsed is not null && CodingWorkspace.PathComparer.Equals(parsed.Path, document.Path) && ReferenceEquals(parsed.Tree.Text.Text, document.Text))
            {
                workspace.SetDocument(document.Path, parsed.Tree);
                continue;
            }
            workspace.SetDocument(document.Path, document.Text);
        }
    }

    /// <summary>Analyses pending documents that are not open, a batch at a time, letting edits' runs in between.</summary>
    private void StartBackground()
    {
        if (Interlocked.Exchange(ref backgroundRunning, 1) == 1)
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            var steps = new BackgroundSteps();
            try
            {
                while (true)
                {
                    SnapshotDocument[] take;
                    long takenAtEverything;
                    // Open documents' runs and the editor's requests first: the background pauses for
                    // them (for a while: steady typing must not starve the workspace for good).
                    if (await Background.WaitForTurnAsync().ConfigureAwait(false))
                    {
                        steps.AddForced();
                    }
                    await runLock.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        if (unparsed.Count > 0)
                        {
                            ParseBatch(parallel: false, yieldToRuns: true, steps);
                            continue;
                        }
                        take = pending.Values.Where(d => d.Version is null).Take(BackgroundBatchSize).ToArray();
                        takenAtEverything = everythingSynchronized;
                        foreach (var open in pending.Values.Where(d => d.Version is not null).ToArray())
                        {
                            pending.Remove(open.Path); // open documents are analysed by the runs
                        }
                        if (take.Length == 0)
                        {
                            break;
                        }
                    }
                    finally
                    {
                        runLock.Release();
                    }
                    // Analysed outside the lock: an edit's run takes the lock to bring the workspace to
                    // its text, and waited here for a whole batch of other files (bench/lsp: the first
                    // edits' p95) when the batch held it. One core at most: the other stays free for the
                    // open documents and requests.
                    var batch = AnalyzeUntilForegroundWaits(take, steps);
                    await runLock.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        // Kept only while still pending as analysed: a file opened meanwhile (its job's
                        // analysis wins), read again from disk or deleted is not, nor is anything when
                        // the configuration changed meanwhile (all pending again, analysed next).
                        batch = batch.Where(a => takenAtEverything == everythingSynchronized
                            && pending.TryGetValue(a.Source.Path, out var waiting) && ReferenceEquals(waiting, a.Source)).ToArray();
                        foreach (var analyzed in batch)
                        {
                            ImmutableInterlocked.Update(ref cache, (c, a) => c.SetItem(a.Source.Path, a), analyzed);
                            pending.Remove(analyzed.Source.Path);
                        }
                    }
                    finally
                    {
                        runLock.Release();
                    }
                    BackgroundDocumentsAnalyzed?.Invoke(batch);
                }
                Volatile.Write(ref backgroundRunning, 0);
                BackgroundFinished?.Invoke(steps);
                if (Interlocked.Exchange(ref filesReadUnannounced, 0) == 1)
                {
                    WorkspaceFilesRead?.Invoke();
                }
            }
            finally
            {
                Volatile.Write(ref backgroundRunning, 0);
            }
        });
    }

    /// <summary>
    /// Parses a batch of changed files that are not open (under runLock); they then wait to be analysed.
    /// In the background (<paramref name="yieldToRuns"/>) the batch ends early, after at least one file,
    /// once a run waits for this lock or any foreground work is pending: a keystroke's diagnostics waited
    /// for a whole batch of 32 parses while the workspace loaded.
    /// </summary>
    private void ParseBatch(bool parallel, bool yieldToRuns, BackgroundSteps? steps = null)
    {
        Volatile.Write(ref filesReadUnannounced, 1);
        var batch = unparsed.Values.Take(parallel ? BackgroundParseBatchSize * 4 : BackgroundParseBatchSize).ToArray();
        if (parallel)
        {
            Parse(batch, parallel, CancellationToken.None);
        }
        else
        {
            var parsed = 0;
            for (; parsed < batch.Length && (parsed == 0 || !yieldToRuns || (Volatile.Read(ref runsWaitingForLock) == 0 && !Background.IsBusy)); parsed++)
            {
                BeforeBackgroundStep?.Invoke(batch[parsed].Path);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                workspace.SetDocument(batch[parsed].Path, batch[parsed].Text);
                steps?.AddParse(started);
            }
            batch = batch[..parsed];
        }
        foreach (var document in batch)
        {
            unparsed.Remove(document.Path);
            pending[document.Path] = document;
        }
    }

    /// <summary>
    /// Analyses files that are not open one at a time (outside runLock), stopping after the file in hand
    /// once foreground work is pending (at least one file: a step granted past a busy foreground is
    /// taken). The foreground then has a core to itself, the client and the collections the other; the
    /// rest stay pending for the next batch.
    /// </summary>
    private AnalyzedDocument[] AnalyzeUntilForegroundWaits(IReadOnlyList<SnapshotDocument> documents, BackgroundSteps steps)
    {
        var analyzed = new List<AnalyzedDocument>(documents.Count);
        foreach (var document in documents)
        {
            if (analyzed.Count > 0 && Background.IsBusy)
            {
                break;
            }
            BeforeBackgroundStep?.Invoke(document.Path);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            analyzed.Add(AnalyzeOne(document, CancellationToken.None));
            steps.AddAnalysis(started);
        }
        return analyzed.ToArray();
    }

    /// <summary>Brings the core's workspace to the snapshot's texts; documents that changed become pending.</summary>
    private void Synchronize(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        var everything = analyzeEverything;
        analyzeEverything = false;
        if (everything)
        {
            everythingSynchronized++;
        }
        // The same closed files as last time: no file was added, removed, opened, closed or
        // changed on disk, so only the open documents need looking at (a keystroke in a workspace of
        // thousands of files must not walk them all).
        var onlyOpen = !everything && snapshot.ClosedFilesVersion == syncedClosedFilesVersion;
        syncedClosedFilesVersion = snapshot.ClosedFilesVersion;
        var changed = new List<SnapshotDocument>();
        var present = new HashSet<string>(CodingWorkspace.PathComparer);
        // The core's own snapshot says which texts it has parsed: the service keeps no copy of them.
        var core = workspace.Snapshot();
        foreach (var document in onlyOpen ? snapshot.Open : snapshot.Documents)
        {
            present.Add(CodingWorkspace.Normalize(document.Path));
            if (!core.HasText(document.Path, document.Text))
            {
                if (document.Version is not null)
                {
                    unparsed.Remove(document.Path);
                    changed.Add(document);
                }
                else if (!unparsed.TryGetValue(document.Path, out var waiting) || !string.Equals(waiting.Text, document.Text, StringComparison.Ordinal))
                {
                    // Files that are not open are parsed in the background, so an edit never waits for the workspace.
                    unparsed[document.Path] = document;
                }
            }
            else if (everything || pending.ContainsKey(document.Path)
                || (cache.TryGetValue(document.Path, out var cached) && cached.Source.Version is not null && document.Version is null))
            {
                pending[document.Path] = document;
            }
        }
        Parse(changed, parallel: true, cancellationToken, Interlocked.Exchange(ref lastSyntax, null));
        foreach (var document in changed)
        {
            pending[document.Path] = document;
        }
        if (onlyOpen)
        {
            return;
        }
        foreach (var gone in unparsed.Keys.Where(p => !present.Contains(p)).ToArray())
        {
            unparsed.Remove(gone);
        }
        foreach (var gone in workspace.Snapshot().Trees.Keys.Where(p => !present.Contains(p)).ToArray())
        {
            // Keyed as the workspace keys them: the same as the store's paths for files on disk.
            workspace.RemoveDocument(gone);
            pending.Remove(gone);
            ImmutableInterlocked.Update(ref cache, (c, p) => c.Remove(p), gone);
        }
        foreach (var gone in pending.Keys.Concat(Volatile.Read(ref cache).Keys).Where(p => !present.Contains(CodingWorkspace.Normalize(p))).ToArray())
        {
            pending.Remove(gone); // a document whose path the workspace writes otherwise (untitled:)
            ImmutableInterlocked.Update(ref cache, (c, p) => c.Remove(p), gone);
        }
    }

    private sealed record ParsedText(string Path, Language.Syntax.SyntaxTree Tree);

    private sealed record Run(long Generation, long OpenGeneration, Task<WorkspaceAnalysis> Task, CancellationTokenSource Cancellation)
    {
        /// <summary>The run's job for each open document, by path: each completes on its own.</summary>
        public IReadOnlyDictionary<string, TaskCompletionSource<AnalyzedDocument>> Jobs { get; init; } = new Dictionary<string, TaskCompletionSource<AnalyzedDocument>>();
    }
}
