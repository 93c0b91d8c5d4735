namespace MtQuality.Robustness.Tests;

/// <summary>Errors people can act on: one line naming the file and the reason, no stack traces, exit 2, a summary of what was skipped.</summary>
[TestClass]
public sealed class CliErrorTests
{
    private const string Good = "The council approved the budget on Monday after a long debate, officials said.";

    private static void AssertOneLineErrors(string stderr)
    {
        foreach (var line in stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.StartsWith("mtq: ", line, $"not an mtq error line: {line}");
            Assert.DoesNotContain("   at ", line);
            Assert.DoesNotContain("Exception:", line);
        }
    }

    [TestMethod]
    public void EveryBadInputIsOneLineAndListedInTheCorpusReport()
    {
        using var dir = new TempDir();
        var corpus = dir.Sub("corpus");
        dir.File("corpus/good.txt", Good);
        dir.File("corpus/latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72]);
        dir.File("corpus/binary.txt", [0x41, 0x00, 0x42]);
        dir.File("corpus/empty.md", []);
        dir.File("corpus/blank.html", "<html><body><script>x()</script></body></html>");
        dir.File("corpus/truncated.txt.gz", Compress.Gzip(System.Text.Encoding.UTF8.GetBytes(Good))[..20]);
        var records = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, 200).Select(i => $"{{\"text\": \"Record {i}. {Good}\"}}")));
        var feedGz = Compress.Gzip(records);
        dir.File("corpus/cut.jsonl.gz", feedGz[..(feedGz.Length * 2 / 3)]);
        var good = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Good + "\n", 50)));
        var zst = Compress.Zstd(good);
        dir.File("corpus/truncated.txt.zst", zst[..(zst.Length / 2)]);
        dir.File("corpus/corrupt.txt.zst", [0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x58, 0xFF, 0xFF, 0xFF, 0x01, 0x02]);
        dir.File("corpus/feed.jsonl", "{\"text\": \"" + Good + "\"}\n{\"text\": 1}\n[1,2]\n{bad json\n{\"title\": \"no text\"}\n");
        dir.File("corpus/new\nline|`<b>`.txt", [0xFF]);
        var outDir = Path.Combine(dir.Path, "out");
        var (code, stdout, stderr) = CliRun.InProcess("audit", corpus, Path.Combine(dir.Path, "missing.txt"), "--out", outDir);
        Assert.AreEqual(2, code, stderr);
        AssertOneLineErrors(stderr);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] expectedLines =
                 [
                     "latin1.txt: invalid UTF-8 at byte 3", "binary.txt: binary content (NUL byte at offset 1)", "empty.md: empty file",
                     "blank.html: no visible text in the HTML", "truncated.txt.gz: ", "corrupt.txt.zst: ", "feed.jsonl:2: record has no string field \"text\"",
                     "feed.jsonl:3: record is not a JSON object", "feed.jsonl:4: malformed JSON", "feed.jsonl:5: record has no string field \"text\"",
                     "new\\nline|`<b>`.txt: invalid UTF-8 at byte 0", "missing.txt: no such file or directory",
                     "truncated.txt.zst: ", "cut.jsonl.gz:", "gzip data is truncated or corrupt",
                 ];
        Assert.HasCount(expectedLines.Length, lines, stderr);
        foreach (var expected in expectedLines)
        {
            StringAssert.Contains(stderr, expected);
        }

        StringAssert.Matches(stdout, new System.Text.RegularExpressions.Regex("Audited [1-9][0-9]* articles", System.Text.RegularExpressions.RegexOptions.NonBacktracking));
        StringAssert.Contains(stdout, $"{expectedLines.Length} inputs not read");
        var index = File.ReadAllText(Path.Combine(outDir, "index.md"));
        StringAssert.Contains(index, $"Inputs not read ({expectedLines.Length})");
        StringAssert.Contains(index, "latin1.txt");
    }

    [TestMethod]
    public void AnUnwritableOutFolderIsOneLineAndExitTwo()
    {
        using var dir = new TempDir();
        dir.File("corpus/good.txt", Good);
        var notAFolder = dir.File("out", "a file where the report folder should be");
        var (code, _, stderr) = CliRun.InProcess("audit", Path.Combine(dir.Path, "corpus"), "--out", notAFolder);
        Assert.AreEqual(2, code, stderr);
        AssertOneLineErrors(stderr);
        Assert.HasCount(1, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr);
    }

    [TestMethod]
    [DataRow("audit", "--min-severity", "loud")]
    [DataRow("audit", "--config", "/nonexistent/mtquality.json")]
    [DataRow("audit", "--select", "NOPE9999")]
    [DataRow("audit", "--no-such-option")]
    [DataRow("score", "/nonexistent/article.txt")]
    [DataRow("clean", "/nonexistent/article.txt")]
    [DataRow("eval", "--gold", "/nonexistent/gold.tsv")]
    [DataRow("frobnicate")]
    public void UsageErrorsAreOneLineAndExitTwo(params string[] args)
    {
        using var dir = new TempDir();
        dir.File("corpus/good.txt", Good);
        var full = args[0] == "audit" ? [.. args, Path.Combine(dir.Path, "corpus"), "--out", Path.Combine(dir.Path, "out")] : args;
        var (code, _, stderr) = CliRun.InProcess(full);
        Assert.AreEqual(2, code, stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.StartsWith("mtq: ", stderr);
    }

    [TestMethod]
    public void TheRealProcessPrintsNoStackTraceWithoutVerbose()
    {
        using var dir = new TempDir();
        dir.File("corpus/good.txt", Good);
        var notAFolder = dir.File("out", "x");
        var (code, _, stderr) = CliRun.Child(TimeSpan.FromMinutes(2), "audit", Path.Combine(dir.Path, "corpus"), "--out", notAFolder);
        Assert.AreEqual(2, code, stderr);
        AssertOneLineErrors(stderr);
        var (vcode, _, verbose) = CliRun.Child(TimeSpan.FromMinutes(2), "audit", Path.Combine(dir.Path, "corpus"), "--out", notAFolder, "--verbose");
        Assert.AreEqual(2, vcode);
        StringAssert.Contains(verbose, "   at ");
    }
}
