using System.Globalization;
using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// The compact background language model that ships with the project, two count tables:
/// <list type="bullet">
/// <item>WordNet 3.1 glosses and examples (english-bigrams.tsv.gz, bigrams with count ≥ 2; unigrams are the
/// bigram marginals): general English word pairs in dictionary style. <see cref="Bigram"/>, <see cref="Unigram"/>
/// and <see cref="Tokens"/> answer from this table alone (the compound antipattern of caps-heading-bare-verb).</item>
/// <item>The State of the Union addresses 1790–2021 (english-lm.tsv.gz, public domain, ~1.8M words of edited
/// political prose; unigrams and bigrams with count ≥ 2). <see cref="Prose"/> adds both tables: the language
/// model that surprisal rules combine with the corpus counts of the index.</item>
/// </list>
/// Both are rebuilt reproducibly by tools/lexicons (see their headers).
/// </summary>
internal static class BackgroundModel
{
    private static readonly Lazy<NgramCounts> GlossData = new(LoadGlosses);

    private static readonly Lazy<NgramCounts> ProseData = new(() => NgramCounts.Sum(LoadProse(), GlossData.Value));

    public static long Bigram(string w1, string w2) => GlossData.Value.Bigram(w1, w2);

    public static long Unigram(string w) => GlossData.Value.Unigram(w);

    public static long Tokens => GlossData.Value.Tokens;

    /// <summary>Prose (State of the Union) plus gloss counts: the background of the surprisal rules.</summary>
    public static NgramCounts Prose => ProseData.Value;

    private static NgramCounts LoadGlosses()
    {
        var lex = Lexicon.Load("english-bigrams.tsv.gz");
        var bigrams = new Dictionary<(string, string), long>(lex.Entries.Count);
        var unigrams = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in lex.Entries)
        {
            if (e.Length < 3 || !long.TryParse(e[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
                continue;
            bigrams[(e[0], e[1])] = n;
            unigrams[e[1]] = unigrams.GetValueOrDefault(e[1]) + n;
        }

        return new NgramCounts(bigrams, unigrams, HeaderTokens(lex) ?? unigrams.Values.Sum());
    }

    private static NgramCounts LoadProse()
    {
        var lex = Lexicon.Load("english-lm.tsv.gz");
        var bigrams = new Dictionary<(string, string), long>(lex.Entries.Count);
        var unigrams = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in lex.Entries)
        {
            if (e.Length == 2 && long.TryParse(e[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long u))
                unigrams[e[0]] = u;
            else if (e.Length == 3 && long.TryParse(e[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out long b))
                bigrams[(e[0], e[1])] = b;
        }

        return new NgramCounts(bigrams, unigrams, HeaderTokens(lex) ?? unigrams.Values.Sum());
    }

    private static long? HeaderTokens(Lexicon lex) =>
        lex.Header.TryGetValue("tokens", out var t) && long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>Lower-cased unigram and bigram counts (sentence edges are <c>&lt;s&gt;</c> and <c>&lt;/s&gt;</c>).</summary>
internal sealed class NgramCounts(Dictionary<(string, string), long> bigramCounts, Dictionary<string, long> unigramCounts, long tokens)
{
    private readonly Dictionary<(string, string), long> bigrams = bigramCounts;
    private readonly Dictionary<string, long> unigrams = unigramCounts;

    public long Tokens { get; } = tokens;

    public long Bigram(string w1, string w2) => bigrams.GetValueOrDefault((w1, w2));

    public long Unigram(string w) => unigrams.GetValueOrDefault(w);

    public static NgramCounts Sum(NgramCounts a, NgramCounts b)
    {
        var big = new Dictionary<(string, string), long>(a.bigrams);
        foreach (var (k, v) in b.bigrams)
            big[k] = big.GetValueOrDefault(k) + v;
        var uni = new Dictionary<string, long>(a.unigrams, StringComparer.Ordinal);
        foreach (var (k, v) in b.unigrams)
            uni[k] = uni.GetValueOrDefault(k) + v;
        return new NgramCounts(big, uni, a.Tokens + b.Tokens);
    }
}
