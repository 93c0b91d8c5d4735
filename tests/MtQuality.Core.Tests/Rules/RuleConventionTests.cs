using System.Reflection;
using System.Text.RegularExpressions;
using MtQuality.Core.Rules;

namespace MtQuality.Core.Tests.Rules;

[TestClass]
public sealed partial class RuleConventionTests
{
    [GeneratedRegex("^(MT|EX|BP)[0-9]{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex NamePattern();

    private static IReadOnlyList<RuleDescriptor> Rules => RuleRegistry.Instance.Descriptors;

    [TestMethod]
    public void IdsAreUniqueAndWellFormed()
    {
        Assert.AreEqual(Rules.Count, Rules.Select(r => r.Id).Distinct().Count(), "duplicate rule id");
        Assert.AreEqual(Rules.Count, Rules.Select(r => r.Name).Distinct().Count(), "duplicate rule name");
        foreach (var r in Rules)
        {
            Assert.IsTrue(IdPattern().IsMatch(r.Id), $"bad id {r.Id}");
            Assert.IsTrue(NamePattern().IsMatch(r.Name), $"name of {r.Id} is not kebab-case: {r.Name}");
            Assert.IsFalse(string.IsNullOrWhiteSpace(r.Message) || string.IsNullOrWhiteSpace(r.Flags) || string.IsNullOrWhiteSpace(r.Why), $"{r.Id} lacks message/flags/why");
        }
    }

    [TestMethod]
    public void EveryIdInTheTableIsARegisteredRule()
    {
        var ids = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        CollectionAssert.AreEquivalent(ids, Rules.Select(r => r.Id).ToList());
    }

    [TestMethod]
    public void EveryRuleHasFlaggedAndCleanExamples()
    {
        foreach (var r in Rules)
        {
            Assert.IsTrue(r.Examples.Any(e => e.IsFlagged && e.Parse().Spans.Count > 0), $"{r.Id} has no flagged example with a marked span");
            Assert.IsTrue(r.Examples.Any(e => !e.IsFlagged), $"{r.Id} has no clean example");
            Assert.IsTrue(r.Examples.Where(e => !e.IsFlagged).All(e => e.Parse().Spans.Count == 0), $"{r.Id} has a clean example with markers");
        }
    }

    [TestMethod]
    public void IdPrefixMatchesCategory()
    {
        foreach (var r in Rules)
        {
            var expected = r.Category switch { RuleCategory.Translation => "MT", RuleCategory.Extraction => "EX", _ => "BP" };
            Assert.AreEqual(expected, r.Id[..2], $"{r.Id} is {r.Category}");
        }
    }

    [TestMethod]
    public void RuleSourceNamesNoSeedPhrase()
    {
        // Rules must generalise: no phrase of the seed articles may appear in rule code or data.
        var root = FindRepoRoot();
        string[] seedPhrases = ["Unthe", "2023recalls", "Use ‘worry’", "Diables rouges", "Italy 24 Press", "regarding course", "always explains", "Ushakov"];
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".tsv", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")))
        {
            var text = File.ReadAllText(file);
            foreach (var p in seedPhrases)
                Assert.IsFalse(text.Contains(p, StringComparison.Ordinal), $"{file} contains the seed phrase '{p}'");
        }
    }

    internal static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MtQuality.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
