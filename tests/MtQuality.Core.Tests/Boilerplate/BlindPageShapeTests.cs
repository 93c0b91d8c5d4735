using MtQuality.Core.Analysis;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Boilerplate;

/// <summary>
/// Line shapes found while measuring the blind pages (corpora/blind-pages): examples here are made up, not taken
/// from those pages.
/// </summary>
[TestClass]
public sealed class BlindPageShapeTests
{
    private const string Prose = StoryPage.Prose;

    private const string Prose2 = StoryPage.Prose2;

    private const string Prose3 = StoryPage.Prose3;

    private static IReadOnlyList<LineKind> Kinds(string text) => StoryPage.Kinds(text);

    [TestMethod]
    [DataRow("BERLIN, May 2 –")]
    [DataRow("LAGOS, March 12")]
    [DataRow("ST. LOUIS, Sept. 9, 2024 —")]
    [DataRow("SAO PAULO, 4 June")]
    [DataRow("PORTO ALEGRE, Brazil —")]
    [DataRow("KYIV —")]
    [DataRow("MADRID, March 3 (Reuters) -")]
    [DataRow("CHICAGO, Ill., Jan. 14, 2025 /PRNewswire/ --")]
    [DataRow("TORONTO, Ontario, March 3, 2025 /CNW/ -")]
    [DataRow("NEW YORK, May 6, 2024 /PRNewswire/ --")]
    [DataRow("AUSTIN, Texas, May 6, 2024 (GLOBE NEWSWIRE) --")]
    public void DatelinesAreDatelines(string line) => Assert.IsTrue(ContentGuard.IsDateline(line), line);

    [TestMethod]
    [DataRow("WEATHER ALERT")]
    [DataRow("BREAKING NEWS:")]
    [DataRow("Berlin, May 2")]
    [DataRow("LATEST NEWS, VIDEOS AND PHOTOS")]
    [DataRow("HOME | WORLD | EUROPE")]
    [DataRow("A A")]
    [DataRow("HOME /NEWS/ --")]
    [DataRow("CHICAGO, Ill., Jan. 14, 2025 /PRNewswire/ -- Acme Corp. today announced a new plant in the city and said it would hire 300 workers")]
    public void OtherCapitalLinesAreNot(string line) => Assert.IsFalse(ContentGuard.IsDateline(line), line);

    [TestMethod]
    public void ADatelineOnItsOwnLineAboveTheStoryStays()
    {
        var kinds = Kinds("Riverside Gazette\n\nCouncil Opens the New Rail Line to Passengers\n\nLEEDS, April 7 –\n\n" + Prose + "\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[0], "the site name");
        Assert.AreEqual(LineKind.Content, kinds[4], "the dateline");
    }

    [TestMethod]
    [DataRow("Leeds, England")]
    [DataRow("Halifax, Nova Scotia")]
    [DataRow("Pune, India")]
    public void ATitleCasePlaceLineAboveTheStoryStays(string line)
    {
        var kinds = Kinds("Riverside Gazette\n\nCouncil Opens the New Rail Line to Passengers\n\nBy Jo Bell | 7 April 2025\n\n" + line + "\n\n" + Prose + "\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[4], "the byline");
        Assert.AreEqual(LineKind.Content, kinds[6], line);
    }

    [TestMethod]
    [DataRow("Sport, Weather")]
    [DataRow("Leeds")]
    [DataRow("News, Leeds, England")]
    public void OtherShortLinesAboveTheStoryAreNotPlaceLines(string line)
    {
        var kinds = Kinds("Riverside Gazette\n\nCouncil Opens the New Rail Line to Passengers\n\nBy Jo Bell | 7 April 2025\n\n" + line + "\n\n" + Prose + "\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[6], line);
    }

    [TestMethod]
    [DataRow("Follow our WhatsApp channel for breaking news updates")]
    [DataRow("Join us on Telegram for more stories like this")]
    [DataRow("For the latest headlines, follow our Google News feed")]
    [DataRow("Subscribe to our YouTube channel")]
    public void FollowPromptsOnAPlatformAreBoilerplate(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[4], line);
    }

    [TestMethod]
    [DataRow("Police asked residents to follow updates on the council's Facebook page.")]
    [DataRow("Join our walk along the river, the organisers said.")]
    [DataRow("Apple said it would follow our lead, the minister claimed in parliament on Tuesday.")]
    public void ProseAboutFollowingStays(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Content, kinds[4], line);
    }

    [TestMethod]
    [DataRow("Tags on the new trains will show the route number.")]
    [DataRow("Labels on the platforms will be printed in braille as well.")]
    [DataRow("Source material for the report came from the council's own records, officials said.")]
    [DataRow("Updated figures will be published by the rail operator next week.")]
    public void ASentenceOpeningWithALabelWordStays(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Content, kinds[4], line);
    }

