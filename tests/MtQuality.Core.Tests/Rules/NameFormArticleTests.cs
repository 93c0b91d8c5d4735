using MtQuality.Core.Analysis;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>inconsistent-name-form over short articles: the name-order, one-letter and two-letter-spelling mechanisms, and names they must leave alone.</summary>
[TestClass]
public sealed class NameFormArticleTests
{
    private static List<string> Flagged(string text) =>
        new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["MT0011"] }).Analyze(new Article("a", text)).Findings.Select(f => text[f.Span.Start..f.Span.End]).ToList();

    [TestMethod]
    public void TheRarerOrderOfTwoNamesIsFlagged() =>
        CollectionAssert.AreEqual(new[] { "Nagy Bence" }, Flagged("Bence Nagy opened the mill.\nThe harvest was poor, said Nagy Bence on Monday.\nBence Nagy's sons run it now."));

    [TestMethod]
    public void TwoNamesInBothOrdersAsOftenAreLeftAlone() =>
        Assert.IsEmpty(Flagged("Bence Nagy opened the mill.\nThe harvest was poor, said Nagy Bence on Monday."));

    [TestMethod]
    public void APairInsideALongerNameIsNotTheRarerOrder() =>
        Assert.IsEmpty(Flagged("Jordan Henderson scored.\nJordan Henderson left.\nThe Henderson Jordan Trust paid for it."));

    [TestMethod]
    public void ASurnameAloneOneLetterApartIsFlaggedOnlyWhenRarerAndNeverWithAFirstName()
    {
        CollectionAssert.AreEqual(new[] { "Harksema" }, Flagged("Ineke Harkema closed the trail.\nHarkema said the bridge is unsafe.\nAccording to Harksema, repairs take a month."));
        Assert.IsEmpty(Flagged("Ineke Harkema closed the trail.\nAccording to Harksema, repairs take a month."));
        Assert.IsEmpty(Flagged("Ineke Harkema closed the trail.\nHarkema said the bridge is unsafe.\nJoost Harksema disagreed, and Harksema left."));
        Assert.IsEmpty(Flagged("According to Harksema, repairs take a month.\nIneke Harkema closed the trail.\nHarkema said the bridge is unsafe."));
    }

    [TestMethod]
    public void ALetterAndItsTwoLetterSpellingAreOneName()
    {
        CollectionAssert.AreEqual(new[] { "Djukic" }, Flagged("Zoran Đukić opened the market.\nĐukić thanked the traders.\nLater Djukic promised a roof."));
        CollectionAssert.AreEqual(new[] { "Mueller" }, Flagged("Anna Müller won.\nMüller thanked her coach, and Mueller left."));
        Assert.IsEmpty(Flagged("Zoran Đukić opened the market.\nĐukić thanked the traders, and Dukat sold wine."));
    }
}
