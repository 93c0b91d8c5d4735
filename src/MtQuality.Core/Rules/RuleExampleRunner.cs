using MtQuality.Core.Boilerplate;
using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules;

/// <summary>
/// Runs one rule alone on one of its examples, the way the example tests and the docs see it. A span rule
/// sees every non-blank line as content; a line rule runs through the boilerplate classifier with no other
/// line rule enabled, and its spans are the trimmed lines it labels boilerplate.
/// </summary>
public static class RuleExampleRunner
{
    public const string ExampleSite = "example.org";

    public static (string Text, IReadOnlyList<TextSpan> Expected, IReadOnlyList<TextSpan> Actual) Run(RuleDescriptor descriptor, RuleExample example)
    {
        var (text, expected) = example.Parse();
        var article = new Article("example", text, site: ExampleSite) { Structure = example.Structure };
        ICorpusModel corpus = EmptyCorpusModel.Instance;
        bool selfInCorpus = false;
        if (example.CorpusPages is { Count: > 0 } pages)
        {
            var model = new InMemoryCorpusModel();
            foreach (var (p, i) in pages.Select((p, i) => (p, i)))
                model.Add(new Article($"page{i}", p, site: ExampleSite));
            model.Add(article);
            corpus = model;
            selfInCorpus = true;
        }

        var registry = RuleRegistry.Instance;
        var actual = new List<TextSpan>();
        if (registry.SpanRules.FirstOrDefault(r => r.Descriptor.Id == descriptor.Id) is { } rule)
        {
            var context = new AnalysisContext(article, corpus);
            var findings = new List<Finding>();
            rule.Analyze(context, findings);
            actual.AddRange(findings.Where(f => f.RuleId == descriptor.Id).Select(f => f.Span).Distinct());
        }
        else if (registry.LineRules.FirstOrDefault(r => r.Descriptor.Id == descriptor.Id) is { } lineRule)
        {
            var (_, decisions) = new BoilerplateClassifier([lineRule]).Classify(article, corpus, selfInCorpus);
            for (int i = 0; i < decisions.Length; i++)
            {
                if (decisions[i].Kind == LineKind.Boilerplate && decisions[i].Reason == lineRule)
                    actual.Add(Analysis.ArticleAnalyzer.TrimmedLine(article, i));
            }
        }
        else
        {
            throw new ArgumentException($"rule {descriptor.Id} is not registered", nameof(descriptor));
        }

        actual.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (text, expected, actual);
    }
}
