using System.Diagnostics;
using MtQuality.Core.Analysis;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Rules;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Bench;

/// <summary>
/// The cold start of <c>mtq score</c>, step by step in a fresh process: each lexicon loaded alone, the rule
/// registry, the first standalone score (which builds every table a rule needs), opening an index and the
/// first score against it. Wall and process CPU per step; run it several times and read the medians.
/// </summary>
public static class StartupProfile
{
    public static int Run(string file, string? index)
    {
        var process = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        var lastWall = TimeSpan.Zero;
        var lastCpu = process.TotalProcessorTime;
        void Step(string name, Action a)
        {
            a();
            process.Refresh();
            var wall = clock.Elapsed;
            var cpu = process.TotalProcessorTime;
            Console.WriteLine($"{(wall - lastWall).TotalMilliseconds,8:0} ms wall {(cpu - lastCpu).TotalMilliseconds,8:0} ms CPU  {name}");
            lastWall = wall;
            lastCpu = cpu;
        }

        Step("runtime to Main (CPU so far)", () => { });
        // The tables below are built by their owners (read row by row, or from Lexicon rows into their own
        // structure): each is one step as the tool builds it; every other lexicon is parsed alone.
        string[] ownSteps = ["english-bigrams.tsv.gz", "english-lm.tsv.gz", "english-words.tsv", "case-forms.tsv", "pos.tsv", "verb-forms.tsv", "gazetteer.tsv"];
        foreach (var name in Lexicon.Available().Order(StringComparer.Ordinal).Where(n => !ownSteps.Contains(n)))
            Step("parse " + name, () => Lexicon.Load(name));
        Step("english-words.tsv table", () => EnglishLexicon.IsWord("the"));
        Step("case-forms.tsv table", () => EnglishLexicon.CaseForm("paris"));
        Step("pos.tsv table", () => EnglishLexicon.Pos("the"));
        Step("function words (pos.tsv d/p/c/o/x rows)", () => _ = WordLists.FunctionWords.Count);
        Step("verb-forms.tsv table", () => EnglishLexicon.Verbs.IsBase("go"));
        Step("gazetteer.tsv table", () => _ = EnglishLexicon.Gazetteer);
        var background = typeof(Lexicon).Assembly.GetType("MtQuality.Core.Rules.Translation.BackgroundModel")!;
        Step("background model: glosses", () => background.GetProperty("Tokens")!.GetValue(null));
        Step("background model: prose + glosses", () => background.GetProperty("Prose")!.GetValue(null));
        Step("rule registry", () => _ = RuleRegistry.Instance.Descriptors.Count);
        var article = new CorpusReader().Read([file]).First().Article!;
        Step("read article", () => { });
        var classifier = new MtQuality.Core.Boilerplate.BoilerplateClassifier(RuleRegistry.Instance.LineRules);
        Step("first line classification", () => classifier.Classify(article, MtQuality.Core.Model.EmptyCorpusModel.Instance, false));
        AnalysisContext? context = null;
        Step("first analysis context", () => context = new AnalysisContext(article));
        foreach (var rule in RuleRegistry.Instance.SpanRules)
            Step("first run of " + rule.Descriptor.Id + " " + rule.Descriptor.Name, () => rule.Analyze(context!, []));
        var analyzer = new ArticleAnalyzer();
        Step("first standalone score (the rest)", () => analyzer.Analyze(article));
        Step("second standalone score", () => analyzer.Analyze(article));
        if (index is not null)
        {
            LuceneCorpusModel? model = null;
            Step("open index", () => model = CorpusIndex.OpenModel(index));
            Step("first score against the index", () => analyzer.Analyze(article, model));
            Step("second score against the index", () => analyzer.Analyze(article, model));
            model!.Dispose();
        }

        process.Refresh();
        Console.WriteLine($"total {clock.Elapsed.TotalMilliseconds:0} ms wall, {process.TotalProcessorTime.TotalMilliseconds:0} ms process CPU, "
                          + $"{GC.GetTotalAllocatedBytes() / 1e6:0} MB allocated, {GC.CollectionCount(0)} gen0 / {GC.CollectionCount(1)} gen1 / {GC.CollectionCount(2)} gen2 collections, "
                          + $"peak working set {process.PeakWorkingSet64 / 1e6:0} MB");
        return 0;
    }
}
