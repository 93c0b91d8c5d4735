namespace MtQuality.Core.Text;

/// <summary>
/// Splits each line into sentences. A sentence ends at <c>. ! ? …</c> (with any closing quotes or brackets)
/// followed by white space, unless the word before the stop is a known abbreviation. The next sentence may
/// start in lower case: rules judge that, the segmenter only reports it.
/// </summary>
public static class Segmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "col", "lt", "sgt",
        "capt", "cmdr", "adm", "maj", "pres", "rev", "hon", "messrs", "no", "nos", "vol", "vols", "fig", "figs", "p", "pp",
        "ed", "eds", "al", "etc", "e.g", "i.e", "vs", "cf", "approx", "ca", "inc", "ltd", "co", "corp", "bros", "dept", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "ave", "blvd", "rd", "u.s", "u.k", "u.n", "a.m", "p.m", "ph.d", "op", "art",
        "ee", // Spanish "EE. UU." (Estados Unidos), left untranslated by MT: no sentence ends after "EE."
    };

    public static bool IsAbbreviation(string word) => Abbreviations.Contains(word);

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens, LineMap lines)
    {
        var sentences = new List<Sentence>(tokens.Count / 15 + 4);
        int i = 0;
        while (i < tokens.Count)
        {
            int line = tokens[i].LineIndex;
            int first = i;
            while (i < tokens.Count && tokens[i].LineIndex == line)
            {
                var t = tokens[i];
                i++;
                if (t.Kind != TokenKind.Punct || !IsTerminal(text[t.Start]))
                    continue;
                // Swallow repeated stops and closing quotes/brackets: ?!” or .)
                while (i < tokens.Count && tokens[i].LineIndex == line && tokens[i].Start == tokens[i - 1].End
                       && tokens[i].Kind == TokenKind.Punct && (IsTerminal(text[tokens[i].Start]) || IsCloser(text[tokens[i].Start])))
                    i++;
                if (i >= tokens.Count || tokens[i].LineIndex != line)
                    break;
                if (tokens[i].Start == tokens[i - 1].End)
                    continue; // no space after the stop: 26.2, "U.S.-led", URLs
                if (text[t.Start] == '.' && first < i - 1 && IsAbbreviationBefore(text, tokens, i - 1))
                    continue;
                AddSentence(sentences, tokens, first, i, line);
                first = i;
            }

            if (i > first)
                AddSentence(sentences, tokens, first, i, line);
        }

        return sentences;
    }

    private static bool IsAbbreviationBefore(string text, IReadOnlyList<Token> tokens, int stopIndex)
    {
        int w = stopIndex;
        while (w >= 0 && tokens[w].Kind == TokenKind.Punct)
            w--;
        if (w < 0)
            return false;
        var word = text.AsSpan(tokens[w].Start, tokens[w].Span.Length);
        if (word.Length == 1 && char.IsLetter(word[0]))
            return true; // an initial ("John F. Kennedy") or the end of "e.g."
        var key = word.ToString().TrimEnd('.');
        if (Abbreviations.Contains(key))
        {
            // U.S. at the end of a sentence is common; only treat it as an abbreviation when a lower-case
            // or non-function word follows.
            if (key.Contains('.') && stopIndex + 1 < tokens.Count)
            {
                var next = text.AsSpan(tokens[stopIndex + 1].Start, tokens[stopIndex + 1].Span.Length);
                return !(next.Length > 0 && char.IsUpper(next[0]) && StartsSentenceOften(next));
            }

            return true;
        }

        return false;
    }

    private static bool StartsSentenceOften(ReadOnlySpan<char> word) =>
        word is "The" or "A" or "An" or "He" or "She" or "It" or "They" or "We" or "I" or "In" or "But" or "This" or "That";

    private static void AddSentence(List<Sentence> sentences, IReadOnlyList<Token> tokens, int first, int end, int line)
    {
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        sentences.Add(new Sentence(span, line, first, end - first));
    }

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    public static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']';
}
