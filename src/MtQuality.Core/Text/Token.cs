namespace MtQuality.Core.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A token of the original text. Words keep internal hyphens, apostrophes and initials (U.S.).</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, int LineIndex)
{
    public int Start => Span.Start;

    public int End => Span.End;
}
