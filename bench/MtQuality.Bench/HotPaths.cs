using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using MtQuality.Core.Analysis;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;
using MtQuality.Corpus.Index;

namespace MtQuality.Bench;

/// <summary>
/// Micro-benchmarks of the hot paths, per generated ~5 KB article: tokenizer + segmenter, pass-1 statistics and
/// Lucene document, the boilerplate line classifier, the whole rule runner (standalone and against an index of
/// 2,000 articles), and corpus-model term lookups. In-process toolchain and short job settings: a full run
/// takes a few minutes.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private Article[] articles = [];
    private string indexDir = string.Empty;
    private LuceneCorpusModel? model;
    private ArticleAnalyzer analyzer = new();
    private BoilerplateClassifier classifier = null!;
    private int next;

    public static IConfig ShortConfig() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessNoEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    [GlobalSetup]
    public void Setup()
    {
        var gen = new CorpusGenerator(RepoRoot.Seeds);
        articles = [.. Enumerable.Range(0, 2000).Select(i => gen.Article(7, i, 4)).Select(d => new Article(d.Id, d.Text, d.Id + ".txt", d.Site, d.Title, d.Url))];
        indexDir = Path.Combine(Path.GetTempPath(), $"mtq-micro-{Environment.ProcessId}");
        using (var index = CorpusIndex.OpenForWriting(indexDir))
        {
            foreach (var a in articles)
                index.Upsert(a, CorpusIndex.BuildDocument(a, ArticleStatistics.Compute(a), CorpusIndex.ContentHash(a)));
            index.Commit();
        }

        model = CorpusIndex.OpenModel(indexDir);
        analyzer = new ArticleAnalyzer();
        classifier = new BoilerplateClassifier(RuleRegistry.Instance.LineRules);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        model?.Dispose();
        Directory.Delete(indexDir, recursive: true);
    }

    private Article Next() => articles[next++ % 64];

    [Benchmark(Description = "tokenize + segment")]
    public int TokenizeSegment()
    {
        var a = Next();
        var tokens = Tokenizer.Tokenize(a.Text, a.Lines);
        return Segmenter.Split(a.Text, tokens, a.Lines).Count;
    }

    [Benchmark(Description = "pass 1: statistics + Lucene document")]
    public int Pass1Document()
    {
        var a = Next();
        return CorpusIndex.BuildDocument(a, ArticleStatistics.Compute(a), CorpusIndex.ContentHash(a)).Fields.Count;
    }

    [Benchmark(Description = "line classifier (index model)")]
    public int LineClassifier() => classifier.Classify(Next(), model!, selfInCorpus: true).Decisions.Length;

    [Benchmark(Description = "rule runner + score (standalone)")]
    public double AnalyzeStandalone() => analyzer.Analyze(Next()).MtScore;

    [Benchmark(Description = "rule runner + score (index model)")]
    public double AnalyzeWithIndex() => analyzer.Analyze(Next(), model, selfInCorpus: true).MtScore;

    [Benchmark(Description = "model lookups: 100 case + 100 bigram + 20 site-line")]
    public long ModelLookups()
    {
        var a = Next();
        var ctx = new AnalysisContext(a, model);
        long sum = 0;
        int n = 0;
        for (int t = 1; t < ctx.Tokens.Count && n < 100; t++)
        {
            if (ctx.Tokens[t].Kind != TokenKind.Word || ctx.Tokens[t - 1].Kind != TokenKind.Word)
                continue;
            var w = ctx.Word(t).ToLowerInvariant();
            sum += model!.Case(w).Total + model.Bigram(ctx.Word(t - 1).ToLowerInvariant(), w);
            n++;
        }

        for (int l = 0; l < Math.Min(20, a.Lines.Count); l++)
            sum += model!.SiteLineDocuments(a.Site, LineFingerprint.Of(a.SliceSpan(a.Lines.Lines[l].Span)));
        return sum;
    }
}
