using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// A token pattern from a phrase lexicon (calques.tsv, spun-phrases.tsv): lower-case words matched exactly,
/// <c>*</c> = any one word, <c>{refl}</c> = a reflexive pronoun, <c>{ing}</c> = a word in -ing; <c>{report3}</c> = a present-tense reporting verb (reporting-verbs.tsv),
/// <c>{report}</c> = any form of a reporting verb, <c>{subj}</c> = a word that opens a clause's subject (pronoun, article, possessive, "there"), <c>{num}</c> = a number (digits, or a spelled-out cardinal such as "three"), <c>{digits}</c> = a number in digits,
/// <c>{pct}</c> = a percentage (digits glued to "%", "%" glued to digits, or digits + "per cent"/"percent"); a leading <c>, </c> marks a reporting-verb inversion: a comma before
/// the match and a short subject after it that ends the clause ("…”, specifies the ministry."); a leading <c>", </c>
/// also requires that comma to close a quotation; a leading <c>^</c> anchors at the start of a heading line; a leading
/// <c>&lt;</c> anchors at the first word of a sentence (after any opening quotation mark or bracket).
/// Matching is linear: each pattern is tried only at tokens equal to its first literal word (its anchor).
/// </summary>
public sealed class PhrasePattern
{
    /// <summary>Cardinals news style spells out (numbers under ten, round tens), which {num} matches like digits.</summary>
    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    };

    /// <summary>The token <c>{num}</c> matches: digits, or a spelled-out cardinal of <see cref="NumberWords"/>.</summary>
    internal static bool IsNumber(AnalysisContext ctx, int k) =>
        ctx.Tokens[k].Kind == TokenKind.Number || (ctx.Tokens[k].Kind == TokenKind.Word && NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(ctx.WordSpan(k)));

    /// <summary>
    /// {subj}: a word that can only open the subject of a new clause here (a personal pronoun, an article, a
    /// possessive, existential "there"), so "not exclude that {subj}" is "that" + clause, never "that possibility".
    /// </summary>
    private static readonly HashSet<string> SubjectOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "there", "his", "her", "their", "its", "our", "some",
    };

    private static readonly HashSet<string> Reflexives = new(StringComparer.OrdinalIgnoreCase)
    {
        "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "yourselves", "oneself",
    };

    /// <summary>The most words the inverted subject may have ("the ministry of health in a note").</summary>
    public const int MaxInvertedSubjectWords = 5;

    private PhrasePattern(string source, string[] elements, bool needsComma, bool needsQuote, bool headingStart, bool sentenceStart, string[] payload)
    {
        SentenceStart = sentenceStart;
        Source = source;
        Elements = elements;
        NeedsComma = needsComma;
        NeedsQuote = needsQuote;
        HeadingStart = headingStart;
        Payload = payload;
        AnchorIndex = Array.FindIndex(elements, e => !IsWildcard(e));
    }

    public string Source { get; }

    public string[] Elements { get; }

    public bool NeedsComma { get; }

    /// <summary>The comma before the match closes a quotation (the quote mark just before or just after it).</summary>
    public bool NeedsQuote { get; }

    public bool HeadingStart { get; }

    /// <summary>
    /// The match must open its sentence: discourse formulas such as "On his part," are calques only there (a
    /// sentence-final "on his part" is English).
    /// </summary>
    public bool SentenceStart { get; }

    /// <summary>The lexicon row the pattern came from.</summary>
    public string[] Payload { get; }

    public string? FirstLiteral => Elements.Length > 0 && !IsWildcard(Elements[0]) ? Elements[0] : null;

    /// <summary>
    /// The position of the first literal word: a pattern may open with wildcards ("{report} this monday"), and is
    /// then looked up by that word and matched from <see cref="AnchorIndex"/> tokens before it. -1 when all wildcards.
    /// </summary>
    public int AnchorIndex { get; }

    public static PhrasePattern Parse(string pattern, string[] payload)
    {
        var p = pattern.Trim().ToLowerInvariant();
        bool comma = false;
        bool quote = false;
        bool heading = false;
        if (p.StartsWith("\","))
        {
            quote = true;
            p = p[1..];
        }

        if (p.StartsWith(','))
        {
            comma = true;
            p = p[1..].Trim();
        }

        if (p.StartsWith('^'))
        {
            heading = true;
            p = p[1..].Trim();
        }

        bool sentence = false;
        if (p.StartsWith('<'))
        {
            sentence = true;
            p = p[1..].Trim();
        }

        return new PhrasePattern(pattern, p.Split(' ', StringSplitOptions.RemoveEmptyEntries), comma || quote, quote, heading, sentence, payload);
    }

    /// <summary>
    /// An element with a full stop inside or at its end ("ee.uu.", "é.-u."): the tokenizer splits it at each stop, so
    /// it is matched on the text, not per token (hyphenated words such as "second-fair" are one token and match as words).
    /// </summary>
    private static bool IsDotted(string e) => e.Length > 1 && e.AsSpan(1).IndexOf('.') >= 0;

    /// <summary>
    /// The word a pattern is looked up by: its first literal element, or for a dotted abbreviation the letters before
    /// its first stop ("ee" of "ee.uu."), which is the token the text starts with.
    /// </summary>
    public string? AnchorWord
    {
        get
        {
            if (AnchorIndex < 0)
                return null;
            var e = Elements[AnchorIndex];
            if (!IsDotted(e))
                return e;
            int cut = e.AsSpan(1).IndexOf('.') + 1; // "é" of "é.-u.", "ee" of "ee.uu."
            return e[..cut];
        }
    }

    /// <summary>
    /// The literal word that must follow the anchor token, when the anchor and the element after it are plain
    /// one-token words; else null (a wildcard, a dotted abbreviation or no element after the anchor).
    /// </summary>
    public string? NextLiteral =>
        AnchorIndex >= 0 && AnchorIndex + 1 < Elements.Length && !IsDotted(Elements[AnchorIndex])
        && !IsWildcard(Elements[AnchorIndex + 1]) && !IsDotted(Elements[AnchorIndex + 1])
            ? Elements[AnchorIndex + 1]
            : null;

    private static bool IsWildcard(string e) => e is "," or "*" or "{refl}" or "{ing}" or "{report3}" or "{report}" or "{num}" or "{subj}" or "{digits}" or "{pct}";

    /// <summary>
    /// {pct} at token <paramref name="k"/>: digits with "%" right after them ("1.2%"), or digits + "per cent" /
    /// "percent"; the index after the percentage, else -1.
    /// </summary>
    private static int PercentEnd(AnalysisContext ctx, int k, int end)
    {
        if (LeadingPercent(ctx, k, end))
            return k + 2;
        if (ctx.Tokens[k].Kind != TokenKind.Number)
            return -1;
        if (k + 1 < end && ctx.IsPunct(k + 1, '%') && ctx.Tokens[k + 1].Start == ctx.Tokens[k].End)
            return k + 2;
        if (k + 1 < end && ctx.Tokens[k + 1].Kind == TokenKind.Word && ctx.WordSpan(k + 1).Equals("percent", StringComparison.OrdinalIgnoreCase))
            return k + 2;
        if (k + 2 < end && ctx.Tokens[k + 1].Kind == TokenKind.Word && ctx.Tokens[k + 2].Kind == TokenKind.Word
            && ctx.WordSpan(k + 1).Equals("per", StringComparison.OrdinalIgnoreCase) && ctx.WordSpan(k + 2).Equals("cent", StringComparison.OrdinalIgnoreCase))
            return k + 3;
        return -1;
    }

    /// <summary>
    /// A percent sign written before its number, as Turkish (and Basque, Persian) write it ("%71.6"): a "%" token
    /// glued to the number after it and not to the word or number before it (so "%20" inside a URL stays out).
    /// </summary>
    internal static bool LeadingPercent(AnalysisContext ctx, int k, int end) =>
        k + 1 < end && ctx.IsPunct(k, '%') && ctx.Tokens[k + 1].Kind == TokenKind.Number && ctx.Tokens[k + 1].Start == ctx.Tokens[k].End
        && (ctx.Tokens[k].Start == 0 || ctx.Text[ctx.Tokens[k].Start - 1] is ' ' or '\u00a0' or '(' or '\n')
        && (ctx.Tokens[k + 1].End >= ctx.Text.Length || !char.IsLetter(ctx.Text[ctx.Tokens[k + 1].End]));

    /// <summary>
    /// {report3}: the present third-person form of a reporting verb of reporting-verbs.tsv, other than the
    /// habitual-friendly says, tells and asks.
    /// </summary>
    private static readonly Lazy<HashSet<string>> ReportingPresent = new(() => new HashSet<string>(
        Lexicons.Lexicon.Load("reporting-verbs.tsv").Entries
            .Select(e => e[0])
            .Where(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w is not ("says" or "tells" or "asks")),
        StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// {report}: any form of a reporting verb of reporting-verbs.tsv (also used by misplaced-adverb and
    /// source-punctuation). Case-blind, so a token is looked up as written instead of through a lower-cased copy.
    /// </summary>
    internal static readonly Lazy<HashSet<string>> ReportingVerbForms = new(() =>
        new HashSet<string>(Lexicons.Lexicon.Load("reporting-verbs.tsv").Entries.Select(e => e[0]), StringComparer.OrdinalIgnoreCase));

    /// <summary>Index of the last token of a match starting at word token <paramref name="t"/>, or -1.</summary>
    public int MatchAt(AnalysisContext ctx, int t, int end, int sentenceFirst = -1)
    {
        int k = t;
        foreach (var e in Elements)
        {
            // Skip punctuation inside the pattern's span only where the pattern has none: words must be adjacent words
            // (a percentage may open with its sign: "%71.6").
            if (e == ",")
            {
                // A comma inside a formula ("next step , we"): the only punctuation a pattern names.
                if (k >= end || !ctx.IsPunct(k, ','))
                    return -1;
                k++;
                continue;
            }

            if (k >= end || (ctx.Tokens[k].Kind == TokenKind.Punct && e != "{pct}"))
                return -1;
            if (IsDotted(e))
            {
                // "ee.uu.", "é.-u.": a dotted abbreviation spans several tokens; it is matched on the text itself
                // and must end on a token boundary.
                int from = ctx.Tokens[k].Start;
                int to = from + e.Length;
                if (to > ctx.Text.Length || !ctx.Text.AsSpan(from, e.Length).Equals(e, StringComparison.OrdinalIgnoreCase))
                    return -1;
                while (k < end && ctx.Tokens[k].End <= to)
                    k++;
                if (k < end && ctx.Tokens[k].Start < to)
                    return -1;
                continue;
            }

            if (e == "{pct}")
            {
                k = PercentEnd(ctx, k, end);
                if (k < 0)
                    return -1;
                continue;
            }

            // Compared on the token's span: most comparisons fail, and a string per token tried would be garbage.
            var w = ctx.WordSpan(k);
            bool ok = e switch
            {
                "*" => true,
                "{num}" => IsNumber(ctx, k),
                "{digits}" => ctx.Tokens[k].Kind == TokenKind.Number,
                "{subj}" => SubjectOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w),
                "{refl}" => Reflexives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w),
                "{ing}" => w.Length > 4 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase),
                "{report3}" => ReportingPresent.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w),
                "{report}" => ReportingVerbForms.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w),
                _ => w.Equals(e, StringComparison.OrdinalIgnoreCase),
            };
            if (!ok)
                return -1;
            k++;
        }

        if (SentenceStart && !OpensSentence(ctx, t, sentenceFirst))
            return -1;

        if (NeedsComma)
        {
            int comma = CommaBefore(ctx, t);
            if (comma < 0 || ctx.Tokens[comma].LineIndex != ctx.Tokens[t].LineIndex
                || (NeedsQuote && !ClosesQuotation(ctx, comma)) || !ShortSubjectEndsClause(ctx, k, end))
                return -1;
        }

        return k - 1;
    }

    /// <summary>
    /// Token <paramref name="t"/> is the first word of the sentence that starts at <paramref name="sentenceFirst"/>:
    /// only opening quotation marks, brackets or dashes stand before it.
    /// </summary>
    private static bool OpensSentence(AnalysisContext ctx, int t, int sentenceFirst)
    {
        if (sentenceFirst < 0 || t < sentenceFirst)
            return false;
        for (int k = sentenceFirst; k < t; k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Punct || ctx.CharAt(k) is not ('"' or '“' or '‘' or '\'' or '«' or '(' or '[' or '—' or '–' or '-'))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The comma an inversion follows: the token right before <paramref name="t"/>, or the one before a closing
    /// quote mark there (American style, "…ally,” underlined Biden"); -1 when there is none.
    /// </summary>
    public static int CommaBefore(AnalysisContext ctx, int t)
    {
        if (t >= 1 && ctx.IsPunct(t - 1, ','))
            return t - 1;
        if (t >= 2 && ctx.Tokens[t - 1].Kind == TokenKind.Punct && IsClosingQuote(ctx.Text[ctx.Tokens[t - 1].Start]) && ctx.IsPunct(t - 2, ','))
            return t - 2;
        return -1;
    }

    /// <summary>The comma token <paramref name="comma"/> has a closing quotation mark right before or right after it.</summary>
    private static bool ClosesQuotation(AnalysisContext ctx, int comma)
    {
        int at = ctx.Tokens[comma].Start;
        var text = ctx.Text;
        return (at > 0 && IsClosingQuote(text[at - 1])) || (at + 1 < text.Length && IsClosingQuote(text[at + 1]));
    }

    private static bool IsClosingQuote(char c) => c is '”' or '"' or '’' or '»' or '\'';

    /// <summary>
    /// An inverted reporting clause ends soon after the verb: at most <see cref="MaxInvertedSubjectWords"/> words, then
    /// the end of the sentence or a clause mark ("…, specifies the Kremlin."), not a predicate ("…, so the plant needs
    /// a fertile soil").
    /// </summary>
    private static bool ShortSubjectEndsClause(AnalysisContext ctx, int from, int end)
    {
        int words = 0;
        for (int k = from; k < end; k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Word)
            {
                if (++words > MaxInvertedSubjectWords)
                    return false;
                continue;
            }

            if (ctx.CharAt(k) is '.' or ',' or ';' or ':' or '!' or '?' or '(' or '—' or '–')
                return true;
        }

        return true;
    }
}
