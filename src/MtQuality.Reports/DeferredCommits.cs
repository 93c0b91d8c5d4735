using System.Collections.Concurrent;

namespace MtQuality.Reports;

/// <summary>
/// Atomic writes (<see cref="AtomicFile"/>) whose last, waiting step runs on a thread of its own. The calling
/// thread encodes the text and writes the temporary file; this thread flushes it to disk and renames it over the
/// target, in the order handed in. A file's target is still replaced only once its content is on disk, so a crash
/// leaves the old file or the new one (and at worst a temporary file, cleared by the next run), exactly as with
/// <see cref="AtomicFile.WriteAllText(string, string)"/>; what changes is who waits for the disk. An audit writes
/// one page per article from its scoring workers, and each page's fsync kept a worker (of two cores' worth) idle
/// for ~1 ms: flushed later, one after the other, the same fsyncs cost ~0.1–0.3 ms each and no core waits.
/// At most <see cref="Capacity"/> files are pending (each holds an open handle), so memory stays bounded; a writer
/// blocks when the disk falls that far behind. <see cref="Drain"/> returns once every handed-in file is in place,
/// and rethrows the first failure.
/// </summary>
internal sealed class DeferredCommits : IDisposable
{
    /// <summary>Temporary files waiting for their flush and rename, at most.</summary>
    public const int Capacity = 256;

    private readonly BlockingCollection<AtomicFile.Pending> queue = new(Capacity);
    private readonly Thread thread;
    private volatile Exception? failure;
    private bool drained;

    public DeferredCommits()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "mtq report commits" };
        thread.Start();
    }

    /// <summary>Writes <paramref name="content"/> to a temporary file now and puts it in place later, on this object's thread.</summary>
    public void WriteAllText(string path, string content)
    {
        if (failure is { } e)
            throw new IOException($"writing a report failed: {e.Message}", e);
        queue.Add(AtomicFile.Begin(path, content));
    }

    /// <summary><see cref="WriteAllText(string, string)"/> for text in a StringBuilder, which may be reused once this returns.</summary>
    public void WriteAllText(string path, System.Text.StringBuilder content)
    {
        if (failure is { } e)
            throw new IOException($"writing a report failed: {e.Message}", e);
        queue.Add(AtomicFile.Begin(path, content));
    }

    /// <summary>Waits until every file handed in is flushed and renamed; rethrows the first failure. Idempotent.</summary>
    public void Drain()
    {
        if (!drained)
        {
            drained = true;
            queue.CompleteAdding();
            thread.Join();
        }

        if (failure is { } e)
            throw new IOException($"writing a report failed: {e.Message}", e);
    }

    private void Run()
    {
        foreach (var pending in queue.GetConsumingEnumerable())
        {
            if (failure is not null)
            {
                pending.Abandon();
                continue;
            }

            try
            {
                pending.Complete();
            }
            catch (Exception e)
            {
                failure ??= e;
            }
        }
    }

    /// <summary>Puts the pending files in place (as <see cref="Drain"/>, without rethrowing: Dispose runs on error paths too).</summary>
    public void Dispose()
    {
        if (!drained)
        {
            drained = true;
            queue.CompleteAdding();
            thread.Join();
        }

        queue.Dispose();
    }
}
