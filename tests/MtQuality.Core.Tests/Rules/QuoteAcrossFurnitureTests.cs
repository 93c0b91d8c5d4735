using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// A quotation that runs over several paragraphs leaves each paragraph open and reopens the next one; page
/// furniture scraped in between (a photo caption, a "Read more" link) must not break that convention.
/// </summary>
[TestClass]
public sealed class QuoteAcrossFurnitureTests
{
    private const string Opening =
        "The mayor spoke at length on Monday about the budget and the plans for the coming year in the city.\n\n" +
        "“We will not stop here. We will go on until the end of the year, whatever it costs us.\n\n";

    private const string Closing =
        "“Nobody can stop us now,” she said after the vote on the new budget in the council.\n\n" +
        "The opposition said the plan would cost more than the city could afford over the next few years.\n\n" +
        "A final vote on the budget is expected in the council before the end of the month, officials said.\n";

    private static int Unbalanced(string text) =>
        new ArticleAnalyzer().Analyze(new Article("a", text)).Findings.Count(f => f.RuleId == "MT0004");

    [TestMethod]
    public void FurnitureBetweenParagraphsOfOneQuotationIsSkipped()
    {
        var text = Opening + "Read more\n\n" + Closing;
        var verdict = new ArticleAnalyzer().Analyze(new Article("a", text));
        Assert.AreEqual(LineKind.Boilerplate, verdict.LineKinds[4], "the test needs 'Read more' classified as furniture");
        Assert.AreEqual(0, Unbalanced(text));
    }

    [TestMethod]
    public void AQuotationNeverReopenedIsStillFlagged()
    {
        var text = Opening + "Read more\n\n" + Closing.TrimStart('“').Replace("now,”", "now,", StringComparison.Ordinal);
        Assert.AreEqual(1, Unbalanced(text));
    }
}
