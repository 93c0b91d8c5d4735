using MtQuality.Core.Rules;
using MtQuality.Core.Rules.Translation;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// Where a capitalised common word stands as a name by its position (unusual-capital's name contexts), and that
/// odd-word-order's capitalised-word red flag honours the same contexts.
/// </summary>
[TestClass]
public sealed class CapitalNamePositionTests
{
    private const string Lead =
        "The minister spoke to the press on Monday about the plan for the coming year. " +
        "He said the government would support the new program and the budget would grow. ";

    private static List<Finding> Run(IRule rule, string text)
    {
        var context = new AnalysisContext(new Article("t", text, site: "example.org"));
        var findings = new List<Finding>();
        rule.Analyze(context, findings);
        return findings;
    }

    private static string[] Flagged(IRule rule, string text) =>
        Run(rule, text).Select(f => text[f.Span.Start..f.Span.End]).ToArray();

    [TestMethod]
    public void PrepositionalObjectThatEndsItsPhraseIsAName() =>
        Assert.IsEmpty(Run(new UnusualCapitalRule(), """
            To file a complaint about the plums, go to Support. She grew up with a love of Harbor (which was new then).
            Open the report in Lantern to print it, and the songs were dedicated to Heart and to nobody else.
            """));

    [TestMethod]
    public void PrepositionalObjectThatOpensALongerPhraseStaysFlagged()
    {
        CollectionAssert.AreEqual(new[] { "Land", "Farm" }, Flagged(new UnusualCapitalRule(),
            "The troops crossed over Land border posts, and the rules left hundreds of Farm workers without pay."));
    }

    [TestMethod]
    public void MentionedWordAndNamedControlAreNames()
    {
        Assert.IsEmpty(Run(new UnusualCapitalRule(), "How do you make the word Tiger longer? Press the Harvest button and choose the Player option."));
        CollectionAssert.AreEqual(new[] { "Tiger" }, Flagged(new UnusualCapitalRule(), "The word spread quickly and Tiger cubs were born."));
    }

    [TestMethod]
    public void OddWordOrderTakesNoNameForACapitalisedCommonWord()
    {
        Assert.IsEmpty(Run(new OddWordOrderRule(), Lead + "Readers asked why a customer chose brand A over brand B in the shop on the corner."));
        Assert.IsEmpty(Run(new OddWordOrderRule(), Lead + "His comments appeared in an article the Press council published hours before the vote."));
        Assert.IsEmpty(Run(new OddWordOrderRule(), Lead +
            "Readers asked how to make the word Tiger longer, and the paper in Frontiers in Ecology and the Environment journal suggests more. " +
            "It will be chaired by a grower from the food and farming alliance Sustain, said the Department of Correction spokesman Jason Kersten."));
    }

    [TestMethod]
    public void OddWordOrderStillFlagsASeamCapital() =>
        Assert.HasCount(1, Run(new OddWordOrderRule(), Lead +
            "His comments appeared in an article the national Press council published hours before the vote."));

    [TestMethod]
    public void DeterminerNounAndVerbAcrossACommaAreNoAgreementError()
    {
        Assert.IsEmpty(Run(new OddWordOrderRule(), Lead +
            "The children were asked to think of uses for a brick, solve visual puzzles from an intelligence test, and write essays."));
        Assert.HasCount(1, Run(new OddWordOrderRule(), Lead +
            "The children were asked to think of uses for a brick solve visual puzzles from an intelligence test, and write essays."));
    }
}
