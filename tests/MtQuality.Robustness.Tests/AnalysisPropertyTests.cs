using System.Text.Json;
using CsCheck;
using MtQuality.Core.Analysis;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;
using MtQuality.Reports;

namespace MtQuality.Robustness.Tests;

/// <summary>
/// Property tests over the analysis side: tokenizer, segmenter, boilerplate classifier, every rule alone and the
/// whole pipeline down to the JSON record, on hostile text. No exception may escape and every offset must be
/// valid. The analyzer silently drops invalid spans, so each rule is also run alone and its raw findings checked.
/// </summary>
[TestClass]
public sealed class AnalysisPropertyTests
{
    private const int Iterations = 300;

    internal static void AssertSpan(TextSpan s, int length, string what)
    {
        if (s.Start < 0 || s.Start > s.End || s.End > length)
            throw new AssertFailedException($"{what}: span {s} outside [0,{length}]");
    }

    [TestMethod]
    public void TokensSentencesAndLinesStayInsideTheText()
    {
        Hostile.Text.Sample(text =>
        {
            var article = new Article("x", text);
            var context = new AnalysisContext(article);
            int last = 0;
            foreach (var t in context.Tokens)
            {
                AssertSpan(t.Span, text.Length, "token");
                Assert.IsGreaterThanOrEqualTo(last, t.Start, "tokens overlap or go backwards");
                Assert.IsLessThan(t.End, t.Start, "empty token");
                last = t.End;
                Assert.AreEqual(article.Lines.IndexOf(t.Start), t.LineIndex);
            }

            foreach (var s in context.Sentences)
            {
                AssertSpan(s.Span, text.Length, "sentence");
                Assert.IsTrue(s.FirstToken >= 0 && s.EndToken <= context.Tokens.Count, "sentence tokens out of range");
            }

            int covered = 0;
            foreach (var line in article.Lines.Lines)
            {
                AssertSpan(line.Span, text.Length, "line");
                Assert.IsGreaterThanOrEqualTo(covered, line.Span.Start);
                covered = line.Span.End;
                var (l, c) = article.Lines.Position(line.Span.Start);
                Assert.AreEqual(line.Number, l);
                Assert.AreEqual(1, c);
            }
        }, iter: Iterations);
    }

    [TestMethod]
    public void EverySpanRuleAloneReportsValidSpans()
    {
        var rules = RuleRegistry.Instance.SpanRules;
        Hostile.Text.Sample(text =>
        {
            var article = new Article("x", text, site: "example.org");
            var context = new AnalysisContext(article, EmptyCorpusModel.Instance);
            foreach (var rule in rules)
            {
                var findings = new List<Finding>();
                rule.Analyze(context, findings);
                foreach (var f in findings)
                {
                    AssertSpan(f.Span, text.Length, rule.Descriptor.Id);
                    Assert.AreEqual(rule.Descriptor.Id, f.RuleId);
                }
            }
        }, iter: Iterations);
    }

    [TestMethod]
    public void ClassifierLabelsEveryLineWithEveryLineRuleAndAlone()
    {
        var rules = RuleRegistry.Instance.LineRules;
        Gen.Select(Hostile.Text, Hostile.Text).Sample((raw, other) =>
        {
            // Ingest makes every text well-formed UTF-16 (lone surrogates become U+FFFD, same length), the
            // precondition for a JSON `text` that equals its slice; the rule tests above keep lone surrogates.
            var text = MtQuality.Corpus.Ingest.TextDecoder.WellFormed(raw);
            Assert.AreEqual(raw.Length, text.Length);
            var model = new InMemoryCorpusModel();
            model.Add(new Article("o", other, site: "example.org"));
            var article = new Article("x", text, site: "example.org");
            model.Add(article);
            var (_, all) = new BoilerplateClassifier(rules).Classify(article, model, selfInCorpus: true);
            Assert.HasCount(article.Lines.Count, all);
            foreach (var rule in rules)
            {
                var (_, alone) = new BoilerplateClassifier([rule]).Classify(article, model, selfInCorpus: true);
                Assert.HasCount(article.Lines.Count, alone);
            }
        }, iter: Iterations / 3);
    }

    [TestMethod]
    public void WholePipelineJsonQuotesExactlyTheSpanItPointsAt()
    {
        var analyzer = new ArticleAnalyzer();
        Gen.Select(Hostile.Text, Hostile.Text).Sample((raw, other) =>
        {
            // Ingest makes every text well-formed UTF-16 (lone surrogates become U+FFFD, same length), the
            // precondition for a JSON `text` that equals its slice; the rule tests above keep lone surrogates.
            var text = MtQuality.Corpus.Ingest.TextDecoder.WellFormed(raw);
            Assert.AreEqual(raw.Length, text.Length);
            var model = new InMemoryCorpusModel();
            model.Add(new Article("o", other, site: "example.org"));
            var article = new Article("x", text, site: "example.org", title: other.Length > 0 ? other[..Math.Min(300, other.Length)] : null);
            model.Add(article);
            var verdict = analyzer.Analyze(article, model, selfInCorpus: true);
            foreach (var f in verdict.Findings)
                AssertSpan(f.Span, text.Length, f.RuleId);
            AssertJsonMatches(verdict);
            _ = ArticleReport.Render(verdict);
            _ = HtmlRenderer.Page(verdict.DisplayTitle, ArticleReport.Render(verdict));
            _ = LineFormat.Lines(verdict).ToList();
        }, iter: Iterations);
    }

    internal static void AssertJsonMatches(ArticleVerdict verdict)
    {
        var text = verdict.Article.Text;
        using var doc = JsonDocument.Parse(JsonRecord.Serialize(verdict));
        var findings = doc.RootElement.GetProperty("findings");
        Assert.AreEqual(verdict.Findings.Count, findings.GetArrayLength());
        foreach (var f in findings.EnumerateArray())
        {
            int start = f.GetProperty("start").GetInt32();
            int end = f.GetProperty("end").GetInt32();
            AssertSpan(new TextSpan(start, end), text.Length, "json finding");
            Assert.AreEqual(text[start..end], f.GetProperty("text").GetString(), "JSON text is not the slice it points at");
            var (line, col) = verdict.Article.Lines.Position(start);
            Assert.AreEqual(line, f.GetProperty("line").GetInt32());
            Assert.AreEqual(col, f.GetProperty("column").GetInt32());
        }
    }
}
