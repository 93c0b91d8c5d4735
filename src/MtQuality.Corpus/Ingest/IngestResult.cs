using MtQuality.Core.Text;

namespace MtQuality.Corpus.Ingest;

/// <summary>A file (or JSONL record) that could not be read: one line naming it and the reason.</summary>
public sealed record IngestError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>What the reader yields: an article, or an error; never both.</summary>
public readonly record struct IngestItem(Article? Article, IngestError? Error)
{
    public static IngestItem Of(Article a) => new(a, null);

    public static IngestItem Fail(string path, string message) => new(null, new IngestError(path, message));
}

/// <summary>Thrown inside an ingester for input it refuses; caught and turned into an <see cref="IngestError"/>.</summary>
public sealed class InputException(string message) : Exception(message);
