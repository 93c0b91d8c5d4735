using MtQuality.Corpus.Evaluation;

namespace MtQuality.Corpus.Tests.Evaluation;

/// <summary>How the "seed" column of a gold file names its article file.</summary>
[TestClass]
public sealed class SeedNameTests
{
    [TestMethod]
    [DataRow("001", "001_059011277148a2fa.txt")]
    [DataRow("page-01", "page-01-wordpress-news.txt")]
    [DataRow("page-01", "page-01.txt")]
    [DataRow("a.txt", "a.txt")]
    [DataRow("blind-01", "blind-01-it-economy.txt")]
    [DataRow("story", "story.txt")]
    public void Names(string seed, string file) => Assert.IsTrue(SeedEvaluation.Names(seed, file));

    [TestMethod]
    [DataRow("001", "0011_abc.txt")]
    [DataRow("page-01", "page-010-blog.txt")]
    [DataRow("page-01", "page-01x.txt")]
    [DataRow("page", "pages.txt")]
    [DataRow("blind-01", "blind-010-culture.txt")]
    [DataRow("story", "storyline.txt")]
    public void DoesNotName(string seed, string file) => Assert.IsFalse(SeedEvaluation.Names(seed, file));

    [TestMethod]
    public void PerArticleArtifactFiguresAddUpToTheTotals()
    {
        var e = SeedEvaluation.Run(Path.Combine(Repo.Seeds, "seeds-gold.tsv"));
        Assert.AreEqual(e.ArtifactSpans, e.ArtifactsPerArticle.Sum(a => a.Spans));
        Assert.AreEqual(e.ArtifactSpansFound, e.ArtifactsPerArticle.Sum(a => a.Found));
        Assert.AreEqual(e.FalseAlarms.Count, e.ArtifactsPerArticle.Sum(a => a.FalseAlarms));
    }

    [TestMethod]
    public void BlindPagesGoldReadsEveryArticle()
    {
        var e = SeedEvaluation.Run(Path.Combine(Repo.Root, "corpora", "blind-pages", "blind-pages-gold.tsv"), standalone: true);
        Assert.AreEqual(8, e.BoilerplatePerArticle.Count);
        Assert.AreEqual(176, e.BoilerplateLines.TruePositives + e.BoilerplateLines.FalseNegatives);
        Assert.AreEqual(36, e.ContentLines);
    }

    [TestMethod]
    public void PossessiveMisuseCountsAsTheGrammarFamily()
    {
        var dir = Directory.CreateTempSubdirectory("mtq-family-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "p1-veto.txt"),
                "Ministers met in New York on Monday to discuss the draft resolution on the war.\n\nThe council could not agree after a Russia's veto blocked the text, diplomats said.\n");
            File.WriteAllText(Path.Combine(dir.FullName, "gold.tsv"),
                "seed\tline\tkind\tfamily\tspan\tnote\np1\t3\tartifact\tpossessive-misuse\ta Russia's veto\t\n");
            var e = SeedEvaluation.Run(Path.Combine(dir.FullName, "gold.tsv"));
            Assert.AreEqual(1, e.ArtifactSpansFound);
            Assert.IsTrue(e.Families.TryGetValue("grammar", out var grammar), "the gold family is read as grammar");
            Assert.AreEqual(1, grammar.TruePositives);
            Assert.IsFalse(e.Families.ContainsKey("possessive-misuse"));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
