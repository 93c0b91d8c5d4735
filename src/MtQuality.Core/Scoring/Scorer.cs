using MtQuality.Core.Analysis;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;

namespace MtQuality.Core.Scoring;

/// <summary>
/// Turns findings into scores. <c>mtScore = 100 · (1 − exp(−Σ w_f · r_f))</c> where <c>r_f</c> is the number
/// of translation and extraction findings of family <c>f</c> per 1,000 content words and <c>w_f</c> the
/// family's weight from <c>score-weights.tsv</c> (fitted by <c>mtq fit-weights</c>; see docs/scoring.md).
/// <c>boilerplateScore</c> is the share of non-blank characters on boilerplate lines.
/// </summary>
public sealed class Scorer
{
    private static readonly Lazy<Scorer> Lazy = new(LoadWeights);

    private readonly IReadOnlyDictionary<string, double> weights;
    private readonly IReadOnlyDictionary<string, int> minFindings;
    private readonly double defaultWeight;

    public Scorer(IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, int>? minFindings = null)
    {
        this.weights = weights;
        this.minFindings = minFindings ?? new Dictionary<string, int>();
        defaultWeight = weights.TryGetValue("*", out var d) ? d : 0.02;
    }

    /// <summary>
    /// Families whose single findings are evidence, not verdicts (spun phrases, after the Problematic Paper
    /// Screener's several-fingerprints rule): they count only from this many distinct findings in one article.
    /// </summary>
    public int MinFindingsOf(string family) => minFindings.GetValueOrDefault(family, 1);

    /// <summary>
    /// What an Info finding counts for against a Warning one. Info rules are the weaker evidence (a capital the
    /// dictionary does not expect, a surprising word order, a second spelling of a name: each also occurs in edited
    /// English), so one of them alone does not move a clean article out of "clean" (docs/scoring.md).
    /// </summary>
    public const double InfoFactor = 0.5;

    public static Scorer Default => Lazy.Value;

    public IReadOnlyDictionary<string, double> Weights => weights;

    public double WeightOf(string family) => weights.TryGetValue(family, out var w) ? w : defaultWeight;

    public ArticleVerdict Score(Article article, AnalysisContext context, IReadOnlyList<Finding> findings)
    {
        int contentWords = 0;
        foreach (var t in context.Tokens)
        {
            if (t.Kind == TokenKind.Word && context.IsContent(t.LineIndex))
                contentWords++;
        }

        long totalChars = 0;
        long bpChars = 0;
        for (int i = 0; i < context.LineKinds.Length; i++)
        {
            int len = ArticleAnalyzer.TrimmedLine(article, i).Length;
            totalChars += len;
            if (context.LineKinds[i] == LineKind.Boilerplate)
                bpChars += len;
        }

        var registry = RuleRegistry.Instance;
        var perFamily = new Dictionary<string, int>(StringComparer.Ordinal);
        var weighted = new Dictionary<string, double>(StringComparer.Ordinal);
        var distinct = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var f in findings)
        {
            if (!registry.ById.TryGetValue(f.RuleId, out var d) || d.Category == RuleCategory.Boilerplate)
                continue;
            perFamily[d.Family] = perFamily.GetValueOrDefault(d.Family) + 1;
            weighted[d.Family] = weighted.GetValueOrDefault(d.Family) + (f.Severity == Severity.Info ? InfoFactor : 1.0);
            if (!distinct.TryGetValue(d.Family, out var set))
                distinct[d.Family] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            set.Add(f.Evidence);
        }

        foreach (var (family, set) in distinct)
        {
            if (set.Count < MinFindingsOf(family))
                perFamily.Remove(family);
        }

        double per = 1000.0 / Math.Max(contentWords, 150);
        var drivers = perFamily
            .Select(kv => new ScoreDriver(kv.Key, kv.Value, kv.Value * per, WeightOf(kv.Key) * weighted[kv.Key] * per))
            .OrderByDescending(d => d.Contribution)
            .ToList();
        double z = drivers.Sum(d => d.Contribution);
        double mt = 100.0 * (1.0 - Math.Exp(-z));
        double bp = totalChars == 0 ? 0 : 100.0 * bpChars / totalChars;
        return new ArticleVerdict(article, context.LineKinds, findings, contentWords, Math.Round(mt, 1), Math.Round(bp, 1), drivers);
    }

    private static Scorer LoadWeights()
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        var min = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in Lexicon.Load("score-weights.tsv").Entries)
        {
            if (e.Length >= 2 && double.TryParse(e[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w))
                map[e[0]] = w;
            if (e.Length >= 3 && int.TryParse(e[2], System.Globalization.CultureInfo.InvariantCulture, out var m))
                min[e[0]] = m;
        }

        return new Scorer(map, min);
    }
}
