namespace MtQuality.Corpus.Ingest;

/// <summary>Limits that keep hostile input from exhausting memory or time.</summary>
public sealed record IngestOptions
{
    public static readonly IngestOptions Default = new();

    /// <summary>Largest file read whole (txt, md, html), in bytes.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest article text, in characters; a longer JSONL record is reported and skipped.</summary>
    public int MaxArticleChars { get; init; } = 5_000_000;

    /// <summary>Largest decompressed/compressed size ratio of a gzip or zstd file before it is treated as a bomb.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Decompressed size that is always allowed, whatever the ratio.</summary>
    public long CompressionRatioFloorBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Follow symbolic links that lead outside the corpus roots.</summary>
    public bool FollowExternalLinks { get; init; }
}
