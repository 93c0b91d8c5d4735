using MtQuality.Core.Analysis;
using MtQuality.Core.Rules.Translation;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>Marks and number formats of other typographies in English (source-punctuation, wrong-quote-mark, glued-words): made-up sentences.</summary>
[TestClass]
public sealed class SourceMarksTests
{
    private const string English =
        "The regional council said on Monday that the new rail line would open to passengers in the spring, after years of delays.\n";

    private static List<string> Found(string rule, string text)
    {
        var full = English + text + "\n" + English;
        return new ArticleAnalyzer(AnalysisOptions.Default with { Select = [rule] }).Analyze(new Article("a", full))
            .Findings.Select(f => full[f.Span.Start..f.Span.End]).ToList();
    }

    [TestMethod]
    [DataRow('，')]
    [DataRow('：')]
    [DataRow('；')]
    [DataRow('、')]
    [DataRow('،')]
    [DataRow('؛')]
    [DataRow('٪')]
    public void CjkAndArabicMarksAreForeign(char c) => Assert.IsTrue(SourcePunctuationRule.IsForeignMark(c));

    [TestMethod]
    [DataRow(',')]
    [DataRow('「')]
    [DataRow('」')]
    [DataRow('—')]
    [DataRow('%')]
    public void EnglishMarksAndCornerBracketsAreNot(char c) => Assert.IsFalse(SourcePunctuationRule.IsForeignMark(c));

    [TestMethod]
    [DataRow("The commune will spend 1\u00a0450\u00a0000 zł on the programme from its own budget.", "1\u00a0450\u00a0000")]
    [DataRow("The commune will spend 1\u202f450\u202f000 zł on the programme from its own budget.", "1\u202f450\u202f000")]
    [DataRow("The company will pay 2 300 euros to each of the families this year.", "2 300")]
    [DataRow("The town will plant 1 250 000 trees along the river over the next decade.", "1 250 000")]
    public void SpaceGroupedThousandsAreFlagged(string sentence, string span) => CollectionAssert.AreEqual(new[] { span }, Found("MT0029", sentence));

    [TestMethod]
    [DataRow("The lab reported that 1 431 tests came back negative on Thursday evening.")]
    [DataRow("The ship carried an average cargo of 15 000 pounds on the route last year.")]
    [DataRow("Call the council on 0800 123 456 if the bins are not collected this week.")]
    public void OneGroupOrAPhoneNumberIsNot(string sentence) => Assert.AreEqual(0, Found("MT0029", sentence).Count);

    [TestMethod]
    public void ArabicCommaAmongArabicWordsIsNot() =>
        Assert.AreEqual(0, Found("MT0029", "The banner outside the hall read مرحبا، أهلا in large green letters for the visitors.").Count);

    [TestMethod]
    public void GuillemetsAroundANameInAnEnglishSentenceAreFlagged() =>
        CollectionAssert.AreEqual(new[] { "«Spartak" }, Found("MT0005", "The fans of «Spartak» waited outside the stadium for the players to arrive."));

    [TestMethod]
    public void TheFunctionWordGluedToAYearIsFlagged() =>
        CollectionAssert.AreEqual(new[] { "Since2021" }, Found("EX0001", "Since2021 the mayor has opened three new schools in the northern districts."));
}
