using System.Diagnostics;
using System.Globalization;
using MtQuality.Browser;
using MtQuality.Core.Rules;
using MtQuality.Reports;
using MtQuality.Reports.Charts;

// Site-load benchmark: writes the static site's index (index.html, charts, assets/ranking-data.js) for N
// generated article summaries and measures, in headless Chromium from file://, the time from navigation to the
// load event and to the ranking table being interactive. Usage: SiteLoad [articles=100000] [runs=5] [out-dir]
int n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var dir = args.Length > 2 ? Path.GetFullPath(args[2]) : Path.Combine(Path.GetTempPath(), "mtq-siteload-" + Environment.ProcessId);

var rng = new Random(7);
var rules = RuleRegistry.Instance.Descriptors;
var words = "minister council budget plan talks summit trade sanctions election court police storm market energy health school".Split(' ');
var summaries = new List<ArticleSummary>(n);
var sw = Stopwatch.StartNew();
for (int i = 0; i < n; i++)
{
    var counts = new Dictionary<string, int>(StringComparer.Ordinal);
    int k = rng.Next(0, 8);
    for (int j = 0; j < k; j++)
    {
        var r = rules[rng.Next(rules.Count)].Id;
        counts[r] = counts.GetValueOrDefault(r) + 1 + rng.Next(3);
    }

    double mt = Math.Round(100 * (1 - Math.Exp(-rng.NextDouble() * rng.NextDouble() * 2)), 1);
    var title = $"{char.ToUpperInvariant(words[i % words.Length][0])}{words[i % words.Length][1..]} {words[rng.Next(words.Length)]} report {i} on the {words[rng.Next(words.Length)]} and {words[rng.Next(words.Length)]} question";
    summaries.Add(new ArticleSummary($"a{i:000000}", $"gen/a{i:000000}.txt", $"site{rng.Next(500):000}.example", title, $"a{i:000000}.md", mt,
        Math.Round(rng.NextDouble() * 30, 1), 200 + rng.Next(1500), mt >= 60 ? "likely machine-translated" : mt >= 30 ? "possibly machine-translated" : mt >= 10 ? "minor artifacts" : "clean",
        counts, k == 0 ? "no findings" : $"{k}× midsentence-capital"));
}

var sorted = Ranking.Sorted(summaries);
var figures = CorpusFigures.Of(sorted, CorpusReport.WorstRows);
ReportWriter.WriteSiteIndex(dir, sorted, [], figures);
Console.WriteLine($"wrote the index of {n:#,0} articles in {sw.Elapsed.TotalSeconds:0.0} s: index.html {new FileInfo(Path.Combine(dir, "index.html")).Length / 1024.0:0} KiB, ranking-data.js {new FileInfo(Path.Combine(dir, "assets", "ranking-data.js")).Length / 1048576.0:0.0} MiB");

var exe = Chromium.Find();
if (exe is null)
{
    Console.WriteLine("no chromium: install Debian's chromium (or set MTQ_CHROMIUM) to measure the load time");
    return 2;
}

var url = new Uri(Path.Combine(dir, "index.html")).AbsoluteUri;
var load = new List<double>();
var ready = new List<double>();
await using (var browser = await Chromium.StartAsync(exe))
{
    for (int run = 0; run <= runs; run++)
    {
        await browser.NavigateAsync("about:blank");
        browser.Errors.Clear();
        var t = Stopwatch.StartNew();
        double loadMs = await browser.NavigateAsync(url);
        await browser.WaitForAsync("document.getElementById('ranking').dataset.ready === 'true'", 30_000);
        double readyMs = t.Elapsed.TotalMilliseconds;
        // In-page figures, independent of the DevTools round trips.
        var nav = await browser.EvalAsync<double>("performance.getEntriesByType('navigation')[0].loadEventEnd");
        if (browser.Errors.Count > 0)
            Console.WriteLine("console errors: " + string.Join("; ", browser.Errors));
        Console.WriteLine($"run {run}{(run == 0 ? " (warm-up)" : "")}: load event {loadMs:0} ms (in page {nav:0} ms), table interactive {readyMs:0} ms");
        if (run > 0)
        {
            load.Add(loadMs);
            ready.Add(readyMs);
        }
    }

    // Filtering and sorting the whole ranking once it is loaded.
    var filterMs = await browser.EvalAsync<double>("(() => { const t = performance.now(); const f = document.getElementById('filter'); f.value = 'summit'; f.dispatchEvent(new Event('input')); return new Promise(r => setTimeout(() => r(performance.now() - t - 120), 200)); })()");
    var sortMs = await browser.EvalAsync<double>("(() => { const t = performance.now(); document.querySelector('button[data-key=site]').click(); return performance.now() - t; })()");
    Console.WriteLine($"filter over all rows ≈ {Math.Max(0, filterMs):0} ms (after the 120 ms debounce), sort by site {sortMs:0} ms");
}

static double Median(List<double> xs)
{
    var s = xs.Order().ToList();
    return s.Count == 0 ? double.NaN : s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
}

Console.WriteLine($"index.html of {n:#,0} articles: median load event {Median(load):0} ms, median table interactive {Median(ready):0} ms over {runs} runs (target < 2000 ms)");
if (args.Length <= 2)
    Directory.Delete(dir, recursive: true);
return Median(ready) < 2000 ? 0 : 1;
