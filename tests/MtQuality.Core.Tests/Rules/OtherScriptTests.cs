using MtQuality.Core.Analysis;
using MtQuality.Core.Rules.Translation;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>Untranslated text in another script inside English (untranslated-fragment): made-up sentences.</summary>
[TestClass]
public sealed class OtherScriptTests
{
    private const string English =
        "The regional council said on Monday that the new rail line would open to passengers in the spring, after years of delays. ";

    private static int Findings(string text) =>
        new ArticleAnalyzer(AnalysisOptions.Default with { Select = ["MT0017"] }).Analyze(new Article("a", text)).Findings.Count;

    [TestMethod]
    [DataRow('Σ', "Greek")]
    [DataRow('ж', "Cyrillic")]
    [DataRow('و', "Arabic")]
    [DataRow('ש', "Hebrew")]
    [DataRow('न', "Devanagari")]
    [DataRow('か', "Japanese kana")]
    [DataRow('鉄', "Chinese")]
    [DataRow('한', "Hangul")]
    public void ScriptsEnglishDoesNotUseAreNamed(char c, string script) => Assert.AreEqual(script, UntranslatedFragmentRule.ScriptOf(c));

    [TestMethod]
    [DataRow('a')]
    [DataRow('é')]
    [DataRow('ł')]
    [DataRow('7')]
    public void LatinLettersAndDigitsAreNot(char c) => Assert.IsNull(UntranslatedFragmentRule.ScriptOf(c));

    [TestMethod]
    public void ASentenceInGreekAfterEnglishIsFlagged() =>
        Assert.AreEqual(1, Findings(English + English + "Σύμφωνα με πληροφορίες, η γραμμή θα ανοίξει το 2026."));

    [TestMethod]
    public void ANameInItsOwnScriptIsNot() =>
        Assert.AreEqual(0, Findings(English + "The agency Xinhua (新华社) and the paper 人民日报 reported it, as did Киев."));

    [TestMethod]
    public void ABilingualPageIsNot()
    {
        // A post that gives each Japanese passage with its English (300 letters and more of Japanese, over 10%).
        var japanese = string.Concat(Enumerable.Repeat("電車は午前六時に出発します。駅の窓口で切符を買ってください。", 12));
        Assert.AreEqual(0, Findings(English + japanese));
    }
}
