using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Reports.Charts;
using MtQuality.Reports.Site;

namespace MtQuality.Reports;

/// <summary>
/// Writes the reports of an audit into one folder: <see cref="Add"/> once per article as it is scored (its
/// Markdown report, and with HTML its page of the static site), then <see cref="Finish"/> once (corpus page,
/// charts, ranking pages, rule pages, site assets; stale reports of articles no longer in the corpus removed).
/// The summaries the corpus pages need wait in a temporary file (<see cref="SummarySpill"/>), deleted on
/// <see cref="Dispose"/>. Every file is written atomically. <see cref="Add"/> may be called from several threads.
/// </summary>
public sealed class ReportWriter : IDisposable
{
    private readonly string outDir;
    private readonly bool html;
    private readonly string articlesDir;
    private readonly object gate = new();
    private readonly SummarySpill summaries = new();
    private readonly ReportNames usedNames = new();
    private readonly DeferredCommits articlePages = new();

    /// <param name="html">Also write the static HTML site (index.html, articles/*.html, rules/*.html, assets/).</param>
    public ReportWriter(string outDir, bool html)
    {
        this.outDir = outDir;
        this.html = html;
        articlesDir = Path.Combine(outDir, "articles");
        Directory.CreateDirectory(articlesDir);
    }

    /// <summary>Writes the article's reports under a name claimed now, and returns its summary.</summary>
    public ArticleSummary Add(ArticleVerdict verdict) => Add(verdict, ClaimName(verdict.Article.Id));

    /// <summary>
    /// The report name of an article id: its safe file name, with "-2", "-3", … when an earlier claim took it
    /// (names equal ignoring case count as taken). Claim in input order — before scoring on several threads — and
    /// the same corpus always gets the same names.
    /// </summary>
    public string ClaimName(string id)
    {
        lock (gate)
            return usedNames.Claim(SafeFileName.From(id));
    }

    /// <summary>A claimed name whose article will not be written (it failed): a stale report under it is removed at <see cref="Finish"/>.</summary>
    public void Unwritten(string name)
    {
        lock (gate)
            usedNames.Unwritten(name);
    }

    /// <summary>
    /// Writes the article's reports under <paramref name="name"/> (from <see cref="ClaimName"/>) and returns its
    /// summary. The pages are written to temporary files now and put in place (flushed to disk, renamed) on a
    /// thread of their own (<see cref="DeferredCommits"/>): all of them by the time <see cref="Finish"/> or
    /// <see cref="Dispose"/> returns.
    /// </summary>
    public ArticleSummary Add(ArticleVerdict verdict, string name)
    {
        var summary = ArticleSummary.From(verdict, name + ".md");
        var page = pageBuilder ??= new System.Text.StringBuilder(1 << 15);
        page.Clear();
        ArticleReport.Render(page, verdict);
        articlePages.WriteAllText(SafeFileName.Inside(articlesDir, name + ".md"), page);
        if (page.Capacity > MaxKeptPageCapacity)
            pageBuilder = null; // an outsized page is not kept for the rest of the run
        if (html)
            articlePages.WriteAllText(SafeFileName.Inside(articlesDir, name + ".html"), ArticleHtml.Render(verdict));
        lock (gate)
            summaries.Add(summary);
        return summary;
    }

    /// <summary>Each thread renders its article pages into one builder, reused from page to page.</summary>
    [ThreadStatic]
    private static System.Text.StringBuilder? pageBuilder;

    /// <summary>Characters of builder capacity kept between pages (~5 KB articles make ~15,000-character pages).</summary>
    private const int MaxKeptPageCapacity = 1 << 18;

    /// <summary>Adds a summary without writing its article page (the benchmark of <see cref="Finish"/> at scale).</summary>
    internal void AddSummary(ArticleSummary summary)
    {
        lock (gate)
            summaries.Add(summary);
    }

