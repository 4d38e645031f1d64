using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CodingDsl.Export.Evaluation;

/// <summary>
/// Items that a second thread fills ahead of the consumer, in order: an episode file's reading (line
/// splitting, code lookups) runs on one core while the rules run on the other (and on the first too,
/// for the rows of a batch it fills while the consumer is behind: see the `ahead` work). The items are made
/// once and filled again and again (<see cref="Language.Evaluation.EpisodeSlot"/>s), so a run
/// allocates nothing per item; they travel in batches (a hand-off per item cost more than the work it
/// moved) through a bounded queue. An item is the consumer's from the moment it is yielded until the
/// consumer asks for the next batch's first, so it must be used before moving on, not kept. An exception
/// on the filling thread is rethrown to the consumer where the sequence would have gone on; a consumer
/// that stops early stops the filler at its next batch.
/// </summary>
public sealed class ReadAhead<T> : IEnumerable<T>
    where T : class
{
    private const int InFlight = 8;

    private readonly Func<T> create;
    private readonly Func<T, bool> fill;
    private readonly int batchSize;
    private readonly Action<T>? ahead;
    private readonly int aheadWhenWaiting;

    /// <param name="create">Makes an item to be filled (a batch's worth at the start, never after).</param>
    /// <param name="fill">Fills an item with the next one of the sequence; false at its end. Called on the second thread only.</param>
    /// <param name="ahead">
    /// The consumer's own work on an item, done instead by the filling thread on each item of a full
    /// batch when the consumer already has <paramref name="aheadWhenWaiting"/> or more batches waiting:
    /// the filler is then ahead, and its core's spare time goes to the longer of the two threads. The
    /// consumer must do the work itself on an item where it was not done (the filler never does it on
    /// the last, partly filled batch). Called on the second thread only.
    /// </param>
    /// <param name="aheadWhenWaiting">Batches waiting before the filler takes on <paramref name="ahead"/>: 0 on every full batch.</param>
    public ReadAhead(Func<T> create, Func<T, bool> fill, int batchSize = 512, Action<T>? ahead = null, int aheadWhenWaiting = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(aheadWhenWaiting);
        this.create = create;
        this.fill = fill;
        this.batchSize = batchSize;
        this.ahead = ahead;
        this.aheadWhenWaiting = aheadWhenWaiting;
    }

    public IEnumerator<T> GetEnumerator()
    {
        // Not disposed: a producer still leaving after an early stop may touch them; they hold no
        // unmanaged resource the collector cannot take.
        var stop = new CancellationTokenSource();
        var full = new BlockingCollection<Batch>(InFlight);
        var free = new BlockingCollection<Batch>();
        for (var i = 0; i < InFlight + 2; i++)
        {
            free.Add(new Batch(batchSize, create));
        }
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() => failure = Produce(full, free, stop.Token))
        {
            IsBackground = true,
            Name = "codingdsl read-ahead",
        };
        producer.Start();
        try
        {
            foreach (var batch in full.GetConsumingEnumerable())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    yield return batch.Items[i];
                }
                batch.Count = 0;
                free.Add(batch);
            }
            producer.Join();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            // The producer leaves at its next batch; waiting here could block on a reader that
            // waits for input (standard input), so only a finished sequence is joined above.
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private ExceptionDispatchInfo? Produce(BlockingCollection<Batch> full, BlockingCollection<Batch> free, CancellationToken stop)
    {
        Batch? batch = null;
        try
        {
            batch = free.Take(stop);
            while (fill(batch.Items[batch.Count]))
            {
                if (++batch.Count == batch.Items.Length)
                {
                    if (ahead is not null && full.Count >= aheadWhenWaiting)
                    {
                        foreach (var item in batch.Items)
                        {
                            ahead(item);
                        }
                    }
                    var done = batch;
                    batch = null;
                    full.Add(done, stop);
                    batch = free.Take(stop);
                }
            }
            Hand(full, batch, stop);
            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            // The items filled before the error go first, as reading in turn would have used them
            // before meeting it (a read error after 300 rows still reports those 300).
            Hand(full, batch, stop);
            return ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            full.CompleteAdding();
        }
    }

    /// <summary>A last, partly filled batch to the consumer, unless it has stopped.</summary>
    private static void Hand(BlockingCollection<Batch> full, Batch? batch, CancellationToken stop)
    {
        if (batch is not { Count: > 0 })
        {
            return;
        }
        try
        {
            full.Add(batch, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private sealed class Batch
    {
        public Batch(int size, Func<T> create)
        {
            Items = new T[size];
            for (var i = 0; i < size; i++)
            {
                Items[i] = create();
            }
        }

        public T[] Items { get; }

        public int Count { get; set; }
    }
}
