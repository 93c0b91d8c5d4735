using MtQuality.Core.Analysis;
using MtQuality.Core.Text;
using MtQuality.Core.Rules;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// A sentence left in another language is reported once, by untranslated-fragment: the English rules' findings that
/// fall inside it (a Spanish word taken for a lower-case acronym) are not reported beside it,
/// while their findings elsewhere in the article are.
/// </summary>
[TestClass]
public sealed class UntranslatedSentenceFindingsTests
{
    private const string English =
        "The minister thanked the union to support His reform And said talks would resume on Monday.\n\n";

    // "un" (Spanish "a") is the lower-case form of an acronym to lowercase-proper-noun.
    private const string Spanish =
        "Según el ministro, la economía española crecerá un dos por ciento este año y el paro bajará en la región.\n\n";

    [TestMethod]
    public void FindingsInsideTheForeignSentenceAreDropped()
    {
        var text = English + Spanish + "The talks will resume in Geneva next week, officials said.\n";
        var v = new ArticleAnalyzer().Analyze(new Article("t", text));
        var foreign = v.Findings.Single(f => f.RuleId == RuleIds.UntranslatedFragment);
        Assert.IsFalse(
            v.Findings.Any(f => f.RuleId != RuleIds.UntranslatedFragment && f.Span.Start >= foreign.Span.Start && f.Span.End <= foreign.Span.End),
            string.Join("; ", v.Findings.Select(f => $"{f.RuleId} {f.Evidence}")));
        Assert.AreEqual(0, v.Findings.Count(f => f.RuleId == RuleIds.LowercaseProperNoun));
        // The English sentence's own findings stay.
        Assert.IsTrue(v.Findings.Any(f => f.Span.End <= English.Length && f.RuleId == RuleIds.MidsentenceCapital), string.Join("; ", v.Findings.Select(f => $"{f.RuleId} {f.Evidence}")));
    }

    [TestMethod]
    public void WithoutAForeignSentenceTheSameWordsAreStillFlagged()
    {
        var v = new ArticleAnalyzer().Analyze(new Article("t", English + "The un envoy said the talks will resume in Geneva next week.\n"));
        Assert.IsFalse(v.Findings.Any(f => f.RuleId == RuleIds.UntranslatedFragment));
        Assert.IsTrue(v.Findings.Any(f => f.RuleId == RuleIds.MidsentenceCapital));
        Assert.IsTrue(v.Findings.Any(f => f.RuleId == RuleIds.LowercaseProperNoun));
    }
}
