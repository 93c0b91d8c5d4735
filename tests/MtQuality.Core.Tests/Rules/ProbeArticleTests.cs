using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// Whole articles written for this project (corpora/probes, see its README): clean wire stories must not read as
/// machine-translated and keep their headline; articles in the style of machine-translated Spanish, French,
/// German, Russian and Italian news must. Rule examples test sentences; these test the verdict on whole pages.
/// </summary>
[TestClass]
public sealed class ProbeArticleTests
{
    /// <summary>The MT score from which the verdict says "possibly machine-translated".</summary>
    private const double Flagged = 30;

    private static IEnumerable<object[]> Probes(string prefix) =>
        Directory.GetFiles(Path.Combine(RuleConventionTests.FindRepoRoot(), "corpora", "probes"), prefix + "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> Clean => Probes("clean-");

    public static IEnumerable<object[]> Translated => Probes("mt-");

    private static ArticleVerdict Analyze(string file) =>
        new ArticleAnalyzer().Analyze(new Article(file, File.ReadAllText(Path.Combine(RuleConventionTests.FindRepoRoot(), "corpora", "probes", file))));

    [TestMethod]
    [DynamicData(nameof(Clean))]
    public void ACleanWireStoryIsNotFlaggedAndKeepsItsHeadline(string file)
    {
        var v = Analyze(file);
        Assert.IsLessThan(Flagged, v.MtScore, $"{file}: {string.Join("; ", v.Findings.Select(f => f.RuleId + " " + f.Message))}");
        Assert.AreEqual(LineKind.Content, v.LineKinds[0], $"{file}: the headline");
    }

    [TestMethod]
    [DynamicData(nameof(Translated))]
    public void AMachineTranslatedStoryIsFlagged(string file)
    {
        var v = Analyze(file);
        Assert.IsGreaterThanOrEqualTo(Flagged, v.MtScore, $"{file}: {string.Join("; ", v.Findings.Select(f => f.RuleId + " " + f.Message))}");
    }

    [TestMethod]
    public void BothKindsArePresent()
    {
        Assert.IsGreaterThanOrEqualTo(5, Clean.Count());
        Assert.IsGreaterThanOrEqualTo(5, Translated.Count());
    }
}
