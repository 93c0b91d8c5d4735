using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>Shared judgements about where capitalisation is expected, used by the casing rules.</summary>
internal static class CasingFacts
{
    /// <summary>
    /// A sentence in a line that is a headline or heading in Title Case or ALL CAPS: capitals there say
    /// nothing (LanguageTool's headline exception, users' most asked-for casing fix).
    /// </summary>
    public static bool IsHeadlineLike(AnalysisContext ctx, int lineIndex)
    {
        return ctx.Shared(c => new HeadlineLines(c)).Lines[lineIndex];
    }

    private static readonly HashSet<string> PlaceTypes = new(StringComparer.Ordinal) { "country", "capital", "city", "region", "continent" };

    /// <summary>
    /// A one-word place name of the gazetteer, written exactly as listed ("Cyprus", "Washington"): a capital that a
    /// sentence can end on or a preposition can lead to (glued-words, midsentence-capital).
    /// </summary>
    public static bool IsOneWordPlace(string word)
    {
        foreach (var (words, surface, type) in EnglishLexicon.Gazetteer.StartingWith(word.ToLowerInvariant()))
        {
            if (words.Length == 1 && surface == word && PlaceTypes.Contains(type))
                return true;
        }

        return false;
    }

    /// <summary>True when the word at <paramref name="t"/> may be capitalised because of what precedes it.</summary>
    public static bool CapitalLicensedByPrevious(AnalysisContext ctx, Sentence s, int t)
    {
        if (t == s.FirstToken)
            return true;
        var prev = ctx.Tokens[t - 1];
        // An emoji bullet, also when it ends in a variation selector or a skin-tone or gender sequence (which the
        // tokenizer may keep as a word of combining marks).
        if (IsPictograph(ctx.Text[prev.End - 1]))
            return true;
        if (prev.Kind == TokenKind.Punct)
        {
            char p = ctx.Text[prev.Start];
            // '.', '?', '!' inside a sentence: the segmenter kept an abbreviation ("et al. Increased risk"); '#', '=',
            // '*', '>' open code comments, assignments, list items and quoted replies.
            // ']' closes a citation mark after a sentence's end ("the class.[3] The spell"). '»', '›' and '→' separate
            // the steps of a menu path or breadcrumb ("Home » Travel"), and a pictograph or symbol (an emoji, '✓',
            // '®') bullets the next item of a link list or follows a brand mark ("✨ Subscribe", "Maker® Studio").
            if (p is ':' or '"' or '“' or '‘' or '«' or '(' or '[' or ']' or '—' or '–' or '-' or '/' or '|' or '•' or '·' or '\'' or '”' or '…'
                or '.' or '?' or '!' or '#' or '=' or '*' or '>' or '»' or '›' or '→' || IsPictograph(p))
                return true;
            if (t - 1 == s.FirstToken)
                return true;
            // A stage direction or aside opening the sentence: "(Laughter) The plant …"; a wire dateline's source
            // tag, capitalised words in brackets, after the place: "London (CNN)It was …", "(Reuters) - The …".
            if (p == ')')
            {
                bool tag = true;
                for (int k = t - 2; k >= s.FirstToken; k--)
                {
                    if (ctx.IsPunct(k, '('))
                        return k == s.FirstToken || (tag && k < t - 2);
                    tag &= ctx.Tokens[k].Kind == TokenKind.Word && char.IsUpper(ctx.CharAt(k)) && t - 2 - k < 3;
                }
            }
        }

        // A footnote number glued to the full stop before it ("said Boris Shor.3 And the …"): a new sentence.
        if (prev.Kind == TokenKind.Number && t - 2 >= s.FirstToken && ctx.Tokens[t - 2].Kind == TokenKind.Punct
            && ctx.Tokens[t - 2].End == prev.Start && ctx.Text[ctx.Tokens[t - 2].Start] is '.' or '?' or '!')
            return true;

        return false;
    }

    /// <summary>
    /// An emoji or other pictographic symbol: a surrogate pair's first half, a symbol of category So ('✨', '✓', '®'),
    /// or the variation selector or joiner that ends an emoji sequence (U+FE0F, U+200D).
    /// </summary>
    private static bool IsPictograph(char c) =>
        c > 0x7F && (char.IsSurrogate(c) || c is '\uFE0F' or '\u200D' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol);

    /// <summary>
    /// True when the article writes this word (lower-cased key) capitalised at least twice where no sentence start
    /// or punctuation licenses a capital, and never in lower case there: a name or a term of the article ("Chrome",
    /// "Level 5"), not a seam capital, which MT leaves once.
    /// </summary>
    public static bool ConsistentlyCapitalised(AnalysisContext ctx, string lowerWord) =>
        ctx.Shared(c => new ArticleCase(c)).Counts.TryGetValue(lowerWord, out var n) && n.Upper >= 2 && n.Lower == 0;

    private sealed class ArticleCase
    {
        public ArticleCase(AnalysisContext c)
        {
            foreach (var s in c.ContentSentences)
            {
                for (int t = s.FirstToken + 1; t < s.EndToken; t++)
                {
                    if (c.Tokens[t].Kind != TokenKind.Word || !char.IsLetter(c.CharAt(t)) || CapitalLicensedByPrevious(c, s, t))
                        continue;
                    var key = c.Word(t).ToLowerInvariant();
                    Counts.TryGetValue(key, out var n);
                    Counts[key] = char.IsUpper(c.CharAt(t)) ? (n.Lower, n.Upper + 1) : (n.Lower + 1, n.Upper);
                }
            }
        }

        public Dictionary<string, (int Lower, int Upper)> Counts { get; } = new(StringComparer.Ordinal);
    }

    private sealed class HeadlineLines
    {
        public HeadlineLines(AnalysisContext c)
        {
            Lines = new bool[c.Lines.Count];
            for (int li = 0; li < Lines.Length; li++)
            {
                var (first, end) = c.LineTokens(li);
                int words = 0;
                int caps = 0;
                int lower = 0;
                for (int t = first; t < end; t++)
                {
                    if (c.Tokens[t].Kind != TokenKind.Word)
                        continue;
                    var w = c.WordSpan(t);
                    if (!char.IsLetter(w[0]))
                        continue;
                    words++;
                    if (char.IsUpper(w[0]))
                        caps++;
                    else if (!WordLists.IsFunctionWord(w))
                        lower++;
                }

                bool terminal = end > first && c.Tokens[end - 1].Kind == TokenKind.Punct && Segmenter.IsTerminal(c.CharAt(end - 1));
                Lines[li] = words > 0 && ((caps >= 2 && lower == 0) || (words <= 14 && !terminal && caps * 2 > words));
            }
        }

        public bool[] Lines { get; }
    }
}
