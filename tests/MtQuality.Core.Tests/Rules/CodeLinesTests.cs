using MtQuality.Core.Rules.Translation;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// The code-line test that keeps quote and casing rules off pasted code: code, config and shell lines qualify; no
/// line of prose does, neither in the probe articles nor in the seed articles, clean or machine-translated.
/// </summary>
[TestClass]
public sealed class CodeLinesTests
{
    [TestMethod]
    [DataRow(">>> crate = load() Trace (latest call last): Row \"<shell>\", line 3, in <top> Row \"crate.py\", line 9, in load")]
    [DataRow("{ \"Grower\": \"Marl Fenn\", \"Crates\": 12, \"Rows\": { \"Plum\": 4, \"Pear\": 8 } }")]
    [DataRow("def weigh(crate=None): if crate is None: crate = [] crate.append(\"plum\") return crate")]
    [DataRow("$ORCHARD -t nat -A rows -i $ROWIF -p tcp --dport 273 -j KEEP --to 10.0.0.2")]
    [DataRow("my_plot <- plot(data, aes(x = rows, y = yield)) + title(\"Plums\") # the yield per row")]
    public void CodeIsCode(string line) => Assert.IsTrue(CodeLines.LooksLikeCode(line), line);

    [TestMethod]
    [DataRow("The grower said (after a long pause) that the \"new\" rows = more work; he paid $5 for a 2-for-1 deal.")]
    [DataRow("“We will not stop,” she said. “Nobody can stop us now,” she added, in a speech to the assembly.")]
    [DataRow("Home | News | Sport | Weather")]
    public void ProseIsNotCode(string line) => Assert.IsFalse(CodeLines.LooksLikeCode(line), line);

    [TestMethod]
    public void NoLineOfTheProbesOrSeedsIsCode()
    {
        var root = RuleConventionTests.FindRepoRoot();
        var files = Directory.GetFiles(Path.Combine(root, "corpora", "probes"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(root, "corpora", "seeds"), "*.txt"));
        int lines = 0;
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                lines++;
                Assert.IsFalse(CodeLines.LooksLikeCode(line), $"{Path.GetFileName(file)}: {line}");
            }
        }

        Assert.IsGreaterThan(100, lines);
    }
}
