using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Boilerplate;

/// <summary>Teaser headlines under an inline related-links heading, and date lines with a time or a label.</summary>
[TestClass]
public sealed class TeaserAndDateLineTests
{
    private const string Prose = StoryPage.Prose;

    private const string Prose2 = StoryPage.Prose2;

    private const string Prose3 = StoryPage.Prose3;

    private static IReadOnlyList<LineKind> Kinds(string text) => StoryPage.Kinds(text);

    [TestMethod]
    public void AHeadlineUnderAnInlineRelatedHeadingIsBoilerplate()
    {
        var kinds = Kinds(Prose + "\n\nRelated\n\nCity Council Votes to Extend the Night Bus Network\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Boilerplate, kinds[2], "the heading");
        Assert.AreEqual(LineKind.Boilerplate, kinds[4], "the teaser headline");
        Assert.AreEqual(LineKind.Content, kinds[6]);
    }

    [TestMethod]
    public void ASentenceUnderARelatedHeadingStays()
    {
        var kinds = Kinds(Prose + "\n\nRelated\n\nThe bus network will also grow, the council said.\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Content, kinds[4]);
    }

    [TestMethod]
    public void ThePageHeadlineUnderATopSectionHeadingStays()
    {
        var kinds = Kinds("More News\n\nCouncil Opens the New Rail Line to Passengers\n\n" + Prose + "\n\n" + Prose2);
        Assert.AreEqual(LineKind.Content, kinds[2]);
    }

    [TestMethod]
    public void AHeadlineAfterAnOrdinaryHeadingStays()
    {
        var kinds = Kinds(Prose + "\n\nThe Tunnel\n\nWork Resumes on the Eastern Section\n\n" + Prose2 + "\n\n" + Prose3);
        Assert.AreEqual(LineKind.Content, kinds[4]);
    }

    [TestMethod]
    [DataRow("12 June 2019 • 4:05pm")]
    [DataRow("Friday, 12 June 2020 – 9:30am")]
    [DataRow("posted Jun 12, 2019 at 16:05")]
    [DataRow("Revised: 12/06/2019 16:05")]
    public void DateAndTimeLinesAreBoilerplate(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + line + "\n\n" + Prose2);
        Assert.AreEqual(LineKind.Boilerplate, kinds[2], line);
    }

    [TestMethod]
    public void ALabelIsBoilerplateOnlyWhenItsValueIsADate()
    {
        var dated = Kinds(Prose + "\n\nDate of issue:\n\n12 June 2019\n\n" + Prose2);
        Assert.AreEqual(LineKind.Boilerplate, dated[2]);
        var listed = Kinds(Prose + "\n\nBring along:\n\nTwo tickets and a valid photo card for each traveller.\n\n" + Prose2);
        Assert.AreEqual(LineKind.Content, listed[2]);
    }

    [TestMethod]
    [DataRow("The line opened on 12 June 2019 at 4:05pm.")]
    [DataRow("Trains leave every ten minutes from 6:30.")]
    public void SentencesWithADateStay(string line)
    {
        var kinds = Kinds(Prose + "\n\n" + line + "\n\n" + Prose2);
        Assert.AreEqual(LineKind.Content, kinds[2], line);
    }

    [TestMethod]
    public void AMetadataLineOfLabelsWithADateIsBoilerplate()
    {
        var kinds = Kinds(Prose + "\n\nPosted : 03/04/2022 Section : Local news\n\n" + Prose2);
        Assert.AreEqual(LineKind.Boilerplate, kinds[2]);
        var plain = Kinds(Prose + "\n\nNote: the hall reopens on 3 March 2025 after the works.\n\n" + Prose2);
        Assert.AreEqual(LineKind.Content, plain[2]);
    }

    [TestMethod]
    [DataRow("ExampleNews.com", true)]
    [DataRow("www.example-gazette.co.uk", true)]
    [DataRow("Node.js", false)]
    [DataRow("ASP.NET", false)]
    [DataRow("Read the full report at example.com", false)]
    public void ALineThatIsOnlyADomainNameIsASourceCredit(string line, bool boilerplate)
    {
        var kinds = Kinds(Prose + "\n\n" + line + "\n\n" + Prose2);
        Assert.AreEqual(boilerplate ? LineKind.Boilerplate : LineKind.Content, kinds[2], line);
    }

    [TestMethod]
    public void AHardWrappedParagraphAfterTheArticleIsKept()
    {
        var wrapped = "The depot was built in the spring of the year when the old line\nwas closed, and for a long time it stood empty while the council\nargued about what it should be used for and who would pay for it\nuntil a local theatre group asked to rent it for the summer season.";
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + wrapped);
        Assert.AreEqual(LineKind.Content, kinds[4]);
        Assert.AreEqual(LineKind.Content, kinds[5]);
        Assert.AreEqual(LineKind.Content, kinds[6]);
    }

    [TestMethod]
    public void ShortLinesThatDoNotCarryOnAreStillFurniture()
    {
        var menu = "Home and garden news for you\nSports results and fixtures today\nWeather forecast for the weekend";
        var kinds = Kinds(Prose + "\n\n" + Prose2 + "\n\n" + menu);
        Assert.AreEqual(LineKind.Boilerplate, kinds[4]);
        Assert.AreEqual(LineKind.Boilerplate, kinds[6]);
    }
}
