using MtQuality.Core.Analysis;
using MtQuality.Core.Text;
using MtQuality.Reports;

namespace MtQuality.Browser.Tests;

/// <summary>
/// End to end: builds a static report site (the five seed articles, a hostile article and enough generated ones
/// to need two pages), opens it from file:// in headless Chromium and checks what a reader would: the index
/// loads with no console error (CSP violations included), the ranking sorts, filters and pages, an article page
/// shows its highlights with markers and notes, and article text never becomes markup or a live link.
/// Screenshots go to screenshots/ next to the test assembly. Inconclusive only when no chromium is installed.
/// </summary>
[TestClass]
public sealed class SiteBrowserTests
{
    private const string HostileId = "hostile";
    private const string HostileText = """
        Leaders Meet To Discuss Budget <script>document.title='pwned'</script> <img src=x onerror="document.title='pwned'">

        The minister said <script>document.title='pwned'</script> and <img src=x onerror="document.title='pwned'"> [click](javascript:alert(1)) and javascript:alert(2) were in the text, And nobody objected to it at the meeting on Monday with the Minister.

        The council said that the budget will be approved next week after a debate in the chamber, the spokesman said.

        Leave a comment
        """;

    private static string? site;
    private static Chromium? browser;

    public static string ScreenshotDir => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task Start(TestContext _)
    {
        var exe = Chromium.Find();
        if (exe is null)
            return;
        site = BuildSite();
        browser = await Chromium.StartAsync(exe);
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        if (site is not null && Directory.Exists(site))
            Directory.Delete(site, recursive: true);
    }

    private static Chromium Browser => browser ?? throw new AssertInconclusiveException("no chromium found (/usr/bin/chromium or $MTQ_CHROMIUM): browser test skipped");

    private static string Url(string relative) => new Uri(Path.Combine(site!, relative)).AbsoluteUri;

    private async Task Open(string relative)
    {
        Browser.Errors.Clear();
        await Browser.NavigateAsync(Url(relative));
    }

    private async Task Shot(string name)
    {
        var path = Path.Combine(ScreenshotDir, name + ".png");
        await Browser.ScreenshotAsync(path);
        TestContext.AddResultFile(path);
    }

    private static void NoErrors() => Assert.IsEmpty(Browser.Errors, string.Join("\n", Browser.Errors));

    [TestMethod]
    public async Task IndexLoadsWithChartsAndNoConsoleErrors()
    {
        await Open("index.html");
        await Browser.WaitForAsync("document.getElementById('ranking').dataset.ready === 'true'");
        NoErrors();
        Assert.AreEqual(5, await Browser.EvalAsync<int>("document.querySelectorAll('figure.chart svg').length"), "five inline SVG charts");
        Assert.AreEqual(50, await Browser.EvalAsync<int>("document.querySelectorAll('#ranking tbody tr').length"), "one page of 50 rows");
        StringAssert.StartsWith(await Browser.EvalAsync<string>("document.getElementById('count').textContent"), $"{Articles} of {Articles}");
        Assert.IsTrue(await Browser.EvalAsync<bool>("getComputedStyle(document.querySelector('.tile')).borderRadius === '8px'"), "site.css applied under the CSP");
        await Shot("index");

        await Browser.EvalAsync("document.getElementById('next').click()");
        Assert.AreEqual("page 2 of 2", await Browser.EvalAsync<string>("document.getElementById('page').textContent"));
        Assert.AreEqual(Articles - 50, await Browser.EvalAsync<int>("document.querySelectorAll('#ranking tbody tr').length"));
        NoErrors();
    }

