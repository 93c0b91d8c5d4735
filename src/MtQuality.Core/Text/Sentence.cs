namespace MtQuality.Core.Text;

/// <summary>A sentence inside one line: its span and the range of its tokens in the article's token list.</summary>
public readonly record struct Sentence(TextSpan Span, int LineIndex, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
