using System.Diagnostics;
using BenchmarkDotNet.Running;
using MtQuality.Bench;
using MtQuality.Cli.Audit;
using MtQuality.Core.Analysis;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;

// mtq-bench: the performance harness of MtQuality (README, "Benchmark"). Verbs:
//   gen OUT N [--seed S] [--sites K] [--seeds DIR]    generate a corpus (folder of .txt, or OUT.jsonl[.gz|.zst])
//   macro CORPUS [--no-reports] [--skip-bare] [--rerun] [--work DIR]
//                                                     bare Lucene loop vs mtq audit, same corpus, one run
//   score INDEX FILE [--runs N]                       in-process latency of scoring one article against an index
//   startup FILE [--index DIR]                        cold start of scoring one article, step by step
//   profile [N] [--twice]                             per-stage and per-rule time, single thread (--twice: each rule again on the same context)
//   finish N [--work DIR]                             the corpus pages of an N-article audit alone (peak memory)
//   micro [BenchmarkDotNet args]                      BenchmarkDotNet micro-benchmarks of the hot paths
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: mtq-bench gen|macro|score|micro ... (see bench/README.md)");
    return 2;
}

var rest = args[1..];
try
{
    return Run(args[0], rest);
}
catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
{
    // A bench run that cannot start (no checkout, missing corpus, bad number): one line, not a stack trace.
    Console.Error.WriteLine($"mtq-bench {args[0]}: {e.Message}");
    return 2;
}

static int Run(string verb, string[] rest)
{
switch (verb)
{
    case "gen":
    {
        var output = rest[0];
        int n = int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture);
        int seed = Opt(rest, "--seed", 42);
        int sites = Opt(rest, "--sites", Math.Max(1, n / 500));
        var seeds = OptS(rest, "--seeds") ?? MtQuality.Bench.RepoRoot.Seeds;
        var clock = Stopwatch.StartNew();
        new CorpusGenerator(seeds).Write(output, n, seed, sites);
        Console.WriteLine($"generated {n} articles from {sites} sites (seed {seed}) into {output} in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    case "macro":
        return Macro.Run(rest[0], rest.Contains("--no-reports"), rest.Contains("--skip-bare"), rest.Contains("--rerun"), OptS(rest, "--work"));

    case "score":
    {
        int runs = Opt(rest, "--runs", 200);
        var clock = Stopwatch.StartNew();
        var article = new CorpusReader().Read([rest[1]]).First().Article!;
        var analyzer = new ArticleAnalyzer();
        analyzer.Analyze(article);
        var standalone = clock.Elapsed.TotalMilliseconds;
        using var model = CorpusIndex.OpenModel(rest[0]);
        var opened = clock.Elapsed.TotalMilliseconds;
        var first = analyzer.Analyze(article, model);
        var cold = clock.Elapsed.TotalMilliseconds;
        for (int i = 0; i < 20; i++)
            analyzer.Analyze(article, model);
        var times = new double[runs];
        var cpu = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            var c = ThreadCpu.Now();
            var t = Stopwatch.GetTimestamp();
            analyzer.Analyze(article, model);
            times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            cpu[i] = (ThreadCpu.Now() - c).TotalMilliseconds;
        }

        Array.Sort(times);
        Array.Sort(cpu);
        Console.WriteLine($"score {rest[1]} against {rest[0]} ({model.Documents} documents): MT {first.MtScore:0.0}, {first.Findings.Count} findings");
        Console.WriteLine($"  cold: rules + lexicons + first standalone score {standalone:0} ms, open index {opened - standalone:0} ms, first score against it {cold - opened:0} ms");
        Console.WriteLine($"  warm, {runs} runs: wall p50 {times[runs / 2]:0.00} ms, p90 {times[runs * 9 / 10]:0.00} ms, max {times[^1]:0.00} ms; thread CPU p50 {cpu[runs / 2]:0.00} ms");
        if (rest.Contains("--rules"))
        {
            // Per span rule, the median thread CPU of running it alone on the article (a fresh context each run, as
            // the analyzer makes one per call; the context's own cost is listed first).
            var perRule = new List<(string Name, double P50)>();
            var contextCpu = new double[runs];
            for (int i = 0; i < runs; i++)
            {
                var c = ThreadCpu.Now();
                _ = new MtQuality.Core.Rules.AnalysisContext(article, model);
                contextCpu[i] = (ThreadCpu.Now() - c).TotalMilliseconds;
            }

            Array.Sort(contextCpu);
            perRule.Add(("context (tokens, sentences)", contextCpu[runs / 2]));
            foreach (var rule in MtQuality.Core.Rules.RuleRegistry.Instance.SpanRules)
            {
                var ruleCpu = new double[runs];
                for (int i = 0; i < runs; i++)
                {
                    var context = new MtQuality.Core.Rules.AnalysisContext(article, model);
                    var c = ThreadCpu.Now();
                    rule.Analyze(context, []);
                    ruleCpu[i] = (ThreadCpu.Now() - c).TotalMilliseconds;
                }

                Array.Sort(ruleCpu);
                perRule.Add(($"{rule.Descriptor.Id} {rule.Descriptor.Name}", ruleCpu[runs / 2]));
            }

            foreach (var (name, p50) in perRule.OrderByDescending(r => r.P50))
                Console.WriteLine($"  {p50,7:0.000} ms  {name}");
        }

        return 0;
    }

    case "startup":
        return StartupProfile.Run(rest[0], OptS(rest, "--index"));

    case "profile":
        return StageProfile.Run(rest.Length > 0 && !rest[0].StartsWith('-') ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 500, rest.Contains("--twice"));

    case "finish":
        return FinishBench.Run(int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture), OptS(rest, "--work"));

    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(HotPaths).Assembly).Run(rest, HotPaths.ShortConfig());
        return 0;

    default:
        Console.Error.WriteLine($"mtq-bench: unknown verb {verb}");
        return 2;
}
}

static int Opt(string[] a, string name, int fallback)
{
    var s = OptS(a, name);
    return s is null ? fallback : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}

static string? OptS(string[] a, string name)
{
    int i = Array.IndexOf(a, name);
    return i >= 0 && i + 1 < a.Length ? a[i + 1] : null;
}