    [TestMethod]
    public async Task RankingSorts()
    {
        await Open("index.html");
        await Browser.WaitForAsync("document.getElementById('ranking').dataset.ready === 'true'");
        const string scores = "[...document.querySelectorAll('#ranking tbody tr td:nth-child(4)')].map(td => parseFloat(td.textContent))";
        const string sites = "[...document.querySelectorAll('#ranking tbody tr td:nth-child(3)')].map(td => td.textContent)";
        var byRank = (await Browser.EvalAsync(scores))!.AsArray().Select(n => n!.GetValue<double>()).ToList();
        CollectionAssert.AreEqual(byRank.OrderByDescending(x => x).ToList(), byRank, "default order is by MT score, worst first");

        await Browser.EvalAsync("document.querySelector('button[data-key=mt]').click()");
        await Browser.EvalAsync("document.querySelector('button[data-key=mt]').click()");
        var ascending = (await Browser.EvalAsync(scores))!.AsArray().Select(n => n!.GetValue<double>()).ToList();
        CollectionAssert.AreEqual(ascending.OrderBy(x => x).ToList(), ascending, "second click sorts MT score ascending");
        Assert.AreEqual("ascending", await Browser.EvalAsync<string>("document.querySelector('button[data-key=mt]').parentElement.getAttribute('aria-sort')"));

        await Browser.EvalAsync("document.querySelector('button[data-key=site]').click()");
        var bySite = (await Browser.EvalAsync(sites))!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        CollectionAssert.AreEqual(bySite.OrderBy(s => s, StringComparer.OrdinalIgnoreCase).ToList(), bySite, "sorted by site");
        await Shot("index-sorted-by-site");
        NoErrors();
    }

    [TestMethod]
    public async Task RankingFilters()
    {
        await Open("index.html");
        await Browser.WaitForAsync("document.getElementById('ranking').dataset.ready === 'true'");
        await Browser.EvalAsync("(() => { const f = document.getElementById('filter'); f.value = 'onerror'; f.dispatchEvent(new Event('input')); })()");
        await Browser.WaitForAsync("document.querySelectorAll('#ranking tbody tr').length === 1");
        StringAssert.Contains(await Browser.EvalAsync<string>("document.querySelector('#ranking tbody tr td:nth-child(2)').textContent"), "<script>", "article text is shown as text");
        StringAssert.StartsWith(await Browser.EvalAsync<string>("document.getElementById('count').textContent"), $"1 of {Articles}");
        await Shot("index-filtered");

        await Browser.EvalAsync("(() => { const f = document.getElementById('filter'); f.value = 'generated.example'; f.dispatchEvent(new Event('input')); })()");
        await Browser.WaitForAsync($"document.getElementById('count').textContent.startsWith('{Generated} of')");
        await Browser.EvalAsync("(() => { const s = document.getElementById('verdict'); s.value = '3'; s.dispatchEvent(new Event('change')); })()");
        var verdicts = (await Browser.EvalAsync("[...document.querySelectorAll('#ranking tbody tr td:nth-child(5)')].map(td => td.textContent)"))!.AsArray();
        Assert.IsNotEmpty(verdicts);
        Assert.IsTrue(verdicts.All(v => (string?)v == "clean"), "verdict filter keeps clean articles only");
        NoErrors();
    }

