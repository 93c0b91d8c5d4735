using MtQuality.Core.Analysis;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Rules.Boilerplate;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Boilerplate;

/// <summary>
/// A story's last lines around a picture: the caption and its credit set between paragraphs, closing sentences after
/// them, three-word closing clauses, an inline related link in a script without spaces, and a breadcrumb that names
/// the story's town. The examples are made up.
/// </summary>
[TestClass]
public sealed class CaptionAndClosingTests
{
    private const string Prose = StoryPage.Prose;

    private const string Prose2 = StoryPage.Prose2;

    private const string Prose3 = StoryPage.Prose3;

    private const string Head = "Riverside Gazette\n\nCouncil opens the new rail line to passengers\n\n";

    private static IReadOnlyList<LineKind> Kinds(string text) => StoryPage.Kinds(text);

    [TestMethod]
    [DataRow("Photo: Jane Roe")]
    [DataRow("File photo: Reuters")]
    [DataRow("Foto: archiv města")]
    [DataRow("Фото: пресслужба міської ради")]
    [DataRow("Φωτογραφία: Κρητική Ματιά")]
    [DataRow("写真：共同通信")]
    [DataRow("ภาพ: สำนักข่าว")]
    [DataRow("عکس: خبرگزاری")]
    [DataRow("Courier photo by Jane Roe")]
    [DataRow("Photo by Jane Roe/AP")]
    [DataRow("Photo courtesy of the city council")]
    public void PictureCreditsAreCredits(string line) => Assert.IsTrue(BylineWidgetRule.IsPictureCredit(line), line);

    [TestMethod]
    [DataRow("Photo: Firefighters clear debris from the roof of the market")]
    [DataRow("File photo: Boats moored at the club on Wednesday.")]
    [DataRow("Photo opportunities: the mayor cut the ribbon and the crowd cheered for the new line at noon")]
    [DataRow("The photo by the river won the prize, the jury said.")]
    [DataRow("Workers inspect the bridge on Friday.")]
    [DataRow("Photography")]
    public void CaptionsAndSentencesAreNotCredits(string line) => Assert.IsFalse(BylineWidgetRule.IsPictureCredit(line), line);

    [TestMethod]
    [DataRow("Minh Khôi | 14/10/2025 07:15 (GMT+7)", true)]
    [DataRow("Anna Berg · 12.11.2026, 09:14", true)]
    [DataRow("Jan van der Berg — 09:30", false)]
    [DataRow("Bridge closes for repairs | 14/10/2025", false)]
    [DataRow("Home | News | Sport", false)]
    [DataRow("Anna Berg | Riverside Gazette", false)]
    public void ANameAndATimeStampIsAByline(string line, bool byline) => Assert.AreEqual(byline, BylineWidgetRule.IsNameStampLine(line), line);

    [TestMethod]
    public void ACaptionAndTheClosingSentencesAfterItsCreditStay()
    {
        var kinds = Kinds(Head + Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\nCommuters on the platform of the old station.\n\nFoto: archiv\n\n" +
                          "The first trains run in May.\n\nEntry is free.\n\nShare: Facebook | X | Email");
        Assert.AreEqual(LineKind.Content, kinds[10], "a verbless caption above a credit");
        Assert.AreEqual(LineKind.Boilerplate, kinds[12], "the credit");
        Assert.AreEqual(LineKind.Content, kinds[14], "a closing sentence after the credit");
        Assert.AreEqual(LineKind.Content, kinds[16], "a three-word closing clause");
        Assert.AreEqual(LineKind.Boilerplate, kinds[18], "the share row");
    }

    [TestMethod]
    public void AnAdLabelInsideTheStoryDoesNotEndIt()
    {
        var kinds = Kinds(Head + Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\nAdvertisement\n\nTickets go on sale next week.\n\nTags: rail, council");
        Assert.AreEqual(LineKind.Boilerplate, kinds[10], "the ad label");
        Assert.AreEqual(LineKind.Content, kinds[12], "a short closing sentence after the label");
    }

    [TestMethod]
    [DataRow("Comments are closed.")]
    [DataRow("All rights reserved.")]
    [DataRow("Home News Sport.")]
    public void ThreeWordFurnitureAfterTheStoryIsDropped(string line)
    {
        var kinds = Kinds(Head + Prose + "\n\n" + Prose2 + "\n\n" + Prose3 + "\n\n" + line);
        Assert.AreEqual(LineKind.Boilerplate, kinds[10], line);
    }

    [TestMethod]
    public void AnInlineLinkInAScriptWithoutSpacesIsNotTheEndOfTheStory()
    {
        var kinds = Kinds(Head + Prose + "\n\n" + Prose2 + "\n\n関連記事：市議会、新しい鉄道路線の開業日を発表\n\n" + Prose3 + "\n\nThe line's name will be chosen by the public in a vote next March.");
        Assert.AreEqual(LineKind.Boilerplate, kinds[8], "the related link");
        Assert.AreEqual(LineKind.Content, kinds[10], "the paragraph after it");
        Assert.AreEqual(LineKind.Content, kinds[12], "the closing sentence");
    }

    [TestMethod]
    public void ABreadcrumbNamingTheTownIsNotTheHeadline()
    {
        var kinds = Kinds("Riverside Gazette\n\nHome › Region › Millbrook\n\nMillbrook: rail line opens to passengers in spring\n\n" +
                          "The regional council in Millbrook said on Monday that the rail line would open in the spring, after years of delays and rising costs.\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[2], "the breadcrumb");
        Assert.AreEqual(LineKind.Content, kinds[4], "the headline");
    }
}
