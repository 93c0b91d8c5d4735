using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a near-miss of a frequent collocation — one word of a common pair swapped for a WordNet synonym
/// ("strange nations" for foreign nations, "alien commerce" for foreign commerce), from spun-collocations.tsv.gz —
/// when the written pair is unseen in the background model and the corpus and the language model prefers the usual
/// word by at least <see cref="MinBits"/> bits. The message gives both surprisals.
/// Why it matters: article spinners and cheap paraphrasers replace words with dictionary synonyms inside fixed
/// collocations. A single hit is evidence, not a verdict: it belongs to the spun-phrase family, which the score
/// counts only from two distinct findings (Problematic Paper Screener practice).
/// </summary>
public sealed class SpunCollocationRule : IRule
{
    /// <summary>How much less probable (in bits) the written word must be than the usual one after the same word.</summary>
    public const double MinBits = 6.0;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.SpunCollocation,
        "spun-collocation",
        RuleCategory.Translation,
        "spun-phrase",
        Severity.Info,
        "Collocation with a word swapped for a synonym (language-model evidence)",
        "Pairs of spun-collocations.tsv.gz (a frequent collocation with one word replaced by a WordNet synonym) that the corpus never writes and the language model finds far less probable than the usual pair.",
        "Spinners swap words of fixed pairs for synonyms; together with other spun findings this marks machine-spun text.",
        [
            RuleExample.Flagged("The treaty improved our standing with [|strange nations|] and the trade that followed."),
            RuleExample.Clean("The treaty improved our standing with foreign nations and the trade that followed."),
            RuleExample.Clean("Strange, he said: nations rarely agree so quickly."),
        ])
    {
        Sources = "spun-collocations.tsv.gz (State of the Union collocations × WordNet 3.1 synonyms, tools/lexicons/build-lm.mjs); surprisal from english-lm.tsv.gz + corpus bigrams (stupid backoff)",
    };

    /// <summary>
    /// The pairs by their written words (case folded), with the first and the second words of the pairs in sets that
    /// ignore case: a pair of tokens is keyed (<see cref="SurprisalModel.Key(string)"/>) only when both words can be in one.
    /// </summary>
    private static readonly Lazy<(Dictionary<(string, string), (string Usual1, string Usual2)> Pairs, HashSet<string> Firsts, HashSet<string> Seconds)> Table = new(() =>
    {
        var map = new Dictionary<(string, string), (string, string)>();
        foreach (var e in Lexicon.Load("spun-collocations.tsv.gz").Entries)
        {
            if (e.Length < 2)
                continue;
            var w = e[0].Split(' ');
            var u = e[1].Split(' ');
            if (w.Length == 2 && u.Length == 2)
                map.TryAdd((w[0], w[1]), (u[0], u[1]));
        }

        return (map, new HashSet<string>(map.Keys.Select(k => k.Item1), StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(map.Keys.Select(k => k.Item2), StringComparer.OrdinalIgnoreCase));
    });

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var (table, firsts, seconds) = Table.Value;
        var firstWords = firsts.GetAlternateLookup<ReadOnlySpan<char>>();
        var secondWords = seconds.GetAlternateLookup<ReadOnlySpan<char>>();
        SurprisalModel? lm = null;
        // The key of the second word of the last pair keyed: the first word of the next pair, keyed once.
        int keyed = -1;
        string? key = null;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || context.Tokens[t + 1].Kind != TokenKind.Word
                    || !MayBeKeyIn(context.WordSpan(t), firstWords) || !MayBeKeyIn(context.WordSpan(t + 1), secondWords))
                    continue;
                var k1 = keyed == t ? key! : SurprisalModel.Key(context.Word(t));
                var k2 = SurprisalModel.Key(context.Word(t + 1));
                (keyed, key) = (t + 1, k2);
                if (!table.TryGetValue((k1, k2), out var usual))
                    continue;
                lm ??= context.Shared(c => new SurprisalModel(c));
                if (lm.Bigram(k1, k2) > 0)
                    continue;
                // Compare the swapped word with the usual one in the same slot: P(w2|w1) vs P(u2|w1), or P(w2|w1) vs P(w2|u1).
                bool secondSwapped = usual.Usual1 == k1;
                var written = lm.Surprisal(k1, k2);
                var alternative = lm.Surprisal(usual.Usual1, usual.Usual2);
                if (written is not { } sw || alternative is not { } su || sw - su < MinBits)
                    continue;
                string usualWord = secondSwapped ? usual.Usual2 : usual.Usual1;
                string writtenWord = secondSwapped ? k2 : k1;
                findings.Add(context.Flag(Rule, t, t + 1,
                    $"\"{writtenWord}\" where \"{usual.Usual1} {usual.Usual2}\" is the usual collocation: {sw:0.0} vs {su:0.0} bits ({usualWord} expected)"));
                t++;
            }
        }
    }

    /// <summary>
    /// The word's key may be one of <paramref name="words"/>: the word is one of them ignoring case, or it is not all
    /// ASCII. An ASCII word's key is the word lower-cased, so the ignore-case test is exact for it; a curly apostrophe,
    /// an accent or the Kelvin sign (lower-cased to k) is left to the key itself.
    /// </summary>
    private static bool MayBeKeyIn(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        words.Contains(word) || !System.Text.Ascii.IsValid(word);
}
