using System.Globalization;
using MtQuality.Core.Rules;
using MtQuality.Reports.Charts;

namespace MtQuality.Reports;

/// <summary>
/// index.md: the corpus at a glance, readable at 100k articles: summary figures, the charts (SVG files under
/// charts/), the worst articles with a one-line reason, the top <see cref="RankingRows"/> of the ranking with
/// links to the full ranking in pages of <see cref="PageRows"/> (ranking/page-NNN.md), the sites with most
/// articles, the most frequent rules, and inputs that could not be read.
/// </summary>
public static class CorpusReport
{
    public const int RankingRows = 200;
    public const int SiteRows = 100;
    public const int PageRows = 1000;
    public const int WorstRows = 10;

    public static string Render(IReadOnlyList<ArticleSummary> articles, IReadOnlyList<string> errors, string articlesFolder = "articles", string rulesFolder = "rules", string? htmlNote = null, string? chartsFolder = null, CorpusFigures? figures = null, string rankingFolder = "ranking")
    {
        figures ??= CorpusFigures.Of(articles, WorstRows);
        var md = new MarkdownText();
        md.Heading(1, "MtQuality corpus report");
        int n = articles.Count;
        double meanMt = n == 0 ? 0 : articles.Average(a => a.MtScore);
        double meanBp = n == 0 ? 0 : articles.Average(a => a.BoilerplateScore);
        int flagged = articles.Count(a => a.MtScore >= 30);
        md.Line($"**{N(n)}** articles from **{N(figures.Sites.Count)}** sites; " +
                $"mean machine-translation score **{F(meanMt)}**, **{N(flagged)}** at 30 or above; mean boilerplate share **{F(meanBp)}%**" +
                (errors.Count > 0 ? $"; **{errors.Count}** inputs could not be read (listed at the end)." : "."));
        md.Line();
        if (htmlNote is not null)
            md.Line(htmlNote).Line();
        md.Line("Scores: `mtScore` 0–100 from translation and extraction findings per 1,000 content words, weighted by family; `boilerplate` = share of the text on page-furniture lines. " +
                "Verdicts: 🔴 likely machine-translated (≥ 60) · 🟠 possibly (≥ 30) · 🟡 minor artifacts (≥ 10) · 🟢 clean.").Line();

        if (chartsFolder is not null)
        {
            md.Heading(2, "Charts");
            foreach (var c in CorpusCharts.All(figures))
                md.Line($"![{MarkdownText.Escape(c.AltText.Length > 300 ? c.AltText[..299] + "…" : c.AltText)}]({chartsFolder}/{c.FileName})").Line();
        }

        md.Heading(2, "Worst articles");
        if (figures.Worst.Count == 0)
            md.Line("No articles.").Line();
        int w = 0;
        foreach (var a in figures.Worst)
            md.Line($"{++w}. {ArticleReport.VerdictSymbol(a.MtScore)} **{F(a.MtScore)}** {MarkdownText.Link(ArticleReport.Clip(a.Title, 90), $"{articlesFolder}/{a.ReportName}")} ({MarkdownText.Escape(a.Site)}) — {MarkdownText.Escape(a.TopReason)}");
        md.Line();

        var ranked = n > RankingRows ? Ranking.Top(articles, RankingRows) : Ranking.Sorted(articles);
        md.Heading(2, n > RankingRows ? $"Most machine-translated articles (top {RankingRows} of {N(n)})" : "Articles ranked by machine-translation score");
        RankingTable(md, ranked, 0, articlesFolder);
        if (n > RankingRows)
        {
            int pages = PageCount(n);
            md.Line($"The full ranking, {N(PageRows)} articles a page: " + string.Join(" · ", Enumerable.Range(1, pages).Select(p => MarkdownText.Link(p.ToString(CultureInfo.InvariantCulture), $"{rankingFolder}/{PageName(p)}.md"))) + ". Every article is also in `findings.jsonl`.").Line();
        }

        md.Heading(2, figures.Sites.Count > SiteRows ? $"Sites (the {SiteRows} with most articles of {N(figures.Sites.Count)})" : "Sites");
        md.Table(["Site", "Articles", "Mean MT score", "Mean boilerplate", "Findings per 1,000 words"], figures.Sites.Take(SiteRows).Select(s => (IReadOnlyList<string>)
        [
            MarkdownText.Escape(s.Site),
            N(s.Articles),
            F(s.MeanMtScore),
            F(s.MeanBoilerplate) + "%",
            F(CorpusFigures.PerThousand(s.Findings, s.ContentWords)),
        ]), "lrrrr");

        md.Heading(2, "Top rules");
        var registry = RuleRegistry.Instance;
        md.Table(["Rule", "Family", "Findings", "Articles"], TopRules(articles).Select(r =>
        {
            var d = registry.ById.GetValueOrDefault(r.Id);
            var style = FamilyStyle.Of(d);
            return (IReadOnlyList<string>)
            [
                d is null ? r.Id : ArticleReport.RuleLabel(d, rulesFolder),
                $"{style.Symbol} {style.Marker} {d?.Family}",
                N(r.Count),
                N(r.Articles),
            ];
        }), "llrr");

        if (errors.Count > 0)
        {
            md.Heading(2, $"Inputs not read ({errors.Count})");
            foreach (var e in errors.Take(500))
                md.Line($"- {ArticleReport.Code(e)}");
            if (errors.Count > 500)
                md.Line($"- … and {errors.Count - 500} more (see the command's error output)");
            md.Line();
        }

        md.Line("Generated by `mtq audit`. Rule documentation: " + MarkdownText.Link("rules", $"{rulesFolder}/README.md") + ".");
        return md.ToString();
    }

