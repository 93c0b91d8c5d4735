using System.Text;
using MtQuality.Core.Analysis;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Robustness.Tests;

/// <summary>
/// Inputs built to hit worst cases: 100,000 repetitions of each rule's trigger (every character and span of its
/// flagged examples, plus generic classes), 10 MB lines and deeply nested markup. These assert completion and
/// validity, never a time: timings are measured outside the tests (<c>fuzz/</c>, mode <c>pathological</c>).
/// </summary>
[TestClass]
public sealed class PathologicalInputTests
{
    public const int Repeats = 100_000;

    /// <summary>The trigger units: generic character classes plus each flagged example's spans, their characters and lines.</summary>
    public static IEnumerable<string> Triggers()
    {
        var units = new SortedSet<string>(StringComparer.Ordinal)
        {
            "a", "A", "Ab ", "AB ", "a ", " ", ".", ". ", "\"", "'", "“", "”", "«", "»", "-", "—", "(", ")", "0", "1 ", "\n", "\r\n", "\n\n",
            "the ", "The ", "the the ", "a Russia's ", "is be ", "Thank you to ", "I ", "we ", "Our ", "NATO ", "Mr. ", "U.S. ",
            "\"a ", "a\" ", "\"\" ", "..", "!?", ",,", "aA", "aB.", "\uD800", "\0", "<p>", "|", "`", "#", "é", "ж", "中",
        };
        foreach (var d in RuleRegistry.Instance.Descriptors)
        {
            foreach (var ex in d.Examples.Where(e => e.IsFlagged))
            {
                var (text, spans) = ex.Parse();
                foreach (var s in spans)
                {
                    var span = text.Substring(s.Start, s.Length);
                    units.Add(span + " ");
                    units.Add(span + "\n");
                    foreach (char c in span)
                        units.Add(c.ToString());
                }

                foreach (var line in text.Split('\n'))
                    units.Add(line + "\n");
            }
        }

        return units;
    }

    public static IEnumerable<object[]> TriggerCases => Triggers().Select(t => new object[] { t });

    /// <summary>One context per trigger text, every span rule and every line rule run on it (each alone, then all).</summary>
    [TestMethod]
    [DynamicData(nameof(TriggerCases))]
    [Timeout(300_000, CooperativeCancellation = true)]
    public void EveryRuleCompletesOnAHundredThousandRepeats(string unit)
    {
        var text = Hostile.Repeat(unit, Repeats);
        RunEveryRule(text);
    }

    public static void RunEveryRule(string text)
    {
        var article = new Article("p", text, site: "example.org");
        var model = new InMemoryCorpusModel();
        model.Add(article);
        var context = new AnalysisContext(article, model);
        foreach (var rule in RuleRegistry.Instance.SpanRules)
        {
            var findings = new List<Finding>();
            rule.Analyze(context, findings);
            foreach (var f in findings)
                AnalysisPropertyTests.AssertSpan(f.Span, text.Length, rule.Descriptor.Id);
        }

        var page = new PageContext(article, model, selfInCorpus: true);
        foreach (var rule in RuleRegistry.Instance.LineRules)
        {
            for (int i = 0; i < page.LineCount; i++)
                _ = rule.Evaluate(page, i);
        }

        var verdict = new ArticleAnalyzer().Analyze(article, model, selfInCorpus: true);
        Assert.IsNotNull(verdict);
    }

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void TenMegabyteLineIsReadAndAnalysedWhenAllowedAndRefusedByDefault()
    {
        using var dir = new TempDir();
        var sb = new StringBuilder(10_000_100);
        var words = new[] { "The", "council", "said", "\"we", "will\"", "a", "Russia's", "U.S.", "NATO", "kyiv", "—", "...", "thank", "to" };
        for (int i = 0; sb.Length < 10_000_000; i++)
            sb.Append(words[i % words.Length]).Append(' ');
        var line = sb.ToString();
        var file = dir.File("huge.txt", line);

        var refused = new CorpusReader().ReadFile(file, dir.Path).Single();
        StringAssert.Contains(refused.Error?.Message, "over the 5000000 limit");

        var item = new CorpusReader(new IngestOptions { MaxArticleChars = 20_000_000 }).ReadFile(file, dir.Path).Single();
        Assert.IsNotNull(item.Article, item.Error?.ToString());
        var verdict = new ArticleAnalyzer().Analyze(item.Article);
        foreach (var f in verdict.Findings)
            AnalysisPropertyTests.AssertSpan(f.Span, line.Length, f.RuleId);

        var jsonl = dir.File("huge.jsonl", "{\"text\": \"" + line + line + "\"}\n{\"text\": \"A short record that is fine.\"}\n");
        var items = new CorpusReader().ReadFile(jsonl, dir.Path).ToList();
        Assert.HasCount(2, items);
        StringAssert.Contains(items[0].Error?.ToString(), "huge.jsonl:1: line longer than");
        Assert.IsNotNull(items[1].Article);
    }

    public static IEnumerable<object[]> NestedDocuments =>
    [
        ["div.html", Hostile.Repeat("<div>", 500_000) + "deep text"],
        ["b.html", Hostile.Repeat("<b><i>", 100_000) + "misnested</b></i>"],
        ["table.html", Hostile.Repeat("<table><tr><td>", 50_000) + "cell"],
        ["ul.html", Hostile.Repeat("<ul><li>", 100_000) + "item"],
        ["quote.md", Hostile.Repeat(">", 100_000) + " quoted"],
        ["list.md", string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "- item\n"))],
        ["brackets.md", Hostile.Repeat("[", 100_000) + Hostile.Repeat("](", 50_000)],
        ["emphasis.md", Hostile.Repeat("*_", 100_000) + "x"],
        ["backticks.md", Hostile.Repeat("`", 100_000) + "x" + Hostile.Repeat("``", 1000)],
        ["links.md", Hostile.Repeat("<http://a", 50_000)],
        ["nested.jsonl", Hostile.Repeat("[", 100_000) + "\n" + Hostile.Repeat("{\"text\":", 50_000) + "\n"],
    ];

    [TestMethod]
    [DynamicData(nameof(NestedDocuments))]
    [Timeout(300_000, CooperativeCancellation = true)]
    public void DeeplyNestedMarkupIsReadOrRefusedWithoutCrashing(string name, string content)
    {
        using var dir = new TempDir();
        var file = dir.File(name, content);
        foreach (var item in new CorpusReader().ReadFile(file, dir.Path))
        {
            if (item.Article is { } a)
            {
                foreach (var f in new ArticleAnalyzer().Analyze(a).Findings)
                    AnalysisPropertyTests.AssertSpan(f.Span, a.Text.Length, f.RuleId);
            }
            else
            {
                Assert.DoesNotContain("\n", item.Error!.ToString());
            }
        }
    }
}
