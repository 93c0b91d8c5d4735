using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Boilerplate;

/// <summary>
/// The edges of a story's prose: a headline whose words recur mostly in the lead paragraph (the lead is often
/// near-good prose with few stopwords, so outside the main block) must still be recognised as the title, and a
/// closing sentence full of names (few stopwords) must stay with the story.
/// </summary>
[TestClass]
public sealed class HeadlineAndLeadTests
{
    private const string Headline = "Storm Ana makes landfall on the Atlantic coast near Saint-Malo";

    // Few stopwords: jusText's near-good class, outside the main block of good paragraphs.
    private const string Lead =
        "Storm Ana slammed into the Atlantic coast near Saint-Malo early Wednesday, bringing record surf, coastal flooding, power cuts and closed ferry ports to Brittany.";

    private const string Body =
        "The national weather service said that the storm had weakened as it moved inland during the afternoon, but it warned that the rain would go on until the night.\n\n" +
        "More than fifty thousand homes were without power in the evening, and the regional council said that it would open schools as shelters for those who had to leave.\n\n" +
        "The mayor of a small town on the coast said that the water had come into the streets and into the houses, and that it had never been so high in his lifetime.\n\n" +
        "The government said that it would send help to the towns that had been flooded, and that the army was ready to move in if it was needed by the local officials.";

    private static IReadOnlyList<LineKind> Kinds(string text) =>
        new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["BP"] }).Analyze(new Article("a", text)).LineKinds;

    [TestMethod]
    public void AHeadlineSharingItsWordsWithTheLeadIsKept()
    {
        var kinds = Kinds(Headline + "\n\n" + Lead + "\n\n" + Body);
        Assert.AreEqual(LineKind.Content, kinds[0], "the headline");
        Assert.AreEqual(LineKind.Content, kinds[2], "the lead");
    }

    [TestMethod]
    public void AClosingSentenceOfNamesIsKeptAndATeaserHeadlineIsNot()
    {
        var kinds = Kinds(Headline + "\n\n" + Lead + "\n\n" + Body + "\n\nBrest travel to Nantes next Saturday, while Rennes host Lorient.");
        Assert.AreEqual(LineKind.Content, kinds[12], "the closing sentence");
        kinds = Kinds(Headline + "\n\n" + Lead + "\n\n" + Body + "\n\nRennes mayor unveils plan for new ferry port");
        Assert.AreEqual(LineKind.Boilerplate, kinds[12], "a teaser headline after the story");
    }

    [TestMethod]
    public void ASiteNameAboveTheHeadlineIsStillFurniture()
    {
        var kinds = Kinds("Coastal Daily Online\n\n" + Headline + "\n\n" + Lead + "\n\n" + Body);
        Assert.AreEqual(LineKind.Boilerplate, kinds[0], "the site name");
        Assert.AreEqual(LineKind.Content, kinds[2], "the headline");
    }

    [TestMethod]
    public void ADateWidgetIsNotTakenForTheHeadline()
    {
        // The date shares its weekday and month with the story's dateline; the headline shares three of its seven
        // content words with the body (it says "Washington" where the body says "the United States").
        const string Story =
            "Moscow, December 1 - The Kremlin said on Monday that consultations with the United States on arms control will continue in January, despite the disagreements that emerged during the last round in Geneva.\n\n" +
            "Spokesman Dmitry Peskov told reporters that both delegations had agreed to meet again and that the exchange of documents was proceeding, and that he saw no reason to cancel.\n\n" +
            "The Russian foreign ministry is expected to publish its own account of the talks later this week, officials said.";
        var kinds = Kinds("Monday, December 1, 2026\n\nKremlin says talks with Washington will continue next month\n\nBy Staff Writer\n\n" + Story);
        Assert.AreEqual(LineKind.Boilerplate, kinds[0], "the date widget");
        Assert.AreEqual(LineKind.Content, kinds[2], "the headline");
        Assert.AreEqual(LineKind.Boilerplate, kinds[4], "the byline");
    }

    [TestMethod]
    public void AClosingSentenceAfterANearGoodLineIsKept()
    {
        // The statistics line has too few stopwords to be good prose (outside the main block, kept as an edge
        // sentence); the closing sentence after it is short and joins the story through it. The editor credit is not.
        const string Statistics =
            "According to the statistics, the bilateral trade volume between China and Brazil reached 181.5 billion U.S. dollars last year, increased 4.9 percent year on year. China has been the largest trading partner of Brazil for 15 consecutive years.";
        var kinds = Kinds(Headline + "\n\n" + Lead + "\n\n" + Body + "\n\n" + Statistics + "\n\nAfter the talks, the two heads of state jointly met the press.\n\nEditor: Li Wei");
        Assert.AreEqual(LineKind.Content, kinds[12], "the statistics line");
        Assert.AreEqual(LineKind.Content, kinds[14], "the closing sentence");
        Assert.AreEqual(LineKind.Boilerplate, kinds[16], "the editor credit");
    }

    [TestMethod]
    public void AShortHeadlineRightAboveTheLeadIsKept()
    {
        // Two of its five content words recur ("shares" in the lead, "rally" in the body): not half, but it sits
        // right above the story. A site name in the same place shares nothing and stays furniture.
        const string Story =
            "Shares of BlackRock, SoftBank and JetBlue rose on Tuesday, while ExxonMobil and ConocoPhillips fell as oil prices dropped, traders said.\n\n" +
            "Investors also bought AstraZeneca and GlaxoSmithKline after the drugmakers reported strong sales, and BioNTech gained after a new vaccine deal with the European Commission.\n\n" +
            "HarperCollins, owned by News Corp, said it would cut jobs, and PricewaterhouseCoopers said it would hire more auditors in the coming year.\n\n" +
            "The StoneX analyst said the rally could fade. BlueScope Steel and CommBank shares rose in Sydney, and LinkedIn said hiring slowed in November.";
        var kinds = Kinds("Markets rally as tech shares rebound\n\n" + Story);
        Assert.AreEqual(LineKind.Content, kinds[0], "the headline");
        kinds = Kinds("Coastal Daily Online Edition Today\n\n" + Story);
        Assert.AreEqual(LineKind.Boilerplate, kinds[0], "a site name");
    }

    [TestMethod]
    public void TheFirstLineRightAboveTheStoryIsItsHeadline()
    {
        // One shared word ("officials"): too few for any overlap test, but nothing stands between it and the story.
        const string Story =
            "The officials said on Monday that the talks would continue next week in Geneva, where both delegations are expected to present new proposals on the ceasefire.\n\n" +
            "Prices of food have risen sharply this year, and many families now struggle to pay for basic goods, a survey by the national statistics office showed on Tuesday.\n\n" +
            "The opposition leader criticized the decision of the court, saying it was a blow to the independence of the judiciary and to the rights of citizens.";
        var kinds = Kinds("Officials meet to discuss the crisis in the region\n\n" + Story);
        Assert.AreEqual(LineKind.Content, kinds[0], "the headline");
        kinds = Kinds("Riverside Gazette Online Edition\n\nOfficials meet to discuss the crisis in the region\n\n" + Story);
        Assert.AreEqual(LineKind.Boilerplate, kinds[0], "the site name above it");
        Assert.AreEqual(LineKind.Content, kinds[2], "the headline under the site name");
    }
}
