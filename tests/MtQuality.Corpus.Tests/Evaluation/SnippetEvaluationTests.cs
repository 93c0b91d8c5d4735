using MtQuality.Corpus.Evaluation;

namespace MtQuality.Corpus.Tests.Evaluation;

[TestClass]
public sealed class SnippetEvaluationTests
{
    private const string Prose =
        "The regional council said on Monday that the new rail line would open to passengers in the spring, after years of delays and rising costs that had angered commuters.";

    private const string Prose2 =
        "Officials expect about forty thousand people to use the line every day once the last stations are finished, and they hope it will ease traffic in the city centre.";

    [TestMethod]
    public void ScoresFoundAndMissingSnippetsTheWayTrafilaturaDoes()
    {
        var score = new SnippetScore();
        var wrong = score.Add("Alpha beta\ngamma delta\n", [
            new SnippetRow("p", true, "beta gamma"),
            new SnippetRow("p", true, "epsilon"),
            new SnippetRow("p", false, "Alpha"),
            new SnippetRow("p", false, "zeta"),
        ]);
        Assert.AreEqual(1, score.TruePositives);
        Assert.AreEqual(1, score.FalseNegatives);
        Assert.AreEqual(1, score.FalsePositives);
        Assert.AreEqual(1, score.TrueNegatives);
        Assert.AreEqual(0.5, score.Precision, 1e-9);
        Assert.AreEqual(0.5, score.Recall, 1e-9);
        Assert.AreEqual(0.5, score.Accuracy, 1e-9);
        Assert.AreEqual(0.5, score.F, 1e-9);
        Assert.HasCount(2, wrong);
    }

    [TestMethod]
    public void WhiteSpaceIsNormalisedOnBothSides() =>
        Assert.AreEqual("a b c", SnippetEvaluation.NormalizeWhitespace("  a\u00a0\n b\t\tc \n"));

    [TestMethod]
    public void EvaluatesATinyPageSetFromHtmlAndFromText()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "html"));
        var page = $"""
            <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
            <article><h1>Council opens new rail line</h1><p>{Prose}</p><p>{Prose2}</p></article>
            <div class="comments"><p>Great news, I have waited years for this line to open and will use it every single day of the week.</p></div>
            <footer><p>Copyright 2024 Riverside Gazette</p></footer></body></html>
            """;
        File.WriteAllText(Path.Combine(dir.Path, "html", "a.html"), page);
        File.WriteAllText(Path.Combine(dir.Path, SnippetEvaluation.SnippetFile), string.Join('\n',
            "url\tfile\tlang_guess\tlabel\tsnippet",
            "http://x/a\ta.html\ten\tcontent\tthe new rail line would open",
            "http://x/a\ta.html\ten\tcontent\tforty thousand people",
            "http://x/a\ta.html\ten\tboilerplate\tCopyright 2024",
            "http://x/a\ta.html\ten\tboilerplate\tGreat news, I have waited",
            ""));

        var html = SnippetEvaluation.Run(dir.Path, SnippetInput.Html);
        Assert.AreEqual(1, html.Pages);
        Assert.AreEqual(2, html.KeepEverything.TruePositives);
        Assert.AreEqual(2, html.KeepEverything.FalsePositives);
        Assert.AreEqual(2, html.Ours.TruePositives);
        Assert.AreEqual(0, html.Ours.FalsePositives, string.Join(" | ", html.Errors.Select(e => e.Row.Snippet)));

        var text = SnippetEvaluation.Run(dir.Path, SnippetInput.Text);
        Assert.AreEqual(2, text.Ours.TruePositives);
        Assert.IsGreaterThanOrEqualTo(1, text.Ours.TrueNegatives);
    }

    [TestMethod]
    public void CountsTranslationFindingsOnEnglishPagesAsFalseAlarms()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "html"));
        static string Page(string body) => $"<html><body><article><h1>Council opens new rail line</h1><p>{body}</p><p>{Prose2}</p></article></body></html>";
        File.WriteAllText(Path.Combine(dir.Path, "html", "clean.html"), Page(Prose));
        File.WriteAllText(Path.Combine(dir.Path, "html", "flawed.html"), Page(Prose + " The mayor thanked the builders for Their patience and the the workers."));
        File.WriteAllText(Path.Combine(dir.Path, SnippetEvaluation.SnippetFile), string.Join('\n',
            "url\tfile\tlang_guess\tlabel\tsnippet",
            "http://x/a\tclean.html\ten\tcontent\tthe new rail line would open",
            "http://x/b\tflawed.html\ten\tcontent\tthe new rail line would open",
            ""));

        var eval = SnippetEvaluation.Run(dir.Path, SnippetInput.Html);
        Assert.AreEqual(2, eval.EnglishPages);
        Assert.IsGreaterThan(60, eval.EnglishContentWords);
        Assert.AreEqual(1, eval.HumanFindings.GetValueOrDefault("MT0002"), string.Join(", ", eval.HumanFindings));
        Assert.AreEqual(1, eval.HumanFindings.GetValueOrDefault("MT0006"), string.Join(", ", eval.HumanFindings));
        Assert.AreEqual(2, eval.HumanFindings.Values.Sum(), string.Join(", ", eval.HumanFindings));
        Assert.AreEqual(2 * 10_000.0 / eval.EnglishContentWords, eval.HumanFalseAlarmsPer10k, 1e-9);
        var o = new StringWriter();
        eval.Print(o);
        StringAssert.Contains(o.ToString(), "Human-written English pages: 2");
        Assert.DoesNotContain("flawed.html:", o.ToString(), "the list of false alarms is printed only on request");

        // --show-false-alarms: each finding with its page and the text round it, the covered words in brackets.
        Assert.HasCount(2, eval.HumanFindingList);
        var listed = new StringWriter();
        eval.Print(listed, showHuman: 10);
        StringAssert.Contains(listed.ToString(), "MT0002 flawed.html: \"");
        StringAssert.Contains(listed.ToString(), "for [Their] patience");
        StringAssert.Contains(listed.ToString(), "and [the the] workers");
    }

    [TestMethod]
    public void RejectsABadLabel()
    {
        using var dir = new TempDir();
        var tsv = Path.Combine(dir.Path, SnippetEvaluation.SnippetFile);
        File.WriteAllText(tsv, "url\tfile\tlang_guess\tlabel\tsnippet\nu\ta.html\ten\tmaybe\tx\n");
        Assert.ThrowsExactly<FormatException>(() => SnippetEvaluation.Load(tsv));
    }
}