    /// <summary>One page of the full ranking (1-based <paramref name="page"/>), from the ranking/ folder.</summary>
    public static string RankingPage(IReadOnlyList<ArticleSummary> sorted, int page)
    {
        int pages = PageCount(sorted.Count);
        var md = new MarkdownText();
        int from = (page - 1) * PageRows;
        int to = Math.Min(sorted.Count, from + PageRows);
        md.Heading(1, $"Ranking, page {page} of {pages}");
        md.Line($"Articles {N(from + 1)}–{N(to)} of {N(sorted.Count)} by machine-translation score. [← corpus overview](../index.md)").Line();
        md.Line(Pager(page, pages)).Line();
        // By index: the ranking may be a view over a file (SummarySpill), where Skip would read every earlier row.
        RankingTable(md, Enumerable.Range(from, to - from).Select(i => sorted[i]), from, "../articles");
        md.Line(Pager(page, pages));
        return md.ToString();
    }

    public static int PageCount(int articles) => Math.Max(1, (articles + PageRows - 1) / PageRows);

    public static string PageName(int page) => $"page-{page:000}";

    public static IReadOnlyList<(string Id, int Count, int Articles)> TopRules(IReadOnlyList<ArticleSummary> articles)
    {
        var counts = new Dictionary<string, (int Count, int Articles)>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var (id, c) in a.RuleCounts)
            {
                var x = counts.GetValueOrDefault(id);
                counts[id] = (x.Count + c, x.Articles + 1);
            }
        }

        return [.. counts.Select(kv => (kv.Key, kv.Value.Count, kv.Value.Articles)).OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    private static string Pager(int page, int pages) =>
        (page > 1 ? MarkdownText.Link("← previous", $"{PageName(page - 1)}.md") : "← previous") + " · " +
        (page < pages ? MarkdownText.Link("next →", $"{PageName(page + 1)}.md") : "next →");

    private static void RankingTable(MarkdownText md, IEnumerable<ArticleSummary> rows, int offset, string articlesFolder)
    {
        int rank = offset;
        md.Table(["#", "Article", "Site", "MT score", "Verdict", "Boilerplate", "Why"], rows.Select(a => (IReadOnlyList<string>)
        [
            (++rank).ToString(CultureInfo.InvariantCulture),
            MarkdownText.Link(ArticleReport.Clip(a.Title, 80), $"{articlesFolder}/{a.ReportName}"),
            MarkdownText.Escape(a.Site),
            F(a.MtScore),
            $"{ArticleReport.VerdictSymbol(a.MtScore)} {a.Label}",
            F(a.BoilerplateScore) + "%",
            MarkdownText.Escape(a.TopReason),
        ]), "rllrlrl");
    }

    private static string F(double d) => d.ToString("0.0", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
