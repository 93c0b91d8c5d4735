namespace MtQuality.Cli.Tests;

[TestClass]
public sealed class CliTests
{
    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MtQuality.sln")))
                dir = dir.Parent;
            return dir!.FullName;
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string Temp() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mtq-cli-" + Guid.NewGuid().ToString("N"))).FullName;

    [TestMethod]
    public void StaleTemporaryIndexesOfDeadAuditsAreRemoved()
    {
        var tmp = Temp();
        // A pid above the kernel's pid_max (2^22) belongs to no process; the current process is alive.
        var dead = Directory.CreateDirectory(Path.Combine(tmp, $"mtq-index-9999999-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(dead, "segments_1"), "x");
        var live = Directory.CreateDirectory(Path.Combine(tmp, $"mtq-index-{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        var other = Directory.CreateDirectory(Path.Combine(tmp, "mtq-index-notes")).FullName;

        int removed = MtQuality.Cli.Audit.AuditRunner.RemoveStaleTemporaryIndexes(tmp);

        Assert.AreEqual(1, removed);
        Assert.IsFalse(Directory.Exists(dead));
        Assert.IsTrue(Directory.Exists(live));
        Assert.IsTrue(Directory.Exists(other));
    }

    [TestMethod]
    public void ReportNamesFollowInputOrderWhateverThreadScoresFirst()
    {
        // Ids that are one name ignoring case, and a repeated id: the suffixes follow the records' order, in every
        // run (names are claimed before the articles spread over the workers). Forty filler records keep both
        // workers busy so that the colliding records are scored out of order.
        var corpus = Temp();
        var lines = new List<string>();
        for (int i = 0; i < 40; i++)
            lines.Add($"{{\"id\": \"filler{i}\", \"text\": \"Filler {i}\\n\\nThe minister said on Monday that the budget of the city would be discussed at length next week.\"}}");
        string[] ids = ["Story", "story", "STORY", "story"];
        for (int i = 0; i < ids.Length; i++)
            lines.Insert(10 * i, $"{{\"id\": \"{ids[i]}\", \"text\": \"Record {i}\\n\\nThe committee met on Tuesday and agreed that the report would be published before the end of the month.\"}}");
        File.WriteAllLines(Path.Combine(corpus, "feed.jsonl"), lines);
        string[] expected = ["Story.md", "story-2.md", "STORY-3.md", "story-4.md"];
        string? first = null;
        for (int run = 0; run < 3; run++)
        {
            var outDir = Temp();
            var (code, _, stderr) = Run("audit", corpus, "--out", outDir);
            Assert.AreEqual(0, code, stderr);
            for (int i = 0; i < expected.Length; i++)
                StringAssert.Contains(File.ReadAllText(Path.Combine(outDir, "articles", expected[i])), $"Record {i}", expected[i]);
            var index = File.ReadAllText(Path.Combine(outDir, "index.md"));
            first ??= index;
            Assert.AreEqual(first, index, $"run {run}");
        }
    }

    [TestMethod]
    public void AuditOfTheSeedsWritesEveryReport()
    {
        var outDir = Temp();
        var (code, stdout, stderr) = Run("audit", Path.Combine(Root, "corpora", "seeds"), "--out", outDir, "--html");
        Assert.AreEqual(0, code, stderr);
        StringAssert.Contains(stdout, "Audited 5 articles");
        Assert.IsTrue(File.Exists(Path.Combine(outDir, "index.md")));
        Assert.IsTrue(File.Exists(Path.Combine(outDir, "index.html")));
        Assert.AreEqual(5, File.ReadAllLines(Path.Combine(outDir, "findings.jsonl")).Length);
        Assert.AreEqual(5, Directory.GetFiles(Path.Combine(outDir, "articles"), "*.md").Length);
        Assert.IsTrue(File.Exists(Path.Combine(outDir, "rules", "MT0002.md")));
        Assert.IsEmpty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [TestMethod]
    public void BadInputIsReportedAndTheBatchStillAudited()
    {
        var corpus = Temp();
        File.WriteAllText(Path.Combine(corpus, "good.txt"), "The council approved the budget on Monday after a long debate, officials said.");
        File.WriteAllBytes(Path.Combine(corpus, "bad.txt"), [0xC3, 0x28]);
        File.WriteAllText(Path.Combine(corpus, "feed.jsonl"), "{\"text\": \"A record that is fine and long enough to read as a sentence.\"}\nnot json\n");
        var outDir = Temp();
        var (code, stdout, stderr) = Run("audit", corpus, Path.Combine(corpus, "missing.txt"), "--out", outDir);
        Assert.AreEqual(2, code);
        StringAssert.Contains(stdout, "Audited 2 articles");
        StringAssert.Contains(stderr, "bad.txt: invalid UTF-8 at byte 0");
        StringAssert.Contains(stderr, "feed.jsonl:2: malformed JSON");
        StringAssert.Contains(stderr, "missing.txt: no such file or directory");
        Assert.IsTrue(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(l => l.StartsWith("mtq: ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void TimingsListEveryPhaseOnStderrOnlyWhenAsked()
    {
        var corpus = Temp();
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "The council approved the budget on Monday after a long debate, officials said.");
        var (code, stdout, stderr) = Run("audit", corpus, "--out", Temp(), "--timings");
        Assert.AreEqual(0, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var phase in new[] { "pass 1 (read, statistics, add)", "open model", "pass 2 (analyse, render, write)", "finish (corpus pages)" })
            Assert.IsTrue(lines.Any(l => l.StartsWith("mtq: phase " + phase, StringComparison.Ordinal)), phase);
        StringAssert.Contains(stderr, "mtq: process since start: wall");
        Assert.IsFalse(stdout.Contains("phase ", StringComparison.Ordinal));

        var (_, _, quiet) = Run("audit", corpus, "--out", Temp());
        Assert.AreEqual(string.Empty, quiet);
    }

    [TestMethod]
    public void FailOverReturnsOneWhenAnArticleScoresOverTheLimit()
    {
        var (code, _, _) = Run("score", Path.Combine(Root, "corpora", "seeds", "001_059011277148a2fa.txt"), "--fail-over", "5");
        Assert.AreEqual(1, code);
        var (clean, _, _) = Run("score", Path.Combine(Root, "corpora", "seeds", "004_c9b6a6ea8f5819be.txt"), "--fail-over", "50");
        Assert.AreEqual(0, clean);
    }

    [TestMethod]
    public void ScoreJsonIsTheRecordContract()
    {
        var (code, stdout, _) = Run("score", Path.Combine(Root, "corpora", "seeds", "003_88a22310d42fd7f9.txt"), "--format", "json");
        Assert.AreEqual(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.IsGreaterThan(0, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [TestMethod]
    public void CleanDropsBoilerplateLines()
    {
        var (code, stdout, _) = Run("clean", Path.Combine(Root, "corpora", "seeds", "004_c9b6a6ea8f5819be.txt"));
        Assert.AreEqual(0, code);
        Assert.DoesNotContain("spot_img", stdout);
        Assert.DoesNotContain("Please enter your comment", stdout);
        StringAssert.Contains(stdout, "Putin Pledges Support For North Korea Against US");
    }

    [TestMethod]
    public void UsageErrorsExitWithTwo()
    {
        Assert.AreEqual(2, Run("audit").Code);
        Assert.AreEqual(2, Run("score", "x.txt", "--format", "pdf").Code);
        Assert.AreEqual(2, Run("audit", "corpora", "--select", "NOPE999").Code);
    }

    [TestMethod]
    public void ReadmeExamplesShowWhatTheToolPrints()
    {
        // Every "### Example: `mtq ARGS`" block of the README must be what mtq prints for ARGS today (a block
        // marked "first lines" may show a contiguous part of it). Paths are given absolute and printed back relative.
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n");
        var heading = new System.Text.RegularExpressions.Regex(@"^### Example: `mtq ([^`]+)`[^\n]*\n+```text\n(.*?)```",
            System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.Singleline);
        int examples = 0;
        foreach (System.Text.RegularExpressions.Match m in heading.Matches(readme))
        {
            var args = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.StartsWith("corpora/", StringComparison.Ordinal) ? Path.Combine(Root, a) : a).ToArray();
            var (_, output, _) = Run(args);
            var printed = output.Replace(Root + Path.DirectorySeparatorChar, "").Replace("\r\n", "\n");
            StringAssert.Contains(printed, m.Groups[2].Value, $"README example 'mtq {m.Groups[1].Value}' is stale");
            examples++;
        }

        Assert.IsGreaterThanOrEqualTo(2, examples, "the README's examples were not found");
    }

    [TestMethod]
    public void RulesDocsInTheRepoAreUpToDate()
    {
        var dir = Temp();
        Assert.AreEqual(0, Run("rules", "--write-docs", dir).Code);
        var expected = Path.Combine(Root, "docs", "rules");
        foreach (var f in Directory.GetFiles(dir))
        {
            var committed = Path.Combine(expected, Path.GetFileName(f));
            Assert.IsTrue(File.Exists(committed), $"docs/rules/{Path.GetFileName(f)} is missing: run 'mtq rules --write-docs'");
            Assert.AreEqual(File.ReadAllText(f), File.ReadAllText(committed), $"docs/rules/{Path.GetFileName(f)} is stale: run 'mtq rules --write-docs'");
        }

        Assert.HasCount(Directory.GetFiles(dir).Length, Directory.GetFiles(expected, "*.md"));
    }
}
