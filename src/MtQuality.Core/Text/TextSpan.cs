namespace MtQuality.Core.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets into an article's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public override string ToString() => $"[{Start},{End})";
}
