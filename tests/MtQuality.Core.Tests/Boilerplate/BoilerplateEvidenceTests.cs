using MtQuality.Core.Analysis;
using MtQuality.Core.Boilerplate;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Model;
using MtQuality.Core.Rules.Boilerplate;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Boilerplate;

[TestClass]
public sealed class BoilerplateEvidenceTests
{
    private const string Prose =
        "The regional council said on Monday that the new rail line would open to passengers in the spring, after years of delays and rising costs that had angered commuters.";

    private const string Prose2 =
        "Officials expect about forty thousand people to use the line every day once the last stations are finished, and they hope it will ease traffic in the city centre.";

    [TestMethod]
    public void StreamingFingerprintEqualsTheHashOfTheNormalisedLine()
    {
        foreach (var line in new[] { "", "  ", "Home", "  Share  on   Facebook!! ", "Price: 4,50 € (2024)", "ÉTÉ à Paris — 12h30", "a\tb\nc" })
        {
            var norm = LineFingerprint.Normalize(line);
            ulong h = 14695981039346656037UL;
            foreach (char c in norm)
            {
                h ^= c;
                h *= 1099511628211UL;
            }

            var expected = norm.Length == 0 ? string.Empty : h.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            Assert.AreEqual(expected, LineFingerprint.Of(line), line);
        }
    }

    [TestMethod]
    public void WordRangesSplitLikeTheTokenizer()
    {
        var line = "Don't stop—the well-known  café's 3.5 items";
        var words = new List<string>();
        foreach (var r in LineFeatureExtractor.WordRanges(line))
            words.Add(line[r]);
        CollectionAssert.AreEqual(new[] { "Don't", "stop", "the", "well-known", "café's", "3", "5", "items" }, words);
    }

    [TestMethod]
    public void LongLinesKeepCountsButNoNormalisedCopy()
    {
        var line = string.Concat(Enumerable.Repeat("word and more words of the line ", 50));
        var f = LineFeatureExtractor.Extract(0, line);
        Assert.AreEqual(350, f.Words);
        Assert.AreEqual(string.Empty, f.Normalized);
        Assert.AreEqual(LineFingerprint.Of(line), f.Fingerprint);
    }

    [TestMethod]
    public void PhraseSetsMatchContainedPhrasesAtWordBoundariesOnly()
    {
        var set = FurnitureLexicon.Instance.For(["reader-prompt"]);
        Assert.IsNotNull(set.Match("never mind, just sign up for our briefing"));
        Assert.IsNull(set.Match("they design up for our briefing"));
        Assert.IsNull(set.Match("the council met on monday"));
    }

    [TestMethod]
    public void AGermanPageIsJudgedWithGermanStopwords()
    {
        var german = "Die Stadt hat am Montag beschlossen, dass die neue Bahnlinie im Frühjahr für die Fahrgäste geöffnet wird, nachdem es über viele Jahre zu Verzögerungen kam.";
        var page = new PageContext(new Article("de", german + "\n\n" + german.Replace("Montag", "Dienstag")), EmptyCorpusModel.Instance, false);
        Assert.IsNotNull(page.Stoplist);
        Assert.AreEqual(LineClass.Good, page.Classes[0]);
        var english = new PageContext(new Article("en", Prose + "\n\n" + Prose2), EmptyCorpusModel.Instance, false);
        Assert.IsNull(english.Stoplist);
    }

    [TestMethod]
    public void ASentenceNextToTheArticleIsKeptButNotOneFurtherAway()
    {
        var text = "Menu\n\nIt was a quiet morning at the station.\n\n" + Prose + "\n\n" + Prose2 + "\n\nBack to top\n\nThe rail line also needs new drivers soon.";
        var verdict = new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["BP"] }).Analyze(new Article("a", text));
        var kinds = verdict.LineKinds;
        Assert.AreEqual(LineKind.Content, kinds[2], "a one-line lead right before the prose");
        Assert.AreEqual(LineKind.Boilerplate, kinds[0]);
    }

    [TestMethod]
    public void ADuplicateKeepsTheCopyInsideTheArticle()
    {
        var teaser = "Council opens new rail line after years of delay and rising costs.";
        var text = teaser + "\n\nMenu\n\n" + Prose + "\n\n" + teaser + "\n\n" + Prose2;
        var verdict = new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["BP"] }).Analyze(new Article("a", text));
        Assert.AreEqual(LineKind.Content, verdict.LineKinds[6], "the copy in the main block stays");
        Assert.AreEqual(LineKind.Boilerplate, verdict.LineKinds[0], "the header copy is the duplicate");
    }
}
