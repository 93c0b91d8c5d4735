using MtQuality.Core.Text;

namespace MtQuality.Corpus.Ingest;

/// <summary>A file (or JSONL record) that could not be read: one line naming it and the reason.</summary>
public sealed record IngestError(string Path, string Message)
{
    /// <summary>One line, always: control characters in a hostile file name or message are shown escaped.</summary>
    public override string ToString() => OneLine($"{Path}: {Message}");

    public static string OneLine(string s)
    {
        if (!s.Any(char.IsControl))
            return s;
        var sb = new System.Text.StringBuilder(s.Length + 8);
        foreach (char c in s)
        {
            if (c == '\n')
                sb.Append("\\n");
            else if (c == '\r')
                sb.Append("\\r");
            else if (char.IsControl(c))
                sb.Append($"\\u{(int)c:x4}");
            else
                sb.Append(c);
        }

        return sb.ToString();
    }
}

/// <summary>What the reader yields: an article, or an error; never both.</summary>
public readonly record struct IngestItem(Article? Article, IngestError? Error)
{
    public static IngestItem Of(Article a) => new(a, null);

    public static IngestItem Fail(string path, string message) => new(null, new IngestError(path, message));
}

/// <summary>Thrown inside an ingester for input it refuses; caught and turned into an <see cref="IngestError"/>.</summary>
public sealed class InputException(string message) : Exception(message);
