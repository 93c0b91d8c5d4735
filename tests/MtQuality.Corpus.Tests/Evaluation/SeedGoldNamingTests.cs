using MtQuality.Corpus.Evaluation;

namespace MtQuality.Corpus.Tests.Evaluation;

/// <summary>How the seed column of a gold file names its article file.</summary>
[TestClass]
public sealed class SeedGoldNamingTests
{
    [TestMethod]
    [DataRow("000_c4bc56110b2fac4f.txt", "000")]
    [DataRow("blind-01-it-economy.txt", "blind-01")]
    [DataRow("story.txt", "story")]
    [DataRow("story.txt", "story.txt")]
    public void SeedNamesItsFile(string file, string seed) => Assert.IsTrue(SeedEvaluation.Names(seed, file));

    [TestMethod]
    [DataRow("blind-010-culture.txt", "blind-01")]
    [DataRow("0001_abc.txt", "000")]
    [DataRow("storyline.txt", "story")]
    public void SeedDoesNotNameAnotherFile(string file, string seed) => Assert.IsFalse(SeedEvaluation.Names(seed, file));

    [TestMethod]
    public void PerArticleFiguresAddUpToTheTotals()
    {
        var e = SeedEvaluation.Run(Path.Combine(Repo.Seeds, "seeds-gold.tsv"));
        Assert.AreEqual(e.ArtifactSpans, e.ArtifactsPerArticle.Sum(a => a.Spans));
        Assert.AreEqual(e.ArtifactSpansFound, e.ArtifactsPerArticle.Sum(a => a.Found));
        Assert.AreEqual(e.FalseAlarms.Count, e.ArtifactsPerArticle.Sum(a => a.FalseAlarms));
    }
}
