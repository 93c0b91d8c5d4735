namespace MtQuality.Corpus.Ingest;

/// <summary>
/// Wraps a decompression stream and stops reading once the output exceeds a limit (a decompression bomb):
/// the reader sets the limit (the larger of a fixed floor and ratio × compressed size, or a file-size cap) and
/// the message that names it.
/// </summary>
public sealed class LimitedStream(Stream inner, long limit, string message) : Stream
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
            throw new InputException(message);
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
