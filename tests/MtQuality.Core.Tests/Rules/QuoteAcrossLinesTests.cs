using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// A quotation broken across two lines (hard-wrapped text, a line break inside a dialogue box or a table cell) is
/// opened on one line and closed on the next: one quotation, not an unclosed one and an orphan closing mark.
/// </summary>
[TestClass]
public sealed class QuoteAcrossLinesTests
{
    private const string Before =
        "The mayor spoke at length on Monday about the budget and the plans for the coming year in the city.\n";

    private const string After =
        "\nThe opposition said the plan would cost more than the city could afford over the next few years.\n";

    private static int Unbalanced(string text) =>
        new ArticleAnalyzer().Analyze(new Article("a", text)).Findings.Count(f => f.RuleId == "MT0004");

    [TestMethod]
    public void QuotationClosedOnTheNextLineIsOneQuotation() =>
        Assert.AreEqual(0, Unbalanced(Before +
            "She told the council: “The rain is really loud on the metal roof of the hall.\n" +
            "It is soothing, though, and we will fix it next year.”\n" + After));

    [TestMethod]
    public void NextLineThatOpensBeforeItClosesLeavesTheFirstQuotationOpen() =>
        Assert.AreEqual(1, Unbalanced(Before +
            "She told the council: “The rain is really loud on the metal roof of the hall.\n" +
            "He said: “It is soothing, though, and we will fix it next year.”\n" + After));

    [TestMethod]
    public void OrphanClosingWithNoQuotationOpenAboveIsStillFlagged() =>
        Assert.AreEqual(1, Unbalanced(Before +
            "She told the council the rain is really loud on the metal roof of the hall.\n" +
            "It is soothing, though, and we will fix it next year.”\n" + After));
}
