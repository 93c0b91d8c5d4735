using System.Runtime.CompilerServices;
using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Boilerplate;

/// <summary>
/// jusText judges a paragraph by the share of stopwords of the page's language. English pages use the English
/// function words; a page whose words are mostly stopwords of another language of stopwords.tsv (stopwords-iso)
/// is judged with that language's list, so German or French prose is not taken for a link list.
/// </summary>
public static class PageLanguage
{
    /// <summary>Words sampled from the top of the page to decide its language.</summary>
    public const int SampleWords = 5000;

    /// <summary>Another language must cover this many times the English share of the sample (and a fifth of it).</summary>
    public const double Margin = 1.5;

    /// <summary>
    /// The other languages' stopword sets, and each of their stopwords with a bit per language (bit <c>l</c> = it is
    /// in <c>Lists[l].Words</c>), case-insensitive like the sets: one lookup per sampled word instead of one per
    /// language. Both come from one parse of stopwords.tsv.
    /// </summary>
    private static readonly Lazy<((string Lang, WordSet Words)[] Lists, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Membership)> Stoplists = new(() =>
    {
        var groups = Lexicon.Load("stopwords.tsv").Entries
            .Where(e => e.Length > 1 && e[1].Trim() != "en")
            .GroupBy(e => e[1].Trim(), StringComparer.Ordinal)
            .Select(g => (Lang: g.Key, Words: g.Select(e => e[0].Trim()).ToList()))
            .ToList();
        if (groups.Count > 31)
            throw new InvalidOperationException("stopwords.tsv: more than 31 languages do not fit the membership mask");
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int l = 0; l < groups.Count; l++)
        {
            foreach (var w in groups[l].Words)
                map[w] = map.GetValueOrDefault(w) | (1 << l);
        }

        // The English function words in the same map (bit 31), so a sampled word costs one lookup, not two: the
        // sets ignore case alike (OrdinalIgnoreCase), so a word is found here exactly when IsFunctionWord finds it.
        foreach (var w in WordLists.FunctionWords.Words)
            map[w] = map.GetValueOrDefault(w) | EnglishBit;

        return ([.. groups.Select(g => (g.Lang, new WordSet(g.Words)))], map.GetAlternateLookup<ReadOnlySpan<char>>());
    });

    /// <summary>The membership bit of the English function words (the other languages have bits 0 to 30).</summary>
    private const int EnglishBit = 1 << 31;

    /// <summary>Loads the stopword lists and the English function words now, on the calling thread.</summary>
    public static void WarmUp()
    {
        _ = Stoplists.Value;
        _ = WordLists.FunctionWords;
    }

    /// <summary>The stopword list to judge the page with, or null for English.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordSet? StoplistFor(MtQuality.Core.Text.Article article)
    {
        var (lists, membership) = Stoplists.Value;
        var hits = new int[lists.Length];
        int english = 0;
        int words = 0;
        foreach (var l0 in article.Lines.Lines)
        {
            var line = article.SliceSpan(l0.Span);
            foreach (var range in LineFeatureExtractor.WordRanges(line))
            {
                var w = line[range];
                if (++words > SampleWords)
                    break;
                if (membership.TryGetValue(w, out int mask))
                {
                    if ((mask & EnglishBit) != 0)
                        english++;
                    for (int l = 0; l < lists.Length; l++)
                        hits[l] += (mask >> l) & 1;
                }
            }

            if (words > SampleWords)
                break;
        }

        int best = -1;
        for (int l = 0; l < lists.Length; l++)
        {
            if (hits[l] > Margin * english && hits[l] * 5 >= words && (best < 0 || hits[l] > hits[best]))
                best = l;
        }

        return best < 0 ? null : lists[best].Words;
    }
}
