using MtQuality.Core.Rules;
using MtQuality.Core.Rules.Translation;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>Repetitions English makes on purpose (iterative coordination, a title opening with "The") against duplicated words.</summary>
[TestClass]
public sealed class RepeatedPhraseIntensifierTests
{
    private static string[] Flagged(string text)
    {
        var context = new AnalysisContext(new Article("t", text, site: "example.org"));
        var findings = new List<Finding>();
        new RepeatedPhraseRule().Analyze(context, findings);
        return findings.Select(f => text[f.Span.Start..f.Span.End]).ToArray();
    }

    [TestMethod]
    public void IterativeCoordinationIsAnIntensifier() =>
        Assert.IsEmpty(Flagged("He played the record over and over and over, and she read it again and again and again."));

    [TestMethod]
    public void RepeatedCoordinatedPhraseAfterAnotherWordIsFlagged() =>
        CollectionAssert.AreEqual(new[] { "and the union and the union" },
            Flagged("Ukraine is not ready to join the bloc and the union and the union, officials said."));

    [TestMethod]
    public void ArticleBeforeATitleThatOpensWithTheIsNoDoubling()
    {
        Assert.IsEmpty(Flagged("The charm was found in the The Standard Book of Spells series."));
        CollectionAssert.AreEqual(new[] { "the the" }, Flagged("They went to the the station on Monday."));
    }
}
