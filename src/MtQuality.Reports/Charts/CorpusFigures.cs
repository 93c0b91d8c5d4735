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

    public static CorpusFigures Of(IReadOnlyList<ArticleSummary> articles, int worst = 10)
    {
        var registry = RuleRegistry.Instance;
        var hist = new int[10];
        var families = new Dictionary<string, int>(StringComparer.Ordinal);
        var sites = new Dictionary<string, (int N, double Mt, double Bp, long Words, Dictionary<FamilyStyle, int> Groups, int Findings)>(StringComparer.Ordinal);
        long words = 0;
        foreach (var a in articles)
        {
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

        return new CorpusFigures
        {
            Articles = articles.Count,
            ContentWords = words,
            ScoreHistogram = hist,
            FindingsByFamily = families,
            Sites = [.. sites.Select(kv => new SiteFigures(kv.Key, kv.Value.N, kv.Value.Mt / kv.Value.N, kv.Value.Bp / kv.Value.N, kv.Value.Words, kv.Value.Groups, kv.Value.Findings))
                .OrderByDescending(s => s.Articles).ThenBy(s => s.Site, StringComparer.Ordinal)],
            Worst = Ranking.Top(articles, worst),
        };
    }

    public static double PerThousand(long count, long words) => words == 0 ? 0 : count * 1000.0 / words;
}
