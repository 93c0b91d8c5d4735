namespace MtQuality.Core.Text;

/// <summary>Small, allocation-free predicates over words and characters.</summary>
public static class TextFacts
{
    public static bool IsOpeningQuote(char c) => c is '“' or '‘' or '«' or '„' or '‚' or '‹';

    public static bool IsClosingQuote(char c) => c is '”' or '’' or '»' or '›';

    public static bool IsAnyQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '‹' or '›';

    public static bool IsCapitalized(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]);

    public static bool IsLowerWord(ReadOnlySpan<char> w)
    {
        if (w.Length == 0 || !char.IsLower(w[0]))
            return false;
        foreach (char c in w)
        {
            if (char.IsUpper(c))
                return false;
        }

        return true;
    }

    /// <summary>Capitalised first letter followed only by lower-case letters (and hyphens/apostrophes).</summary>
    public static bool IsTitleWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 1 || !char.IsUpper(w[0]))
            return false;
        for (int i = 1; i < w.Length; i++)
        {
            if (char.IsUpper(w[i]))
                return false;
        }

        return true;
    }

    public static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        int letters = 0;
        foreach (char c in w)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }

        return letters > 0;
    }

    public static bool HasLetter(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLetter(c))
                return true;
        }

        return false;
    }

    public static int CountWords(ReadOnlySpan<char> line)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool w = Tokenizer.IsWordChar(c);
            if (w && !inWord)
                n++;
            inWord = w || (inWord && (Tokenizer.IsApostrophe(c) || Tokenizer.IsHyphen(c)));
        }

        return n;
    }
}
