using MtQuality.Core.Analysis;
using MtQuality.Core.Model;
using MtQuality.Core.Rules;
using MtQuality.Core.Rules.Translation;
using MtQuality.Core.Text;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// The raw-text test that decides whether a one-article run builds the language identifier early
/// (<see cref="UntranslatedFragmentRule.MayHoldForeignSentence"/>): it must say yes wherever the rule flags, or the
/// early start would be missed, and no on plain English, or every score would pay for the identifier.
/// </summary>
[TestClass]
public sealed class UntranslatedWarmUpTests
{
    [TestMethod]
    [DataRow("The leaders met on Monday. Il presidente ha ringraziato i leader europei per il loro sostegno.")]
    [DataRow("Le gouvernement a annoncé hier soir une nouvelle réforme des retraites\nThe talks resume on Friday.")]
    [DataRow("Президент заявил, что переговоры продолжатся на следующей неделе.")]
    public void ASentenceInAnotherLanguageMayNeedTheIdentifier(string text) =>
        Assert.IsTrue(UntranslatedFragmentRule.MayHoldForeignSentence(text));

    [TestMethod]
    [DataRow("The minister arrived in Rome on Monday. The government approved the new labour law last night.")]
    [DataRow("Talks continue! Will they end? Nobody knows.\nShares of Acme rose 3% after the report.")]
    [DataRow("Il Duce. La Liga. Der Spiegel reported it on Monday.")]
    [DataRow("")]
    public void PlainEnglishDoesNot(string text) =>
        Assert.IsFalse(UntranslatedFragmentRule.MayHoldForeignSentence(text));

    [TestMethod]
    public void TheStretchToIdentifyIsTheForeignSentence()
    {
        const string text = "The leaders met on Monday. Il presidente ha ringraziato i leader europei per il loro sostegno. Talks resume.";
        var stretch = UntranslatedFragmentRule.FirstForeignStretch(text);
        Assert.IsNotNull(stretch);
        Assert.AreEqual(" Il presidente ha ringraziato i leader europei per il loro sostegno", text[stretch.Value]);
        Assert.AreEqual("Le gouvernement a annoncé hier soir une réforme", "The talks resume.\nLe gouvernement a annoncé hier soir une réforme"[UntranslatedFragmentRule.FirstForeignStretch("The talks resume.\nLe gouvernement a annoncé hier soir une réforme")!.Value]);
        Assert.IsNull(UntranslatedFragmentRule.FirstForeignStretch("The talks resume on Friday."));
    }

    public static IEnumerable<object[]> Articles()
    {
        var root = RuleConventionTests.FindRepoRoot();
        foreach (var folder in new[] { "seeds", "probes" })
        {
            foreach (var f in Directory.GetFiles(Path.Combine(root, "corpora", folder), "*.txt").Order(StringComparer.Ordinal))
                yield return [folder + "/" + Path.GetFileName(f)];
        }

        var rule = RuleRegistry.Instance.ById[RuleIds.UntranslatedFragment];
        for (int i = 0; i < rule.Examples.Count; i++)
            yield return ["example " + i];
    }

    [TestMethod]
    [DynamicData(nameof(Articles))]
    public void WhereverTheRuleFlagsTheEarlyTestSaidYes(string name)
    {
        string text;
        if (name.StartsWith("example ", StringComparison.Ordinal))
            text = RuleRegistry.Instance.ById[RuleIds.UntranslatedFragment].Examples[int.Parse(name[8..], System.Globalization.CultureInfo.InvariantCulture)].Parse().Text;
        else
            text = File.ReadAllText(Path.Combine(RuleConventionTests.FindRepoRoot(), "corpora", name));
        var v = new ArticleAnalyzer().Analyze(new Article(name, text));
        // Only the language identifier's findings need its models; text in another script is found without them.
        bool flagged = v.Findings.Any(f => f.RuleId == RuleIds.UntranslatedFragment && f.Message.StartsWith("Sentence in ", StringComparison.Ordinal));
        if (flagged)
            Assert.IsTrue(UntranslatedFragmentRule.MayHoldForeignSentence(text), $"{name}: the rule flags, the early test said no");
    }
}
