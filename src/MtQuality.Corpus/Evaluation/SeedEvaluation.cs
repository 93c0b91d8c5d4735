using System.Globalization;
using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Corpus.Evaluation;

/// <summary>
/// Scores an audit of the seed articles against their gold file: boilerplate lines (precision/recall), content
/// lines kept, artifact spans found (any rule overlapping the gold span), per-family and per-rule precision and
/// recall, and the ranking by machine-translation score. The articles are analysed as an audit would: against a
/// corpus model built from all of them.
/// </summary>
public sealed class SeedEvaluation
{
    public PrfCounts BoilerplateLines { get; } = new();

    public int ContentLines { get; private set; }

    public int ContentLinesKept { get; private set; }

    public List<string> ContentLinesLost { get; } = [];

    public List<string> BoilerplateMissed { get; } = [];

    /// <summary>Lines taken for boilerplate that the gold file does not list as boilerplate.</summary>
    public List<string> BoilerplateFalseAlarms { get; } = [];

    public int ArtifactSpans { get; private set; }

    public int ArtifactSpansFound { get; private set; }

    public List<string> ArtifactsMissed { get; } = [];

    public SortedDictionary<string, PrfCounts> Families { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, PrfCounts> Rules { get; } = new(StringComparer.Ordinal);

    public List<(string Id, double MtScore, double BoilerplateScore)> Ranking { get; } = [];

    /// <summary>Per article: gold artifact spans, how many a finding overlaps, and findings that overlap no gold span.</summary>
    public List<(string Id, int Spans, int Found, int FalseAlarms)> ArtifactsPerArticle { get; } = [];

    /// <summary>Every translation/extraction finding that overlaps no gold artifact span ("seed:line:column rule [text]").</summary>
    public List<string> FalseAlarms { get; } = [];

    public double ArtifactRecall => ArtifactSpans == 0 ? 0 : (double)ArtifactSpansFound / ArtifactSpans;

    /// <summary>Boilerplate line counts and content lines kept, per article of the gold file.</summary>
    public SortedDictionary<string, (PrfCounts Boilerplate, int Content, int Kept)> BoilerplatePerArticle { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the file <paramref name="fileName"/> is the article a gold row's seed names: the file name or its stem
    /// equals the seed, or the seed is followed by "_" or "-" and a longer name ("001" names
    /// <c>001_059011277148a2fa.txt</c>, "page-01" names <c>page-01-wordpress-news.txt</c>).
    /// </summary>
    public static bool Names(string seed, string fileName) =>
        fileName == seed
        || Path.GetFileNameWithoutExtension(fileName) == seed
        || (fileName.Length > seed.Length + 1 && fileName.StartsWith(seed, StringComparison.Ordinal) && fileName[seed.Length] is '_' or '-');

    /// <param name="standalone">
    /// Judge each article against a model of itself only, as <c>mtq score</c> without an index does: no site
    /// templates learnt from the other articles (for gold sets whose articles come from different sites).
    /// </param>
    public static SeedEvaluation Run(string goldPath, IEnumerable<string>? articlePaths = null, AnalysisOptions? options = null, bool standalone = false)
    {
        var gold = SeedGold.Load(goldPath);
        var paths = articlePaths?.ToList() is { Count: > 0 } p ? p : [Path.GetDirectoryName(Path.GetFullPath(goldPath))!];
        var articles = new CorpusReader().Read(paths).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        var model = new InMemoryCorpusModel();
        foreach (var a in articles)
            model.Add(a);
        var analyzer = new ArticleAnalyzer(options);
        var eval = new SeedEvaluation();
        foreach (var seed in gold.Select(g => g.Seed).Distinct())
        {
            var matches = articles.Where(a => Names(seed, Path.GetFileName(a.Id))).ToList();
            if (matches.Count > 1)
                throw new FormatException($"seed {seed} names {matches.Count} articles under {string.Join(", ", paths)}: {string.Join(", ", matches.Select(a => Path.GetFileName(a.Id)))}");
            var article = matches.FirstOrDefault()
                ?? throw new FileNotFoundException($"no article for seed {seed} under {string.Join(", ", paths)}");
            ICorpusModel articleModel = model;
            if (standalone)
            {
                var own = new InMemoryCorpusModel();
                own.Add(article);
                articleModel = own;
            }

            var verdict = analyzer.Analyze(article, articleModel, selfInCorpus: true);
            eval.Ranking.Add((seed, verdict.MtScore, verdict.BoilerplateScore));
            eval.Add(article, verdict, gold.Where(g => g.Seed == seed).ToList());
        }

        eval.Ranking.Sort((a, b) => b.MtScore.CompareTo(a.MtScore));
        return eval;
    }

    private void Add(Article article, ArticleVerdict verdict, List<GoldRow> gold)
    {
        var registry = RuleRegistry.Instance;
        var seed = gold[0].Seed;
        var goldBoilerplate = new HashSet<int>();
        foreach (var g in gold.Where(g => g.Kind == "boilerplate"))
        {
            foreach (int li in LinesOf(article, g))
                goldBoilerplate.Add(li);
        }

        var mine = new PrfCounts();
        int content = 0, kept = 0;
        for (int li = 0; li < verdict.LineKinds.Count; li++)
        {
            bool predicted = verdict.LineKinds[li] == LineKind.Boilerplate;
            bool actual = goldBoilerplate.Contains(li);
            if (predicted && actual)
            {
                BoilerplateLines.TruePositives++;
                mine.TruePositives++;
            }
            else if (predicted)
            {
                BoilerplateLines.FalsePositives++;
                mine.FalsePositives++;
                BoilerplateFalseAlarms.Add($"{seed}:{li + 1} {Clip(article.Slice(article.Lines.Lines[li].Span))}");
            }
            else if (actual)
            {
                BoilerplateLines.FalseNegatives++;
                mine.FalseNegatives++;
                BoilerplateMissed.Add($"{seed}:{li + 1} {Clip(article.Slice(article.Lines.Lines[li].Span))}");
            }
        }

        foreach (var g in gold.Where(g => g.Kind == "content"))
        {
            foreach (int li in LinesOf(article, g))
            {
                ContentLines++;
                content++;
                if (verdict.LineKinds[li] == LineKind.Content)
                {
                    ContentLinesKept++;
                    kept++;
                }
                else
                    ContentLinesLost.Add($"{seed}:{li + 1} {Clip(g.Span)}");
            }
        }

        BoilerplatePerArticle[seed] = (mine, content, kept);
        var spans = new List<(TextSpan Span, string Family, string Text)>();
        foreach (var g in gold.Where(g => g.Kind == "artifact"))
        {
            foreach (int li in LinesOf(article, g))
            {
                var line = article.Lines.Lines[li];
                int at = article.Text.IndexOf(g.Span, line.Start, line.Span.Length, StringComparison.Ordinal);
                if (at >= 0)
                    spans.Add((new TextSpan(at, at + g.Span.Length), CanonicalFamily(g.Family), $"{seed}:{li + 1} [{g.Family}] {Clip(g.Span)}"));
            }
        }

        var findings = verdict.Findings.Where(f => registry.ById.GetValueOrDefault(f.RuleId)?.Category != RuleCategory.Boilerplate).ToList();
        foreach (var (span, family, text) in spans)
        {
            ArtifactSpans++;
            var hits = findings.Where(f => f.Span.Overlaps(span)).ToList();
            if (hits.Count > 0)
                ArtifactSpansFound++;
            else
                ArtifactsMissed.Add(text);
            var fam = Family(family);
            if (hits.Any(f => registry.ById[f.RuleId].Family == family))
                fam.TruePositives++;
            else
                fam.FalseNegatives++;
        }

        int found = spans.Count(s => findings.Any(f => f.Span.Overlaps(s.Span)));
        int falseAlarms = 0;
        foreach (var f in findings)
        {
            var d = registry.ById[f.RuleId];
            bool anyGold = spans.Any(s => s.Span.Overlaps(f.Span));
            if (!anyGold)
            {
                falseAlarms++;
                var (line, column) = article.Lines.Position(f.Span.Start);
                FalseAlarms.Add($"{seed}:{line}:{column} {f.RuleId} {d.Name} [{Clip(article.Slice(f.Span))}]");
            }

            bool sameFamily = spans.Any(s => s.Span.Overlaps(f.Span) && s.Family == d.Family);
            var rule = Rule(f.RuleId);
            if (anyGold)
                rule.TruePositives++;
            else
                rule.FalsePositives++;
            if (!sameFamily)
                Family(d.Family).FalsePositives++;
        }

        ArtifactsPerArticle.Add((seed, spans.Count, found, falseAlarms));
    }

    /// <summary>
    /// Gold family names that name a rule family another way: the blind sets' "possessive-misuse" ("a Russia's veto")
    /// is what the seeds' gold and determiner-possessive-name call "grammar".
    /// </summary>
    private static readonly Dictionary<string, string> FamilySynonyms = new(StringComparer.Ordinal) { ["possessive-misuse"] = "grammar" };

    private static string CanonicalFamily(string family) => FamilySynonyms.GetValueOrDefault(family, family);

    private PrfCounts Family(string f) => Families.TryGetValue(f, out var c) ? c : Families[f] = new PrfCounts();

    private PrfCounts Rule(string r) => Rules.TryGetValue(r, out var c) ? c : Rules[r] = new PrfCounts();

    private static IEnumerable<int> LinesOf(Article article, GoldRow g)
    {
        var lines = article.Lines.Lines;
        if (g.Line == "*")
        {
            for (int i = 0; i < lines.Count; i++)
            {
                if (article.SliceSpan(lines[i].Span).Contains(g.Span.AsSpan(), StringComparison.Ordinal))
                    yield return i;
            }

            yield break;
        }

        if (int.TryParse(g.Line, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= lines.Count)
            yield return n - 1;
    }

    private static string Clip(string s) => s.Length > 70 ? s[..67] + "..." : s;

    public void Print(TextWriter o, int showFalseAlarms = 0)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"Boilerplate lines: {BoilerplateLines}");
        o.WriteLine($"Content lines kept: {ContentLinesKept}/{ContentLines}");
        o.WriteLine(string.Format(inv, "Artifact spans found (any rule): {0}/{1} = {2:0.000}", ArtifactSpansFound, ArtifactSpans, ArtifactRecall));
        o.WriteLine();
        o.WriteLine("Per family (a finding counts for its own family only):");
        foreach (var (k, v) in Families)
            o.WriteLine($"  {k,-26} {v}");
        o.WriteLine();
        o.WriteLine("Per rule (precision: findings overlapping any gold artifact span):");
        foreach (var (k, v) in Rules)
            o.WriteLine($"  {k} {RuleRegistry.Instance.ById[k].Name,-28} tp {v.TruePositives,3}  fp {v.FalsePositives,3}  P {v.Precision.ToString("0.000", inv)}");
        o.WriteLine();
        o.WriteLine("Ranking by MT score: " + string.Join("  >  ", Ranking.Select(r => $"{r.Id} ({r.MtScore.ToString("0.0", inv)})")));
        o.WriteLine("Per article (artifact spans found / gold spans, findings outside every gold span): "
            + string.Join("  ", ArtifactsPerArticle.Select(a => $"{a.Id} {a.Found}/{a.Spans} fa {a.FalseAlarms}")));
        if (BoilerplatePerArticle.Count > 1)
        {
            o.WriteLine("Per article (boilerplate lines; content lines kept):");
            foreach (var (k, v) in BoilerplatePerArticle)
                o.WriteLine($"  {k,-12} {v.Boilerplate}  content {v.Kept}/{v.Content}");
        }

        if (BoilerplateMissed.Count > 0)
            o.WriteLine("Boilerplate missed: " + string.Join(" | ", BoilerplateMissed));
        if (BoilerplateFalseAlarms.Count > 0)
            o.WriteLine("Boilerplate false alarms: " + string.Join(" | ", BoilerplateFalseAlarms));
        if (ContentLinesLost.Count > 0)
            o.WriteLine("Content lost: " + string.Join(" | ", ContentLinesLost));
        if (ArtifactsMissed.Count > 0)
        {
            o.WriteLine("Artifacts missed:");
            foreach (var m in ArtifactsMissed)
                o.WriteLine("  " + m);
        }

        if (showFalseAlarms > 0 && FalseAlarms.Count > 0)
        {
            o.WriteLine($"False alarms (translation/extraction findings outside every gold artifact span): {FalseAlarms.Count}");
            foreach (var m in FalseAlarms.Take(showFalseAlarms))
                o.WriteLine("  " + m);
        }
    }
}
