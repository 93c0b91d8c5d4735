using System.Collections.Concurrent;
using System.Threading.Channels;
using MtQuality.Core.Model;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Cli.Audit;

/// <summary>
/// Pass 1, shared by <c>mtq audit</c> and <c>mtq index</c>: one reader thread feeds a bounded channel; every core
/// takes articles from it, computes their statistics and Lucene document and adds it to the one IndexWriter
/// (thread-safe, one in-memory segment per thread). Unchanged articles cost one term lookup against the last
/// commit. Input errors are collected (in completion order) for the caller to print.
/// </summary>
public static class IndexPass
{
    /// <summary>Articles in flight between the reader and the workers: bounded, so memory does not grow with the corpus.</summary>
    public const int ChannelCapacity = 256;

    public static int Workers => Math.Max(1, Environment.ProcessorCount);

    public static (int Indexed, int Skipped) Run(CorpusReader reader, IReadOnlyList<string> paths, CorpusIndex index, ConcurrentQueue<string> errors, Progress? progress, PhaseClock? clock = null)
    {
        using var snapshot = index.OpenSnapshot();
        int indexed = 0;
        int skipped = 0;
        long seen = 0;
        var channel = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(ChannelCapacity) { SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in reader.Read(paths))
                    await channel.Writer.WriteAsync(item).ConfigureAwait(false);
            }
            finally
            {
                channel.Writer.Complete();
            }
        });
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var item in channel.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                progress?.Report("indexing", Interlocked.Increment(ref seen));
                if (item.Error is not null)
                {
                    errors.Enqueue(item.Error.ToString());
                    continue;
                }

                var a = item.Article!;
                var hash = CorpusIndex.ContentHash(a);
                if (CorpusIndex.IsUnchanged(snapshot, a, hash))
                {
                    Interlocked.Increment(ref skipped);
                    continue;
                }

                index.Upsert(a, CorpusIndex.BuildDocument(a, ArticleStatistics.Compute(a), hash));
                Interlocked.Increment(ref indexed);
            }
        })).ToArray();
        Task.WaitAll([producer, .. workers]);
        clock?.Mark("pass 1 (read, statistics, add)");
        index.Commit(clock is null ? null : clock.Mark);
        return (indexed, skipped);
    }
}
