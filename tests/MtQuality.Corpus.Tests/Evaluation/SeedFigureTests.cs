using MtQuality.Corpus.Evaluation;

namespace MtQuality.Corpus.Tests.Evaluation;

/// <summary>The seed figures of the foundation issue, as a regression test with thresholds.</summary>
[TestClass]
public sealed class SeedFigureTests
{
    private static readonly Lazy<SeedEvaluation> Eval = new(() => SeedEvaluation.Run(Path.Combine(Repo.Seeds, "seeds-gold.tsv")));

    [TestMethod]
    public void AtLeastNinetyPercentOfBoilerplateLinesFound() =>
        Assert.IsGreaterThanOrEqualTo(0.9, Eval.Value.BoilerplateLines.Recall, Eval.Value.BoilerplateLines.ToString());

    [TestMethod]
    public void EveryContentLineKept() =>
        Assert.AreEqual(Eval.Value.ContentLines, Eval.Value.ContentLinesKept, string.Join(" | ", Eval.Value.ContentLinesLost));

    [TestMethod]
    public void AtLeastThreeQuartersOfArtifactSpansFound() =>
        Assert.IsGreaterThanOrEqualTo(0.75, Eval.Value.ArtifactRecall, string.Join(" | ", Eval.Value.ArtifactsMissed));

    [TestMethod]
    public void MostAndLeastMachineTranslatedSeedsRankedRight()
    {
        var ranking = Eval.Value.Ranking;
        Assert.AreEqual("001", ranking[0].Id);
        Assert.AreEqual("004", ranking[^1].Id);
    }
}
