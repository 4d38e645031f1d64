using System.Diagnostics;

namespace CodingDsl.LanguageServer.Transport;

/// <summary>
/// The server's input, remembering when each read returned: a message arrived when the read that
/// brought its last bytes returned, before the pipe and thread hops that carry it to its handler.
/// </summary>
internal sealed class ArrivalClock(Stream inner) : Stream
{
    private long lastReadAt;

    /// <summary>When the latest read returned data (<see cref="Stopwatch.GetTimestamp"/>); 0 before any.</summary>
    public long LastReadAt => Volatile.Read(ref lastReadAt);

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Stamp(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Stamp(inner.Read(buffer));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Stamp(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Stamp(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Stamp(int read)
    {
        if (read > 0)
        {
            Volatile.Write(ref lastReadAt, Stopwatch.GetTimestamp());
        }
        return read;
    }
}
