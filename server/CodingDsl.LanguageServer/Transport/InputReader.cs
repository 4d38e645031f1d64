using System.Diagnostics;
using System.IO.Pipelines;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>
/// Reads the server's input on a thread of its own and hands each read to JsonRpc's message reader
/// on that same thread: the message is parsed and dispatched (and, while the dispatch loop is idle,
/// handled: <see cref="Server.DispatchLoop"/>) without waiting for thread-pool threads to wake. The
/// stream-to-pipe copy it replaces took two such wake-ups per message on busy cores. Reading the
/// console blocks a thread for the life of the server either way; this one is not the pool's.
/// </summary>
internal sealed class InputReader : IDisposable
{
    private const int ReadSize = 64 * 1024;

    private readonly Stream input;
    // The reader's continuations run on the thread that flushes (this one); no back pressure, as the
    // reader consumes each message as it completes (a 1 MB didOpen must not wait for a threshold).
    private readonly Pipe pipe = new(new PipeOptions(readerScheduler: PipeScheduler.Inline, writerScheduler: PipeScheduler.Inline, pauseWriterThreshold: 0, useSynchronizationContext: false));
    private long lastReadAt;

    private InputReader(Stream input)
    {
        this.input = input;
    }

    /// <summary>The messages' bytes, as they are read.</summary>
    public PipeReader Reader => pipe.Reader;

    /// <summary>When the latest read returned data (<see cref="Stopwatch.GetTimestamp"/>): when the message it completed arrived.</summary>
    public long LastReadAt => Volatile.Read(ref lastReadAt);

    /// <summary>Starts reading <paramref name="input"/> on a background thread until it ends or fails.</summary>
    public static InputReader Start(Stream input)
    {
        var reader = new InputReader(input);
        new Thread(reader.ReadAll) { IsBackground = true, Name = "LSP input" }.Start();
        return reader;
    }

    /// <summary>Closes the input, which ends the thread's read.</summary>
    public void Dispose() => input.Dispose();

    private void ReadAll()
    {
        var writer = pipe.Writer;
        try
        {
            while (true)
            {
                var read = input.Read(writer.GetMemory(ReadSize).Span);
                if (read == 0)
                {
                    break;
                }
                Volatile.Write(ref lastReadAt, Stopwatch.GetTimestamp());
                writer.Advance(read);
                // Runs the message reader (and what it dispatches inline) before the next read.
                var flushed = writer.FlushAsync();
                var result = flushed.IsCompletedSuccessfully ? flushed.Result : flushed.AsTask().GetAwaiter().GetResult();
                if (result.IsCompleted)
                {
                    break; // the reader is done (the connection was closed)
                }
            }
            writer.Complete();
        }
        catch (Exception ex)
        {
            // A thread of its own: anything escaping here would end the process. The input closing
            // under the read (shutdown, a test's stream disposed) ends the messages as a failed read does.
            writer.Complete(ex);
        }
    }
}