    /// <summary>Writes the corpus-level pages. <paramref name="errors"/> are the inputs that could not be read.</summary>
    public void Finish(IReadOnlyList<string> errors)
    {
        articlePages.Drain(); // every article page is in place before the pages that link to them, and before stale ones are removed
        IReadOnlyList<ArticleSummary> sorted;
        lock (gate)
            sorted = summaries.Ranked();
        RemoveStaleArticles();
        WriteRules();
        var figures = CorpusFigures.Of(sorted, CorpusReport.WorstRows);

        var chartsDir = Path.Combine(outDir, "charts");
        var charts = CorpusCharts.All(figures);
        foreach (var c in charts)
            AtomicFile.WriteAllText(Path.Combine(chartsDir, c.FileName), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + c.Svg + "\n");
        RemoveStale(chartsDir, [.. charts.Select(c => c.FileName)], ".svg");

        var rankingDir = Path.Combine(outDir, "ranking");
        var pages = new HashSet<string>(StringComparer.Ordinal);
        if (sorted.Count > CorpusReport.RankingRows || (html && sorted.Count > SiteIndex.StaticRows))
        {
            for (int p = 1; p <= CorpusReport.PageCount(sorted.Count); p++)
            {
                var md = CorpusReport.RankingPageText(sorted, p);
                var name = CorpusReport.PageName(p);
                AtomicFile.WriteAllText(Path.Combine(rankingDir, name + ".md"), md.Builder);
                pages.Add(name + ".md");
                if (html)
                {
                    AtomicFile.WriteAllText(Path.Combine(rankingDir, name + ".html"), HtmlRenderer.Page($"Ranking, page {p}", md.ToString()));
                    pages.Add(name + ".html");
                }
            }
        }

        if (Directory.Exists(rankingDir))
            RemoveStale(rankingDir, pages, ".md", ".html");

        var index = CorpusReport.Render(sorted, errors, htmlNote: html ? "An interactive version of this report, with a sortable and filterable ranking, is `index.html` (open it in a browser; it works offline)." : null, chartsFolder: "charts", figures: figures);
        AtomicFile.WriteAllText(Path.Combine(outDir, "index.md"), index);
        if (!html)
            return;
        WriteSiteIndex(outDir, sorted, errors, figures);
    }

    public void Dispose()
    {
        articlePages.Dispose();
        summaries.Dispose();
    }

    /// <summary>The site's index.html and assets/ (stylesheet, script, ranking data) for ranked summaries.</summary>
    public static void WriteSiteIndex(string outDir, IReadOnlyList<ArticleSummary> sorted, IReadOnlyList<string> errors, CorpusFigures figures)
    {
        var assets = Path.Combine(outDir, "assets");
        foreach (var asset in new[] { "site.css", "site.js" })
            AtomicFile.WriteAllText(Path.Combine(assets, asset), Asset(asset));
        AtomicFile.Write(Path.Combine(assets, "ranking-data.js"), s => SiteIndex.WriteRankingData(s, sorted));
        AtomicFile.WriteAllText(Path.Combine(outDir, "index.html"), SiteIndex.Render(sorted, errors, figures));
    }

    /// <summary>The text of a file embedded from Assets/.</summary>
    public static string Asset(string name)
    {
        using var s = typeof(ReportWriter).Assembly.GetManifestResourceStream("MtQuality.Reports.Assets." + name)
            ?? throw new InvalidOperationException($"missing embedded asset {name}");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    private void WriteRules()
    {
        var rulesDir = Path.Combine(outDir, "rules");
        var rules = RuleRegistry.Instance.Descriptors;
        AtomicFile.WriteAllText(Path.Combine(rulesDir, "README.md"), RuleDocs.Index(rules));
        foreach (var r in rules)
        {
            var page = RuleDocs.Page(r);
            AtomicFile.WriteAllText(Path.Combine(rulesDir, r.Id + ".md"), page);
            if (html)
                AtomicFile.WriteAllText(Path.Combine(rulesDir, r.Id + ".html"), HtmlRenderer.Page($"{r.Id} {r.Name}", page));
        }

        if (html)
            AtomicFile.WriteAllText(Path.Combine(rulesDir, "README.html"), HtmlRenderer.Page("MtQuality rules", RuleDocs.Index(rules)));
    }

    /// <summary>Article reports not written by this run (their names are the used names, exactly as written, with .md and, with HTML, .html).</summary>
    private void RemoveStaleArticles()
    {
        if (!Directory.Exists(articlesDir))
            return;
        foreach (var f in Directory.EnumerateFiles(articlesDir))
        {
            var name = Path.GetFileName(f);
            var ext = name.EndsWith(".md", StringComparison.Ordinal) ? ".md" : name.EndsWith(".html", StringComparison.Ordinal) ? ".html" : null;
            if (ext is null)
                continue;
            var stem = name[..^ext.Length];
            bool kept = (ext == ".md" || html) && usedNames.WasClaimed(stem);
            if (!kept)
                File.Delete(f);
        }
    }

    /// <summary>Report files of articles no longer in the corpus would mislead readers; only our own file types are removed.</summary>
    private static void RemoveStale(string dir, HashSet<string> keep, params string[] extensions)
    {
        if (!Directory.Exists(dir))
            return;
        foreach (var f in Directory.EnumerateFiles(dir))
        {
            var name = Path.GetFileName(f);
            if (extensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)) && !keep.Contains(name))
                File.Delete(f);
        }
    }
}
