using MtQuality.Core.Rules;

namespace MtQuality.Reports.Charts;

/// <summary>Corpus aggregates behind the charts and summary tables, computed in one pass over the summaries.</summary>
public sealed class CorpusFigures
{
    public sealed record SiteFigures(string Site, int Articles, double MeanMtScore, double MeanBoilerplate, long ContentWords, IReadOnlyDictionary<FamilyStyle, int> FindingsByGroup, int Findings);

    public required int Articles { get; init; }

    public required long ContentWords { get; init; }

    /// <summary>Articles per mtScore decile: [0,10), [10,20), …, [90,100].</summary>
    public required int[] ScoreHistogram { get; init; }

    /// <summary>Translation and extraction findings per rule family over the whole corpus.</summary>
    public required IReadOnlyDictionary<string, int> FindingsByFamily { get; init; }

    /// <summary>Sites, most articles first.</summary>
    public required IReadOnlyList<SiteFigures> Sites { get; init; }

    public required IReadOnlyList<ArticleSummary> Worst { get; init; }

    /// <summary>The first <see cref="CorpusReport.RankingRows"/> of the ranking (the index page's table).</summary>
    public required IReadOnlyList<ArticleSummary> Top { get; init; }

    public required double MeanMtScore { get; init; }

    public required double MeanBoilerplate { get; init; }

    /// <summary>Articles with an MT score of 30 or more.</summary>
    public required int Flagged { get; init; }

    /// <summary>Findings and articles per rule, most findings first (<see cref="CorpusReport.OrderRules"/>).</summary>
    public required IReadOnlyList<(string Id, int Count, int Articles)> Rules { get; init; }

    /// <summary>
    /// Everything the corpus pages need in one pass over the summaries: for a large audit each summary is a read
    /// from the spill file, and every further pass was a few GB of short-lived objects at a million articles.
    /// </summary>
    public static CorpusFigures Of(IReadOnlyList<ArticleSummary> articles, int worst = 10)
    {
        var registry = RuleRegistry.Instance;
        var hist = new int[10];
        var families = new Dictionary<string, int>(StringComparer.Ordinal);
        var sites = new Dictionary<string, (int N, double Mt, double Bp, long Words, Dictionary<FamilyStyle, int> Groups, int Findings)>(StringComparer.Ordinal);
        var rules = new Dictionary<string, (int Count, int Articles)>(StringComparer.Ordinal);
        var top = new Ranking.TopN(Math.Max(worst, CorpusReport.RankingRows));
        long words = 0;
        double mt = 0, bp = 0;
        int flagged = 0;
        foreach (var a in articles)
        {
            top.Add(a);
            mt += a.MtScore;
            bp += a.BoilerplateScore;
            if (a.MtScore >= 30)
                flagged++;
            foreach (var (id, c) in a.RuleCounts)
            {
                var x = rules.GetValueOrDefault(id);
                rules[id] = (x.Count + c, x.Articles + 1);
            }

            hist[Math.Clamp((int)(a.MtScore / 10), 0, 9)]++;
            words += a.ContentWords;
            if (!sites.TryGetValue(a.Site, out var s))
                s = (0, 0, 0, 0, [], 0);
            s.N++;
            s.Mt += a.MtScore;
            s.Bp += a.BoilerplateScore;
            s.Words += a.ContentWords;
            foreach (var (rule, count) in a.RuleCounts)
            {
                var d = registry.ById.GetValueOrDefault(rule);
                var style = FamilyStyle.Of(d);
                if (style == FamilyStyle.Boilerplate)
                    continue;
                var family = d?.Family ?? rule;
                families[family] = families.GetValueOrDefault(family) + count;
                s.Groups[style] = s.Groups.GetValueOrDefault(style) + count;
                s.Findings += count;
            }

            sites[a.Site] = s;
        }

        var ranked = top.Ranked();
        return new CorpusFigures
        {
            Articles = articles.Count,
            ContentWords = words,
            ScoreHistogram = hist,
            FindingsByFamily = families,
            Sites = [.. sites.Select(kv => new SiteFigures(kv.Key, kv.Value.N, kv.Value.Mt / kv.Value.N, kv.Value.Bp / kv.Value.N, kv.Value.Words, kv.Value.Groups, kv.Value.Findings))
                .OrderByDescending(s => s.Articles).ThenBy(s => s.Site, StringComparer.Ordinal)],
            Worst = [.. ranked.Take(worst)],
            Top = [.. ranked.Take(CorpusReport.RankingRows)],
            MeanMtScore = articles.Count == 0 ? 0 : mt / articles.Count,
            MeanBoilerplate = articles.Count == 0 ? 0 : bp / articles.Count,
            Flagged = flagged,
            Rules = CorpusReport.OrderRules(rules),
        };
    }

    public static double PerThousand(long count, long words) => words == 0 ? 0 : count * 1000.0 / words;
}
