using System.Xml.Linq;
using MtQuality.Core.Analysis;
using MtQuality.Core.Text;
using MtQuality.Reports.Charts;
using MtQuality.Reports.Site;

namespace MtQuality.Reports.Tests;

[TestClass]
public sealed class SiteTests
{
    private static ArticleVerdict Verdict(string text, string id, string site = "example.org", string? url = null) =>
        new ArticleAnalyzer().Analyze(new Article(id, text, site: site, url: url));

    private const string Text = """
        The minister said <script>alert('x')</script> and [link](javascript:alert(1)) were in the text, And nobody objected to it at the meeting on Monday.

        Leave a comment
        """;

    [TestMethod]
    public void ChartsAreWellFormedSvgWithInputEscaped()
    {
        var a = ArticleSummary.From(Verdict(Text, "one", site: "<script>&\"x\u0001"), "one.md");
        var figures = CorpusFigures.Of([a]);
        foreach (var c in CorpusCharts.All(figures))
        {
            var doc = XDocument.Parse(c.Svg);
            Assert.AreEqual("svg", doc.Root!.Name.LocalName, c.FileName);
            Assert.DoesNotContain("<script", c.Svg, c.FileName);
            Assert.DoesNotContain("style=", c.Svg, c.FileName);
        }
    }

    [TestMethod]
    public void ArticlePageEncodesTextAndLinksOnlyTheHttpsSource()
    {
        var html = ArticleHtml.Render(Verdict(Text, "one", url: "https://news.example.org/a?b=1&c=2"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("href=\"javascript", html);
        StringAssert.Contains(html, "href=\"https://news.example.org/a?b=1&amp;c=2\"");
        StringAssert.Contains(html, "class=\"hl f-");
        StringAssert.Contains(html, "boilerplate · ");
        StringAssert.Contains(html, Html.ContentSecurityPolicy);

        var unsafeSource = ArticleHtml.Render(Verdict(Text, "two", url: "javascript:alert(1)"));
        Assert.DoesNotContain("href=\"javascript", unsafeSource);
    }

    [TestMethod]
    [DataRow("https://example.org/x", true)]
    [DataRow("http://example.org/x", false)]
    [DataRow("javascript:alert(1)", false)]
    [DataRow("https://user:pw@example.org/", false)]
    [DataRow("/relative", false)]
    public void OnlyPlainHttpsSourcesBecomeLinks(string url, bool live) => Assert.AreEqual(live, SafeUrl.Https(url) is not null);

    [TestMethod]
    public void RankingDataIsAScriptThatCannotBreakOut()
    {
        var a = ArticleSummary.From(Verdict("Title with '</script> and \\ backslash\n\nBody text that is long enough to be content, the minister said on Monday.", "x"), "x.md");
        using var ms = new MemoryStream();
        SiteIndex.WriteRankingData(ms, [a]);
        var js = System.Text.Encoding.UTF8.GetString(ms.ToArray());
        StringAssert.StartsWith(js, "window.MTQ_RANKING=JSON.parse('");
        Assert.DoesNotContain("</script", js);
        var inner = js["window.MTQ_RANKING=JSON.parse('".Length..js.LastIndexOf("');", StringComparison.Ordinal)];
        Assert.DoesNotContain("'", inner);
        using var doc = System.Text.Json.JsonDocument.Parse(inner.Replace("\\\\", "\\", StringComparison.Ordinal));
        Assert.AreEqual(1, doc.RootElement.GetProperty("rows").GetArrayLength());
    }

    [TestMethod]
    public void ReportWriterWritesMarkdownChartsAndSite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mtq-rw-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var w = new ReportWriter(dir, html: true);
            w.Add(Verdict(Text, "one"));
            w.Add(Verdict(Text, "one"));
            w.Finish([]);
            foreach (var f in new[] { "index.md", "index.html", "articles/one.md", "articles/one.html", "articles/one-2.md", "charts/mt-score-distribution.svg", "assets/site.js", "assets/site.css", "assets/ranking-data.js", "rules/MT0002.html" })
                Assert.IsTrue(File.Exists(Path.Combine(dir, f)), f);
            StringAssert.Contains(File.ReadAllText(Path.Combine(dir, "index.md")), "](charts/mt-score-distribution.svg)");
            StringAssert.Contains(File.ReadAllText(Path.Combine(dir, "index.html")), "<svg");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    public void SpilledSummariesComeBackWholeInRankingOrder()
    {
        var one = ArticleSummary.From(Verdict(Text, "seed"), "seed.md");
        // Few distinct scores, so most summaries tie and are ranked by id (ordinal: "B" before "a", "é" last).
        var many = Enumerable.Range(0, 300).Select(i => one with
        {
            Id = (i % 3 == 0 ? "B" : i % 3 == 1 ? "a" : "é") + (i * 7919 % 300),
            Title = $"title {i} «ü»",
            ReportName = $"r{i}.md",
            MtScore = i % 4 * 10.5,
            BoilerplateScore = i % 5 == 0 ? 0 : 12.25,
            ContentWords = i,
        }).ToList();
        using var spill = new SummarySpill();
        foreach (var s in many)
            spill.Add(s);
        var ranked = spill.Ranked();
        var expected = Ranking.Sorted(many);
        Assert.HasCount(expected.Count, ranked);
        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], ranked[i]);
            Assert.AreEqual(e with { RuleCounts = a.RuleCounts }, a, $"row {i}");
            CollectionAssert.AreEqual(e.RuleCounts.ToList(), a.RuleCounts.ToList(), $"rule counts of row {i}");
        }
    }

    [TestMethod]
    public void LargeCorpusIndexIsSummarisedAndPaged()
    {
        var one = ArticleSummary.From(Verdict(Text, "seed"), "seed.md");
        var many = Enumerable.Range(0, 2500).Select(i => one with { Id = $"a{i}", ReportName = $"a{i}.md", Site = $"s{i % 300}", MtScore = i % 100 }).ToList();
        var md = CorpusReport.Render(many, [], chartsFolder: "charts");
        Assert.IsLessThan(200_000, md.Length, "index.md stays small");
        StringAssert.Contains(md, "ranking/page-003.md");
        var page = CorpusReport.RankingPage(Ranking.Sorted(many), 3);
        StringAssert.Contains(page, "Articles 2,001–2,500 of 2,500");
    }
}
