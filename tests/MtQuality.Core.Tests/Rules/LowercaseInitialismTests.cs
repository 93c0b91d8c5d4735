using MtQuality.Core.Analysis;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>lowercase-proper-noun's bracketed initialism: lower-case letters that are the initials of the capitalised name before them, and brackets that are not.</summary>
[TestClass]
public sealed class LowercaseInitialismTests
{
    private static List<string> Flagged(string text) =>
        new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["MT0001"] }).Analyze(new Article("a", text)).Findings.Select(f => text[f.Span.Start..f.Span.End]).ToList();

    [TestMethod]
    [DataRow("The Department of Health (doh) said so.", "doh")]
    [DataRow("The Department of Health (dh) said so.", "dh")]
    [DataRow("The Port Authority of Valencia (apv) said so.", "apv")]
    [DataRow("Residents asked the City Water Company (cwc) for help.", "cwc")]
    public void AnInitialismOfTheNameBeforeItInLowerCaseIsFlagged(string text, string flagged) =>
        CollectionAssert.AreEqual(new[] { flagged }, Flagged(text));

    [TestMethod]
    [DataRow("The Department of Health (DOH) said so.")]
    [DataRow("The track is 400 metres (m) long and the Grand Canal (km) too.")]
    [DataRow("Download the Annual Report (pdf) here.")]
    [DataRow("He wrote to Health (h) on Monday.")]
    [DataRow("The water company (wc) said so, and the City Water Company (cw) agreed.")]
    [DataRow("The Port Authority of Valencia (pav-2) said so.")]
    public void OtherBracketsAreLeftAlone(string text) =>
        Assert.IsEmpty(Flagged(text));
}
