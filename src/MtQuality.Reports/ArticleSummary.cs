using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;

namespace MtQuality.Reports;

/// <summary>What the corpus page needs of one article; small, so 100k of them fit comfortably in memory.</summary>
public sealed record ArticleSummary(
    string Id,
    string Path,
    string Site,
    string Title,
    string ReportName,
    double MtScore,
    double BoilerplateScore,
    int ContentWords,
    string Label,
    IReadOnlyDictionary<string, int> RuleCounts,
    string TopReason)
{
    public static ArticleSummary From(ArticleVerdict v, string reportName)
    {
        var counts = v.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var registry = RuleRegistry.Instance;
        string reason = v.Drivers.Count == 0
            ? (v.BoilerplateScore > 0 ? "boilerplate only" : "no findings")
            : string.Join(", ", v.Drivers.Take(2).Select(d => $"{d.Findings}× {d.Family}"));
        return new ArticleSummary(v.Article.Id, v.Article.Path, v.Article.Site, v.DisplayTitle, reportName, v.MtScore, v.BoilerplateScore, v.ContentWords, v.Label, counts, reason);
    }
}
