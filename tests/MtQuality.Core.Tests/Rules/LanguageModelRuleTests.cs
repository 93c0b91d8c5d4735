using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Rules.Translation;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>The background language model, the surprisal model and the rules built on them, beyond their descriptor examples.</summary>
[TestClass]
public sealed class LanguageModelRuleTests
{
    private static List<Finding> Run(IRule rule, string text, ICorpusModel? corpus = null)
    {
        var context = new AnalysisContext(new Article("t", text, site: "example.org"), corpus);
        var findings = new List<Finding>();
        rule.Analyze(context, findings);
        return findings;
    }

    [TestMethod]
    public void ProseModelIsLargerThanTheGlossesAndKnowsCommonPairs()
    {
        Assert.IsGreaterThan(BackgroundModel.Tokens + 1_500_000, BackgroundModel.Prose.Tokens);
        Assert.IsGreaterThan(1000, BackgroundModel.Prose.Bigram("of", "the"));
        Assert.IsGreaterThan(BackgroundModel.Bigram("economic", "growth"), BackgroundModel.Prose.Bigram("economic", "growth"));
    }

    [TestMethod]
    public void SeenPairIsLessSurprisingThanUnseenOne()
    {
        var lm = new SurprisalModel(new AnalysisContext(new Article("t", "x")));
        var seen = lm.Surprisal("economic", "growth");
        var unseen = lm.Surprisal("economic", "banana");
        Assert.IsNotNull(seen);
        Assert.IsNotNull(unseen);
        Assert.IsLessThan(unseen.Value, seen.Value);
        Assert.IsNull(lm.Surprisal("economic", "zzqxv"));
    }

    [TestMethod]
    public void CorpusCountsOfTheArticleItselfDoNotVouchForIt()
    {
        const string text = "The committee propose tax cuts. The committee propose tax cuts.";
        var corpus = new InMemoryCorpusModel();
        corpus.Add(new Article("t", text, site: "example.org"));
        var lm = new SurprisalModel(new AnalysisContext(new Article("t", text, site: "example.org"), corpus));
        Assert.AreEqual(BackgroundModel.Prose.Bigram("committee", "propose"), lm.Bigram("committee", "propose"));
    }

    [TestMethod]
    public void OddWordOrderNeedsADistributionToStandOutFrom() =>
        Assert.IsEmpty(Run(new OddWordOrderRule(), "In the letter, the committee propose tax cuts."));

    [TestMethod]
    public void OddWordOrderStaysQuietOnEditedProse() =>
        Assert.IsEmpty(Run(new OddWordOrderRule(), """
            The government said on Tuesday that it would raise spending on schools and hospitals next year.
            Officials told reporters the plan had been agreed with the regional authorities after weeks of talks.
            Critics said the money would not reach the poorest areas, where the need is greatest.
            The Finance Ministry is expected to publish the full budget later this month.
            """));

    [TestMethod]
    public void MixedDateFormatsFlagsTheMinorityNumericForm()
    {
        var f = Run(new MixedDateFormatsRule(), "Filed 2024-06-19.\nAmended 2024-07-02.\nSigned 19.08.2024.");
        Assert.HasCount(1, f);
        Assert.Contains("day.month.year", f[0].Message);
    }

    [TestMethod]
    public void MixedDateFormatsIgnoresAmbiguousSlashDatesOfOneOrder() =>
        Assert.IsEmpty(Run(new MixedDateFormatsRule(), "Filed 3/4/2024.\nAmended 6/19/2024.\nSigned 7/22/2024."));

    [TestMethod]
    public void SpunCollocationStaysQuietWhenTheCorpusWritesThePair()
    {
        const string text = "The treaty improved our standing with strange nations and the trade that followed.";
        var corpus = new InMemoryCorpusModel();
        corpus.Add(new Article("a", "Travellers met strange nations on the way.", site: "example.org"));
        corpus.Add(new Article("t", text, site: "example.org"));
        Assert.IsEmpty(Run(new SpunCollocationRule(), text, corpus));
        Assert.HasCount(1, Run(new SpunCollocationRule(), text));
    }
}
