using MtQuality.Core.Boilerplate;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Scoring;
using MtQuality.Core.Text;

namespace MtQuality.Core.Analysis;

/// <summary>
/// The per-article pipeline: label lines (boilerplate classifier), run the span rules over content lines,
/// then score. Stateless apart from its rule lists, so one instance serves every thread of an audit.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly AnalysisOptions options;
    private readonly IReadOnlyList<IRule> spanRules;
    private readonly BoilerplateClassifier classifier;
    private readonly Scorer scorer;

    public ArticleAnalyzer(AnalysisOptions? options = null, IReadOnlyList<IRule>? spanRules = null, IReadOnlyList<ILineRule>? lineRules = null, Scorer? scorer = null)
    {
        this.options = options ?? AnalysisOptions.Default;
        var registry = RuleRegistry.Instance;
        // Line rules always run: line labels need them. Disabling one only hides its findings.
        this.spanRules = [.. (spanRules ?? registry.SpanRules).Where(r => this.options.IsEnabled(r.Descriptor))];
        classifier = new BoilerplateClassifier(lineRules ?? registry.LineRules);
        this.scorer = scorer ?? Scorer.Default;
    }

    /// <summary>
    /// Starts loading, on two background threads, the lexicons and the background language model that the enabled
    /// span rules will ask for, so that a one-article process (<c>mtq score</c>) loads them on the second core while
    /// it reads and classifies the article, instead of one after the other on the first call of each rule. It adds no
    /// work (each table is a Lazy built once, whoever asks first) and changes no result; a load that fails here fails
    /// again, with its message, where the rule asks for it.
    /// </summary>
    public void WarmUpInBackground()
    {
        if (spanRules.Count == 0)
            return;
        // Threads of their own (not pool work items): the pool starts with one thread per core and queues the rest,
        // so the longest load, the language model, could wait behind the others and finish last, alone.
        if (spanRules.Any(r => r.Descriptor.Id is RuleIds.OddWordOrder or RuleIds.SpunPhrase or RuleIds.SpunCollocation))
            Background(() => _ = MtQuality.Core.Rules.Translation.BackgroundModel.Prose);
        Background(MtQuality.Core.Lexicons.EnglishLexicon.WarmUp);
    }

    /// <summary>
    /// For a one-article process, once the article is read: when it has a stretch that untranslated-fragment's
    /// pre-filter could pass on to the language identifier, that identifier is built on a background thread (its
    /// models of eleven languages take ~0.4 s of CPU to load, more than the rest of a score's start-up), so the load
    /// overlaps classifying the article and running the other rules instead of following them. The test of the text
    /// runs on that thread too; like <see cref="WarmUpInBackground"/>, this adds no work for the article and changes
    /// no result.
    /// </summary>
    public void WarmUpFor(Article article)
    {
        if (spanRules.Any(r => r.Descriptor.Id == RuleIds.UntranslatedFragment))
            Background(() => MtQuality.Core.Rules.Translation.UntranslatedFragmentRule.WarmUpFor(article.Text));
    }

    private static void Background(Action load) =>
        _ = Task.Factory.StartNew(() => Quietly(load), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void Quietly(Action load)
    {
        try
        {
            load();
        }
        catch (Exception)
        {
            // The Lazy keeps the exception; the rule that needs the table rethrows it on the analysing thread.
        }
    }

    public ArticleVerdict Analyze(Article article, ICorpusModel? corpus = null, bool selfInCorpus = false)
    {
        corpus ??= EmptyCorpusModel.Instance;
        var (_, decisions) = classifier.Classify(article, corpus, selfInCorpus);
        var context = new AnalysisContext(article, corpus);
        var findings = new List<Finding>();
        for (int i = 0; i < decisions.Length; i++)
        {
            context.LineKinds[i] = decisions[i].Kind;
            if (decisions[i] is { Kind: LineKind.Boilerplate, Reason: { } reason })
            {
                var d = reason.Descriptor;
                if (!options.IsEnabled(d))
                    continue;
                var span = TrimmedLine(article, i);
                findings.Add(new Finding(d.Id, span, options.SeverityOf(d), decisions[i].Message ?? d.Message, article.Slice(span)));
            }
        }

        foreach (var rule in spanRules)
        {
            int before = findings.Count;
            rule.Analyze(context, findings);
            var sev = options.SeverityOf(rule.Descriptor);
            if (sev != rule.Descriptor.DefaultSeverity)
            {
                for (int f = before; f < findings.Count; f++)
                    findings[f] = findings[f] with { Severity = sev };
            }
        }

        var kept = Normalize(findings, article.Text.Length);
        return scorer.Score(article, context, kept);
    }

    private List<Finding> Normalize(List<Finding> findings, int length)
    {
        var seen = new HashSet<(string, int, int)>();
        var kept = new List<Finding>(findings.Count);
        List<TextSpan>? foreign = null;
        foreach (var f in findings)
        {
            if (f.RuleId == RuleIds.UntranslatedFragment)
                (foreign ??= []).Add(f.Span);
        }

        foreach (var f in findings)
        {
            if (f.Severity < options.MinSeverity || f.Span.Start < 0 || f.Span.End > length || f.Span.End < f.Span.Start)
                continue;
            // A sentence left in another language is one finding: what English rules see inside it (a "lower-case
            // name", a "capital mid-sentence", a "glued word") says nothing more about the translation.
            if (foreign is not null && f.RuleId != RuleIds.UntranslatedFragment && Inside(f.Span, foreign))
                continue;
            if (seen.Add((f.RuleId, f.Span.Start, f.Span.End)))
                kept.Add(f);
        }

        kept.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.RuleId, b.RuleId));
        return kept;
    }

    private static bool Inside(TextSpan span, List<TextSpan> outer)
    {
        foreach (var o in outer)
        {
            if (span.Start >= o.Start && span.End <= o.End)
                return true;
        }

        return false;
    }

    public static TextSpan TrimmedLine(Article article, int lineIndex)
    {
        var span = article.Lines.Lines[lineIndex].Span;
        int s = span.Start;
        int e = span.End;
        while (s < e && char.IsWhiteSpace(article.Text[s]))
            s++;
        while (e > s && char.IsWhiteSpace(article.Text[e - 1]))
            e--;
        return new TextSpan(s, e);
    }
}
