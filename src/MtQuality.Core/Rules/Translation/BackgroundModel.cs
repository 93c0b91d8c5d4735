using System.Globalization;
using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// The compact background language model that ships with the project: bigram counts of the WordNet 3.1
/// glosses and examples (english-bigrams.tsv.gz, pruned at count 2; see its header for the build). Unigram
/// counts are the bigram marginals. Genre: dictionary definitions, so it knows general English word pairs,
/// not news; rules pair it with the corpus bigrams of the index.
/// </summary>
internal static class BackgroundModel
{
    private static readonly Lazy<(Dictionary<(string, string), int> Bigrams, Dictionary<string, long> Unigrams, long Tokens)> Data = new(Load);

    public static long Bigram(string w1, string w2) => Data.Value.Bigrams.GetValueOrDefault((w1, w2));

    public static long Unigram(string w) => Data.Value.Unigrams.GetValueOrDefault(w);

    public static long Tokens => Data.Value.Tokens;

    private static (Dictionary<(string, string), int>, Dictionary<string, long>, long) Load()
    {
        var lex = Lexicon.Load("english-bigrams.tsv.gz");
        var bigrams = new Dictionary<(string, string), int>(lex.Entries.Count);
        var unigrams = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in lex.Entries)
        {
            if (e.Length < 3 || !int.TryParse(e[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
                continue;
            bigrams[(e[0], e[1])] = n;
            unigrams[e[1]] = unigrams.GetValueOrDefault(e[1]) + n;
        }

        long tokens = lex.Header.TryGetValue("tokens", out var t) && long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var tt) ? tt : unigrams.Values.Sum();
        return (bigrams, unigrams, tokens);
    }
}
