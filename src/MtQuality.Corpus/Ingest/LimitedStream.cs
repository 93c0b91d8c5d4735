namespace MtQuality.Corpus.Ingest;

/// <summary>
/// Wraps a decompression stream and stops reading once the output exceeds a limit (a decompression bomb):
/// the limit is the larger of a fixed floor and ratio × compressed size.
/// </summary>
public sealed class LimitedStream(Stream inner, long limit, string what) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = inner.Read(buffer, offset, count);
        read += n;
        if (read > limit)
            throw new InputException($"{what} expands beyond {limit / (1024 * 1024)} MiB (decompression limit)");
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
            inner.Dispose();
        base.Dispose(disposing);
    }
}
