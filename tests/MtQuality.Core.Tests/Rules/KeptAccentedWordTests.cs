using MtQuality.Core.Analysis;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>untranslated-fragment's kept lower-case word with a diacritic of another Latin alphabet: made-up sentences.</summary>
[TestClass]
public sealed class KeptAccentedWordTests
{
    private static List<string> Flagged(string text) =>
        new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["MT0017"] }).Analyze(new Article("a", text)).Findings.Select(f => text[f.Span.Start..f.Span.End]).ToList();

    [TestMethod]
    public void AfterAQuotationTheSentenceClosesTheWordIsStillSeen() =>
        CollectionAssert.AreEqual(new[] { "líceum" }, Flagged("« Nobody asked us », says a father of two pupils at the líceum in the town."));

    [TestMethod]
    public void InsideAQuotationOpenedEarlierTheWordIsLeftAlone() =>
        Assert.IsEmpty(Flagged("“We waited all year. The líceum in the town was closed for good,” says a father."));

    [TestMethod]
    public void AWordTheArticleKeepsUsingIsATerm() =>
        Assert.IsEmpty(Flagged("The pupils of the líceum went home.\nThe líceum will open in May, and parents are glad."));

    [TestMethod]
    public void LoanwordsAndMacronsAreEnglish() =>
        Assert.IsEmpty(Flagged("The café served a soufflé to the protégé, and the whānau of the kaumātua thanked the naïve waiter."));
}
