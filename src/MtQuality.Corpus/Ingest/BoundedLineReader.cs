using System.Text;

namespace MtQuality.Corpus.Ingest;

/// <summary>
/// Reads UTF-8 lines from a stream without ever holding more than <c>maxChars</c> of one line: a longer line is
/// reported as too long and skipped to its end, so one 2 GB line cannot exhaust memory.
/// </summary>
public sealed class BoundedLineReader(Stream stream, int maxChars) : IDisposable
{
    private readonly StreamReader reader = new(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    private readonly StringBuilder sb = new();

    public int LineNumber { get; private set; }

    /// <summary>The next line, or null at the end. <paramref name="tooLong"/> is set when the line was cut off and skipped.</summary>
    public string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        sb.Clear();
        int c;
        bool any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
                break;
            if (tooLong)
                continue;
            if (sb.Length >= maxChars)
            {
                tooLong = true;
                sb.Clear();
                continue;
            }

            sb.Append((char)c);
        }

        if (!any)
            return null;
        LineNumber++;
        if (sb.Length > 0 && sb[^1] == '\r')
            sb.Length--;
        return tooLong ? string.Empty : sb.ToString();
    }

    public void Dispose() => reader.Dispose();
}