    [TestMethod]
    [DataRow("Tags: rail, buses, council")]
    [DataRow("Source | Reuters")]
    [DataRow("Photo: city archive")]
    [DataRow("Topics")]
    [DataRow("Related Topics")]
    public void ALabelWithItsSeparatorIsBoilerplate(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[4], line);
    }

    [TestMethod]
    [DataRow("This website uses cookies so that we can provide you with the best user experience possible, and to help our team understand which sections you find most useful.")]
    [DataRow("By continuing to browse, you agree to our use of cookies and to the terms set out in our privacy policy, which was updated this year.")]
    [DataRow("ADVERTISEMENT - CONTINUE READING BELOW")]
    [DataRow("Something went wrong. Please try again later.")]
    [DataRow("This video is not available in your country.")]
    public void BannersAndPlayerErrorsInsideTheStoryAreBoilerplate(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[4], line);
    }

    [TestMethod]
    [DataRow("Under the new rules, visitors must agree to the use of cookies before a site may track them, the regulator said on Tuesday.")]
    [DataRow("Something went wrong with the signals near the depot, the operator said, and engineers worked through the night to fix them.")]
    public void ProseAboutCookiesAndFaultsStays(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Content, kinds[4], line);
    }

    [TestMethod]
    [DataRow("Home Secretary Yvette Cooper said the plan was sound.")]
    [DataRow("Home prices in the county rose by 4 percent last year.")]
    [DataRow("Photo finish decides the race")]
    [DataRow("Subscribers to the rail pass will pay 10 percent less.")]
    [DataRow("Newsletter publishers have seen a surge in readers this year.")]
    [DataRow("The views expressed by residents at the meeting were mixed, the council said.")]
    public void ProseThatOpensWithAFurnitureWordStays(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Content, kinds[4], line);
    }

    [TestMethod]
    [DataRow("Home » Politics")]
    [DataRow("Comments (12)")]
    [DataRow("Recommended: How to claim a refund")]
    [DataRow("You have reached your limit of free articles.")]
    [DataRow("The views expressed in this article are those of the author and do not necessarily reflect those of this publication.")]
    public void LabelledFurnitureIsBoilerplate(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[4], line);
    }

    [TestMethod]
    public void AnInlineLinkWithItsHeadlineDoesNotEndTheStory()
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\nRead: Mayor unveils plan for a new bridge over the river\n\n"
            + "Construction of the two final stations will begin in March, and the operator plans to run a train every six minutes at peak hours.");
        Assert.AreEqual(LineKind.Boilerplate, kinds[6], "the link");
        Assert.AreEqual(LineKind.Content, kinds[8], "the paragraph after it");
    }

    [TestMethod]
    public void AnOnlyLanguageSwitchKeepsItsOwnExplanation()
    {
        var v = new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["BP"] }).Analyze(new Article("a", "Read in French\n\n" + Prose + "\n\n" + Prose2));
        Assert.IsTrue(v.Findings.Any(f => f.RuleId == "BP0004"), string.Join(", ", v.Findings.Select(f => f.RuleId)));
    }

    [TestMethod]
    public void AStandfirstWithoutAFinalStopStays()
    {
        var kinds = Kinds("Riverside Gazette\n\nCouncil Opens the New Rail Line\n\nThe new line will cut journey times by half, officials say\n\n" + Prose + "\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Content, kinds[4]);
    }

    [TestMethod]
    public void AnAgeNoticeAboveTheStoryIsBoilerplate()
    {
        var kinds = Kinds("Council Opens the New Rail Line\n\nThis article is more than 2 years old\n\n" + Prose + "\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[2]);
    }

    [TestMethod]
    [DataRow("Copyright lawyers for the builder declined to comment.", LineKind.Content)]
    [DataRow("Copyright © 2025 Riverside Media. Reproduction without permission is prohibited.", LineKind.Boilerplate)]
    public void CopyrightNeedsItsSymbol(string line, LineKind want)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + line + "\n\n" + Prose3);
        Assert.AreEqual(want, kinds[4], line);
    }
    [TestMethod]
    [DataRow("News > Science > Climate")]
    [DataRow("Sport » Football » Premier League")]
    [DataRow("World › Europe")]
    [DataRow("World / Europe / Politics")]
    [DataRow("Business > Markets > Oil Prices Climb as Supply Talks Stall")]
    public void BreadcrumbTrailsWithoutAHomeStepAreBreadcrumbs(string line) =>
        Assert.IsTrue(MtQuality.Core.Rules.Boilerplate.NavigationRule.IsBreadcrumb(line), line);

    [TestMethod]
    [DataRow("Tom / Jerry")]
    [DataRow("Sales > forecast")]
    [DataRow("Revenue > costs, the board said")]
    [DataRow("Temperatures > 40C expected in the south")]
    [DataRow("Input/Output")]
    [DataRow("The Mayor of Lyon Met the Regional Council > Transport")]
    [DataRow("News >")]
    public void OtherLinesWithPathSeparatorsAreNot(string line) =>
        Assert.IsFalse(MtQuality.Core.Rules.Boilerplate.NavigationRule.IsBreadcrumb(line), line);

    [TestMethod]
    public void ABreadcrumbAboveTheHeadlineIsNavigationAndTheHeadlineStays()
    {
        var kinds = Kinds("Markets > Commodities > Grain\n\nCouncil Opens the New Rail Line to Passengers\n\n" + Prose + "\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[0], "the breadcrumb");
        Assert.AreEqual(LineKind.Content, kinds[2], "the headline");
    }
    [TestMethod]
    [DataRow("Exports rose 12 percent in the year to October, the customs office said. (Reuters)", true)]
    [DataRow("Exports rose 12 percent in the year to October. (END)", true)]
    [DataRow("Exports rose 12 percent in the year to October. (完)", true)]
    [DataRow("Exports rose 12 percent in the year to October (see chart)", false)]
    [DataRow("Exports rose 12 percent in the year to October. (Figures are provisional and may be revised)", false)]
    public void AWireEndTagAfterTheLastSentenceStillEndsTheSentence(string line, bool want) =>
        Assert.AreEqual(want, LineFeatureExtractor.EndsWithTerminal(line), line);

    [TestMethod]
    public void AClosingParagraphWithAWireEndTagIsKept()
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\nData showed that in the first ten months the value of rail freight reached 312 million tonnes, up 12.5 percent, among which coal and grain accounted for 41 percent. (END)\n\nShare to: Mail | Print");
        Assert.AreEqual(LineKind.Content, kinds[6], "the last paragraph");
        Assert.AreEqual(LineKind.Boilerplate, kinds[8], "the share row");
    }

    [TestMethod]
    public void ALabelledTeaserInsideTheStoryIsDroppedAndTheStoryGoesOn()
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\nRead also: Night buses will run every ten minutes on the busiest routes from the first of March\n\nHow the new timetable works\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[4], "the labelled teaser");
        Assert.AreEqual(LineKind.Content, kinds[6], "the story's subheading");
        Assert.AreEqual(LineKind.Content, kinds[8], "the paragraph after it");
    }

    [TestMethod]
    [DataRow("※This story was machine translated from Korean. The Korean text applies.")]
    [DataRow("This article has been translated automatically from Spanish.")]
    public void AMachineTranslationNoticeIsACredit(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\n" + line);
        Assert.AreEqual(LineKind.Boilerplate, kinds[6], line);
    }

    [TestMethod]
    [DataRow("The session lasted almost five hours.")]
    [DataRow("Hallabong shipments begin later this month.")]
    [DataRow("The new line opens next spring.")]
    [DataRow("Work starts in March.")]
    public void AShortClosingClauseBeforeForeignFurnitureStays(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\n" + line + "\n\nПоділитися: Facebook · Telegram · Viber\n\nОстанні новини");
        Assert.AreEqual(LineKind.Content, kinds[6], line);
    }

    [TestMethod]
    [DataRow("Sign up for our daily newsletter.")]
    [DataRow("Weekend weather forecast, Bendigo and district.")]
    [DataRow("Council notices, tenders and public consultations.")]
    public void AShortLineWithoutAFiniteVerbAfterItsSubjectIsNotKeptByThatRule(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\n" + line + "\n\nПоділитися: Facebook · Telegram · Viber\n\nОстанні новини");
        Assert.AreEqual(LineKind.Boilerplate, kinds[6], line);
    }

    [TestMethod]
    public void TheStorysLastShortSentencesStayTogether()
    {
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\nWork starts in March.\n\nThe tariff has not yet been set.\n\nRelated: Town centre car park charges to rise in January");
        Assert.AreEqual(LineKind.Content, kinds[6], "the first short sentence");
        Assert.AreEqual(LineKind.Content, kinds[8], "the second, kept through the first");
        Assert.AreEqual(LineKind.Boilerplate, kinds[10], "the related link");
    }

    [TestMethod]
    public void AHeadlineAboveItsDeckStays()
    {
        var kinds = Kinds("UmbriaOggi.it\n\nHome » Politica » Regione\n\nNight trains, a fight at the council over the rail line\n\nThe majority wants to cut the fare to two euros while the opposition threatens to collect signatures against it\n\ndi Chiara Benedetti | 16/10/2025\n\n" + Prose + "\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[2], "the breadcrumb");
        Assert.AreEqual(LineKind.Content, kinds[4], "the headline");
        Assert.AreEqual(LineKind.Content, kinds[6], "the deck");
        Assert.AreEqual(LineKind.Boilerplate, kinds[8], "the byline");
    }
}
