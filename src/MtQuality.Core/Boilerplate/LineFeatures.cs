using MtQuality.Core.Text;

namespace MtQuality.Core.Boilerplate;

/// <summary>jusText's paragraph classes, computed per line before context is applied.</summary>
public enum LineClass
{
    Blank,
    Good,
    NearGood,
    Short,
    Bad,
}

/// <summary>Per-line evidence that does not depend on neighbours.</summary>
public sealed record LineFeatures(
    int Index,
    int Chars,
    int Words,
    double StopwordDensity,
    bool EndsWithTerminal,
    bool IsTitleCase,
    string Normalized,
    string Fingerprint)
{
    public bool IsBlank => Words == 0 && Chars == 0;

    /// <summary>
    /// Classifies a line the way jusText classifies a paragraph (Pomikálek 2011): length limits 70/200
    /// characters, stopword density limits .30/.32. A line with terminal punctuation and a verb-like
    /// stopword share is allowed to be "near good" at a lower density, since news lines are sentences.
    /// </summary>
    public LineClass Classify()
    {
        if (Chars == 0)
            return LineClass.Blank;
        if (Chars < ShortLength || Words < 5)
            return LineClass.Short;
        if (StopwordDensity >= HighDensity && Chars >= LongLength)
            return LineClass.Good;
        if (StopwordDensity >= HighDensity && EndsWithTerminal && Words >= 8)
            return LineClass.Good;
        if (StopwordDensity >= LowDensity || (EndsWithTerminal && StopwordDensity >= 0.2 && Words >= 8))
            return LineClass.NearGood;
        return LineClass.Bad;
    }

    public const int ShortLength = 70;
    public const int LongLength = 200;
    public const double LowDensity = 0.30;
    public const double HighDensity = 0.32;
}
