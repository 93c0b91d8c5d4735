namespace MtQuality.Core.Text;

/// <summary>
/// Splits a text into physical lines (LF, CRLF or lone CR) and maps offsets back to 1-based line and column.
/// Line and column are always derived from offsets, never stored twice.
/// </summary>
public sealed class LineMap
{
    private readonly int[] starts;
    private readonly Line[] lines;

    public LineMap(string text)
    {
        var list = new List<Line>();
        var startList = new List<int>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\n' && c != '\r')
                continue;
            list.Add(new Line(number++, new TextSpan(start, i)));
            startList.Add(start);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            start = i + 1;
        }

        if (start < text.Length || list.Count == 0)
        {
            list.Add(new Line(number, new TextSpan(start, text.Length)));
            startList.Add(start);
        }

        lines = [.. list];
        starts = [.. startList];
    }

    public IReadOnlyList<Line> Lines => lines;

    public int Count => lines.Length;

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>.</summary>
    public int IndexOf(int offset)
    {
        int i = Array.BinarySearch(starts, offset);
        if (i < 0)
            i = ~i - 1;
        return Math.Clamp(i, 0, lines.Length - 1);
    }

    /// <summary>1-based line and UTF-16 column of an offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = lines[IndexOf(offset)];
        return (line.Number, offset - line.Start + 1);
    }
}
