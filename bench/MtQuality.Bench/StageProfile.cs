using MtQuality.Core.Analysis;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;
using MtQuality.Corpus.Index;
using MtQuality.Reports;

namespace MtQuality.Bench;

/// <summary>
/// Where the time of one article goes, single thread: pass-1 statistics and document, Lucene add, the line
/// classifier, each span rule alone, scoring and report rendering. Thread CPU time and bytes allocated, totals over N generated
/// articles against an index of the same articles; a guide for where to optimise, not a figure to quote. With
/// <c>twice</c>, each rule runs a second time on the same analysis context ("again" lines): the first run also pays for
/// what the context and the shared models build on first use (word strings, the surprisal model), the second is the
/// rule's own cost.
/// </summary>
public static class StageProfile
{
    public static int Run(int n, bool twice = false)
    {
        var gen = new CorpusGenerator(RepoRoot.Seeds);
        var articles = Enumerable.Range(0, n).Select(i => gen.Article(7, i, Math.Max(1, n / 500))).Select(d => new Article(d.Id, d.Text, d.Id + ".txt", d.Site, d.Title, d.Url)).ToArray();
        var times = new Dictionary<string, TimeSpan>();
        var bytes = new Dictionary<string, long>();
        void Time(string name, Action a)
        {
            var b = GC.GetAllocatedBytesForCurrentThread();
            var t = ThreadCpu.Now();
            a();
            times[name] = times.GetValueOrDefault(name) + (ThreadCpu.Now() - t);
            bytes[name] = bytes.GetValueOrDefault(name) + (GC.GetAllocatedBytesForCurrentThread() - b);
        }

        var dir = Path.Combine(Path.GetTempPath(), $"mtq-profile-{Environment.ProcessId}");
        using (var index = CorpusIndex.OpenForWriting(dir))
        {
            foreach (var a in articles)
            {
                ArticleStatistics? stats = null;
                string hash = string.Empty;
                Lucene.Net.Documents.Document? doc = null;
                Time("pass1: hash", () => hash = CorpusIndex.ContentHash(a));
                Time("pass1: statistics", () => stats = ArticleStatistics.Compute(a));
                Time("pass1: document", () => doc = CorpusIndex.BuildDocument(a, stats!, hash));
                Time("pass1: lucene add", () => index.Upsert(a, doc!));
            }

            Time("pass1: commit", () => index.Commit());
        }

        using var model = CorpusIndex.OpenModel(dir);
        var page = new System.Text.StringBuilder(1 << 15);
        var classifier = new BoilerplateClassifier(RuleRegistry.Instance.LineRules);
        var analyzer = new ArticleAnalyzer();
        foreach (var a in articles.Take(50))
            analyzer.Analyze(a, model, true); // JIT warm-up
        foreach (var a in articles)
        {
            var fresh = new Article(a.Id, a.Text, a.Path, a.Site, a.Title, a.Url);
            Time("pass2: line map", () => _ = fresh.Lines.Count);
            Time("pass2: classifier", () => classifier.Classify(fresh, model, true));
            Time("pass2: classifier's page context alone", () => _ = new PageContext(fresh, model, true));
            AnalysisContext? ctx = null;
            Time("pass2: context (tokens, sentences)", () => ctx = new AnalysisContext(fresh, model));
            var sink = new List<Finding>();
            foreach (var rule in RuleRegistry.Instance.SpanRules)
            {
                Time("rule " + rule.Descriptor.Id + " " + rule.Descriptor.Name, () => rule.Analyze(ctx!, sink));
                if (twice)
                    Time("again " + rule.Descriptor.Id + " " + rule.Descriptor.Name, () => rule.Analyze(ctx!, []));
            }
            ArticleVerdict? v = null;
            Time("pass2: whole analyze", () => v = analyzer.Analyze(fresh, model, true));
            Time("report: article markdown", () => ArticleReport.Render(v!));
            Time("report: article page as the audit renders it (reused builder)", () => { page.Clear(); ArticleReport.Render(page, v!); });
            Time("report: json record", () => JsonRecord.Serialize(v!, indented: false));
        }

        Directory.Delete(dir, true);
        foreach (var (k, v) in times.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"{v.TotalMilliseconds / n,9:0.000} ms/article {bytes[k] / 1024.0 / n,8:0.0} KB/article  {k}");
        return 0;
    }
}
