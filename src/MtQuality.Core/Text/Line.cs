namespace MtQuality.Core.Text;

/// <summary>One physical line of an article: 1-based number and its span without the line break.</summary>
public readonly record struct Line(int Number, TextSpan Span)
{
    public int Start => Span.Start;

    public int End => Span.End;
}

/// <summary>How the boilerplate classifier labelled a line.</summary>
public enum LineKind
{
    Content,
    Boilerplate,
    Blank,
}
