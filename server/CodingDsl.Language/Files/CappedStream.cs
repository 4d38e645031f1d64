namespace CodingDsl.Language.Files;

/// <summary>A read-only stream that refuses to give more than a limit's bytes (a file that grows while read).</summary>
internal sealed class CappedStream(Stream inner, FileLimit limit) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // One byte past the limit is asked for, so a file of exactly the limit still reads.
        var allowed = (int)Math.Min(buffer.Length, limit.Bytes + 1 - read);
        var n = inner.Read(buffer[..Math.Max(allowed, 1)]);
        read += n;
        if (read > limit.Bytes)
        {
            throw FileRefusedException.TooLarge(limit);
        }
        return n;
    }

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
}
