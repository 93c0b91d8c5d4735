using MtQuality.Core.Rules;
using MtQuality.Core.Rules.Translation;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// Closed-class constructions of translated English: a verb in a noun's slot ("the reduce of"), a percent sign
/// before its number ("%71.6"), the impersonal passive after "In the statement", "also" before a bare plural
/// object, and the calque rows with number and subject slots.
/// </summary>
[TestClass]
public sealed class GrammarConstructionTests
{
    private static string[] Flagged(IRule rule, string text)
    {
        var context = new AnalysisContext(new Article("t", text, site: "example.org"));
        var findings = new List<Finding>();
        rule.Analyze(context, findings);
        return findings.Select(f => text[f.Span.Start..f.Span.End]).ToArray();
    }

    [TestMethod]
    public void VerbBetweenDeterminerAndOfIsFlagged()
    {
        CollectionAssert.AreEqual(new[] { "the reduce of" }, Flagged(new DeterminerVerbOfRule(), "The government announced measures for the reduce of public spending."));
        CollectionAssert.AreEqual(new[] { "its establish of" }, Flagged(new DeterminerVerbOfRule(), "The ministry announced its establish of a new agency."));
    }

    [TestMethod]
    public void NounsVerbsWithoutDeterminerAndReVerbsAreClean()
    {
        Assert.IsEmpty(Flagged(new DeterminerVerbOfRule(), "The reduction of public spending and a restart of the talks were agreed."));
        Assert.IsEmpty(Flagged(new DeterminerVerbOfRule(), "All that remain of the old town are two walls; they reduce of course the risk."));
        Assert.IsEmpty(Flagged(new DeterminerVerbOfRule(), "The reveal of the logo came after the download of the file."));
    }

    [TestMethod]
    public void PercentSignBeforeTheNumberIsFlaggedOutsideUrlsAndCode()
    {
        var rule = new SourcePunctuationRule();
        CollectionAssert.AreEqual(new[] { "%71.6" }, Flagged(rule, "The annual consumer inflation, which was %71.6 in June, is expected to fall."));
        Assert.IsEmpty(Flagged(rule, "Open example.com/search?q=a%20b and the discount of 20% applies to all of the tickets sold today."));
        Assert.IsEmpty(Flagged(rule, "The format string %5d prints the number and the rate was 71.6% in the month of June."));
    }

    [TestMethod]
    public void DecimalCommaAndSpacedPercentSignAreFlaggedInFigures()
    {
        var rule = new SourcePunctuationRule();
        CollectionAssert.AreEqual(new[] { "4,25" }, Flagged(rule, "The central bank raised its key rate to 4,25% on Thursday, the statement said."));
        CollectionAssert.AreEqual(new[] { "1.234,5" }, Flagged(rule, "The company reported sales of 1.234,5 million in the last quarter of the year."));
        CollectionAssert.AreEqual(new[] { " %" }, Flagged(rule, "Unemployment in the region fell to 7 % in the second quarter of the year."));
        Assert.IsEmpty(Flagged(rule, "The company sold 1,250 cars and 12,500 million shares; the vote was 3,2 in the end and 7% in the polls."));
    }

    [TestMethod]
    public void PassiveWithItsSubjectAfterATimeAdverbIsFlagged()
    {
        var rule = new LiteralTranslationRule();
        CollectionAssert.AreEqual(new[] { "Tonight will be played the" }, Flagged(rule, "Tonight will be played the final between the two clubs in Milan."));
        CollectionAssert.AreEqual(new[] { "Tomorrow is foreseen the" }, Flagged(rule, "Tomorrow is foreseen the second rest day of the race."));
        Assert.IsEmpty(Flagged(rule, "Tonight will be the final. Yesterday was named the worst day of the year. Today was a good day."));
    }

    [TestMethod]
    public void StatementFollowedByImpersonalPassiveIsFlagged()
    {
        var rule = new LiteralTranslationRule();
        CollectionAssert.AreEqual(new[] { "In a written statement, it was noted that" },
            Flagged(rule, "In a written statement, it was noted that the talks will resume next week."));
        Assert.IsEmpty(Flagged(rule, "In a statement, the ministry said that the talks will resume; it was noted that the envoy had left."));
        Assert.IsEmpty(Flagged(rule, "In the statement's final paragraph, the ministry said it was stated that the talks would resume."));
    }

    [TestMethod]
    public void CalqueSlotsMatchNumbersPercentagesAndSubjects()
    {
        var rule = new LiteralTranslationRule();
        CollectionAssert.AreEqual(new[] { "realized as %4.5" }, Flagged(rule, "Inflation realized as %4.5 in March, the institute said."));
        CollectionAssert.AreEqual(new[] { "over past 10 years" }, Flagged(rule, "Prices doubled over past 10 years in the capital."));
        CollectionAssert.AreEqual(new[] { "not exclude that they" }, Flagged(rule, "The minister did not exclude that they would meet again."));
        Assert.IsEmpty(Flagged(rule, "The minister did not exclude that option, and prices doubled over the past 10 years."));
    }

    [TestMethod]
    public void AlsoBeforeABarePluralObjectIsFlaggedButNotBeforeANewSubject()
    {
        var rule = new MisplacedAdverbRule();
        CollectionAssert.AreEqual(new[] { "attract also tourists" }, Flagged(rule, "The new museum will attract also tourists from abroad."));
        Assert.IsEmpty(Flagged(rule, "The new museum will also attract tourists from abroad."));
    }
}
