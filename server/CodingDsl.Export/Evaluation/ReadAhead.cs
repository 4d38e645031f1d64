using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CodingDsl.Export.Evaluation;

/// <summary>
/// Enumerates a sequence that a second thread produces ahead of the consumer, in the same order: an
/// episode file's reading (CSV splitting, code lookups) runs on one core while the rules run on the
/// other. Items travel in batches (a hand-off per item cost more than the work it moved) through a
/// bounded queue, and the batch arrays are reused, so memory stays flat however long the sequence.
/// An exception on the producing thread is rethrown to the consumer where the sequence would have
/// gone on; a consumer that stops early stops the producer at its next batch.
/// </summary>
public sealed class ReadAhead<T> : IEnumerable<T>
{
    private const int InFlight = 4;

    private readonly IEnumerable<T> source;
    private readonly int batchSize;

    public ReadAhead(IEnumerable<T> source, int batchSize = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.source = source;
        this.batchSize = batchSize;
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
            free.Add(new Batch(batchSize));
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
                Array.Clear(batch.Items, 0, batch.Count);
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
        try
        {
            var batch = free.Take(stop);
            foreach (var item in source)
            {
                batch.Items[batch.Count++] = item;
                if (batch.Count == batch.Items.Length)
                {
                    full.Add(batch, stop);
                    batch = free.Take(stop);
                }
            }
            if (batch.Count > 0)
            {
                full.Add(batch, stop);
            }
            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            return ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            full.CompleteAdding();
        }
    }

    private sealed class Batch(int size)
    {
        public T[] Items { get; } = new T[size];

        public int Count { get; set; }
    }
}
