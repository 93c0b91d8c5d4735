using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: "tortured phrases", the synonym swaps of article spinners and paraphrasers ("counterfeit
/// consciousness" for artificial intelligence, "prime clergyman" for prime minister), from spun-phrases.tsv.
/// Why it matters: spun text hides copied or machine-made content. A single hit is evidence, not a verdict:
/// like the Problematic Paper Screener, the score counts this family only when several distinct fingerprints
/// occur in one article (see <see cref="Scoring.Scorer"/>).
/// </summary>
public sealed class SpunPhraseRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SpunPhrase,
        "spun-phrase",
        RuleCategory.Translation,
        "spun-phrase",
        Severity.Info,
        "Tortured phrase (spinner synonym swap)",
        "Phrases of spun-phrases.tsv: established terms replaced by odd synonyms.",
        "Spinners swap words of fixed terms for synonyms no writer would choose; several fingerprints together mark spun text.",
        [
            RuleExample.Flagged("Advances in [|counterfeit consciousness|] and [|profound learning|] were discussed."),
            RuleExample.Clean("Advances in artificial intelligence and deep learning were discussed."),
        ])
    {
        Sources = "spun-phrases.tsv (Cabanac, Labbé & Magazinov 2021, arXiv:2107.06751; Problematic Paper Screener examples; hand-curated news pairs)",
    };

    private static readonly Lazy<Dictionary<string, List<PhrasePattern>>> Patterns = new(() =>
    {
        var map = new Dictionary<string, List<PhrasePattern>>(StringComparer.Ordinal);
        foreach (var e in Lexicon.Load("spun-phrases.tsv").Entries)
        {
            if (e.Length < 2 || e[0].Length == 0 || e[0][0] == '!')
                continue;
            var p = PhrasePattern.Parse(e[0], e);
            if (p.Elements.Length < 2 || p.FirstLiteral is not { } first)
                continue;
            if (!map.TryGetValue(first, out var list))
                map[first] = list = [];
            list.Add(p);
        }

        return map;
    });

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var map = Patterns.Value;
        var byLower = map.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                // The word lower-cased in a buffer and looked up as a span (no lower-case copy of every word).
                var w = context.WordSpan(t);
                List<PhrasePattern>? list;
                if (!(w.Length <= buffer.Length
                        ? byLower.TryGetValue(buffer[..w.ToLowerInvariant(buffer)], out list)
                        : map.TryGetValue(context.Word(t).ToLowerInvariant(), out list)))
                    continue;
                foreach (var p in list)
                {
                    int last = p.MatchAt(context, t, s.EndToken);
                    if (last < 0)
                        continue;
                    findings.Add(context.Flag(Rule, t, last, $"Spun form of \"{p.Payload[1]}\"{Evidence(context, t, last, p.Payload[1])}"));
                    t = last;
                    break;
                }
            }
        }
    }

    /// <summary>Language-model evidence: mean bigram surprisal of the written phrase against the usual one.</summary>
    private static string Evidence(AnalysisContext context, int first, int last, string usual)
    {
        var written = new List<string>();
        for (int t = first; t <= last; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.Word)
                written.Add(SurprisalModel.Key(context.Word(t)));
        }

        var lm = context.Shared(c => new SurprisalModel(c));
        var sw = MeanSurprisal(lm, written);
        var su = MeanSurprisal(lm, [.. usual.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SurprisalModel.Key)]);
        return sw is { } a && su is { } b ? $" (language model: {a:0.0} vs {b:0.0} bits per word)" : string.Empty;
    }

    private static double? MeanSurprisal(SurprisalModel lm, List<string> words)
    {
        if (words.Count < 2)
            return null;
        double sum = 0;
        for (int i = 1; i < words.Count; i++)
        {
            if (lm.Surprisal(words[i - 1], words[i]) is not { } v)
                return null;
            sum += v;
        }

        return sum / (words.Count - 1);
    }
}