    [TestMethod]
    public async Task ArticlePageShowsHighlightsMarkersAndNotes()
    {
        await Open("index.html");
        await Browser.WaitForAsync("document.getElementById('ranking').dataset.ready === 'true'");
        var href = await Browser.EvalAsync<string>("document.querySelector('#ranking tbody a[href*=\"001_\"]').getAttribute('href')");
        await Open(href);
        NoErrors();
        int highlights = await Browser.EvalAsync<int>("document.querySelectorAll('section.text a.hl mark').length");
        Assert.IsGreaterThan(5, highlights, "the worst article has highlighted findings");
        Assert.AreEqual(highlights, await Browser.EvalAsync<int>("document.querySelectorAll('section.text a.hl sup').length"), "every highlight has a text marker");
        Assert.IsTrue(await Browser.EvalAsync<bool>("[...document.querySelectorAll('a.hl')].every(a => /^(MT|EX)\\d{4} /.test(a.title) && document.getElementById(a.getAttribute('href').slice(1)))"), "hover titles name the rule and every highlight links to its note");
        Assert.IsTrue(await Browser.EvalAsync<bool>("getComputedStyle(document.querySelector('a.hl mark')).borderBottomWidth === '3px'"), "highlights are styled");
        Assert.IsTrue(await Browser.EvalAsync<bool>("[...document.querySelectorAll('section.notes li a[href*=\"rules/\"]')].length > 0"), "notes link to rule pages");
        Assert.IsGreaterThan(0, await Browser.EvalAsync<int>("document.querySelectorAll('p.bp .bp-kind').length"), "boilerplate lines are labelled");
        Assert.IsTrue(await Browser.EvalAsync<bool>("!!document.querySelector('#card .gauges') && document.querySelectorAll('#card ul.drivers li').length > 0"), "score card with drivers");
        await Shot("article-worst");

        var rule = await Browser.EvalAsync<string>("document.querySelector('section.notes li a[href*=\"rules/\"]').getAttribute('href')");
        var articleUrl = await Browser.EvalAsync<string>("location.href");
        Browser.Errors.Clear();
        await Browser.NavigateAsync(new Uri(new Uri(articleUrl), rule).AbsoluteUri);
        NoErrors();
        StringAssert.Contains(await Browser.EvalAsync<string>("document.querySelector('h1').textContent"), rule.Split('/')[^1].Replace(".html", "", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task HostileArticleTextStaysText()
    {
        await Open($"articles/{SafeFileName.From(HostileId)}.html");
        NoErrors();
        Assert.AreNotEqual("pwned", await Browser.EvalAsync<string>("document.title"));
        Assert.AreEqual(1, await Browser.EvalAsync<int>("document.scripts.length"), "only site.js");
        Assert.AreEqual(0, await Browser.EvalAsync<int>("document.querySelectorAll('section.text img, section.text script').length"));
        StringAssert.Contains(await Browser.EvalAsync<string>("document.getElementById('text').textContent"), "<script>");
        var hrefs = (await Browser.EvalAsync("[...document.querySelectorAll('a[href]')].map(a => a.href)"))!.AsArray().Select(n => (string)n!).ToList();
        foreach (var h in hrefs)
            Assert.IsTrue(h.StartsWith("file://", StringComparison.Ordinal) || h == "https://news.example.org/budget?a=1&b=2", "unexpected live link " + h);
        Assert.Contains("https://news.example.org/budget?a=1&b=2", hrefs, "the source URL is a plain https link");
        await Shot("article-hostile");
    }

    private const int Generated = 70;
    private static int Articles;

    private static string BuildSite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mtq-site-" + Guid.NewGuid().ToString("N"));
        var analyzer = new ArticleAnalyzer();
        using var writer = new ReportWriter(dir, html: true);
        int n = 0;
        var seeds = Path.Combine(RepoRoot(), "corpora", "seeds");
        foreach (var f in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            writer.Add(analyzer.Analyze(new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), path: f, site: "seeds")));
            n++;
        }

        writer.Add(analyzer.Analyze(new Article(HostileId, HostileText, site: "<b>hostile</b>.example", url: "https://news.example.org/budget?a=1&b=2")));
        n++;
        for (int i = 0; i < Generated; i++)
        {
            var text = $"""
                Council reviews plan number {i}

                The council said on Monday that plan {i} would be reviewed by the committee before the end of the month, officials said.

                {(i % 3 == 0 ? "Officials In the city said The plan was delayed And more time was needed for it." : "Officials in the city said the plan was delayed and more time was needed for it.")}

                Share this article
                """;
            writer.Add(analyzer.Analyze(new Article($"gen-{i:000}", text, site: $"site{i % 4}.generated.example")));
            n++;
        }

        writer.Finish(["broken.txt: invalid UTF-8 at byte 0"]);
        Articles = n;
        return dir;
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MtQuality.sln")))
                return d.FullName;
        }

        throw new InvalidOperationException("repository root not found");
    }
}
