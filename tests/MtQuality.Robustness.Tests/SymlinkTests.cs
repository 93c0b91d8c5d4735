namespace MtQuality.Robustness.Tests;

/// <summary>Real symbolic links: a corpus never leads outside itself unless --follow-links is given, and loops end.</summary>
[TestClass]
public sealed class SymlinkTests
{
    private const string Good = "The council approved the budget on Monday after a long debate, officials said.";

    [TestMethod]
    public void LinksOutOfTheCorpusAreSkippedWithAMessageUnlessFollowed()
    {
        if (OperatingSystem.IsWindows())
            Assert.Inconclusive("symbolic links need privileges on Windows");
        using var dir = new TempDir();
        var corpus = dir.Sub("corpus");
        var secretDir = dir.Sub("secret");
        var secret = Path.Combine(secretDir, "passwd.txt");
        File.WriteAllText(secret, "root secret line that must never be read into a report without being asked.");
        File.WriteAllText(Path.Combine(corpus, "a.txt"), Good);
        File.CreateSymbolicLink(Path.Combine(corpus, "leak.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "leakdir"), secretDir);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "up"), "..");
        File.CreateSymbolicLink(Path.Combine(corpus, "inside.txt"), Path.Combine(corpus, "a.txt"));
        File.CreateSymbolicLink(Path.Combine(corpus, "dangling.txt"), Path.Combine(dir.Path, "nowhere.txt"));

        var outDir = Path.Combine(dir.Path, "out");
        var (code, stdout, stderr) = CliRun.InProcess("audit", corpus, "--out", outDir);
        Assert.AreEqual(2, code, stderr);
        StringAssert.Contains(stdout, "Audited 2 articles"); // a.txt and the link to it inside the corpus
        StringAssert.Contains(stderr, "leak.txt: symbolic link leads outside the corpus");
        StringAssert.Contains(stderr, "leakdir: symbolic link leads outside the corpus");
        StringAssert.Contains(stderr, "up: symbolic link leads outside the corpus");
        StringAssert.Contains(stderr, "dangling.txt");
        Assert.DoesNotContain("root secret", File.ReadAllText(Path.Combine(outDir, "findings.jsonl")));

        var (code2, stdout2, stderr2) = CliRun.InProcess("audit", corpus, "--out", outDir, "--follow-links");
        StringAssert.Contains(File.ReadAllText(Path.Combine(outDir, "findings.jsonl")), "passwd");
        Assert.IsTrue(stdout2.Contains("Audited", StringComparison.Ordinal), stderr2);
        Assert.AreEqual(2, code2, "the dangling link is still an error");
    }

    [TestMethod]
    public void LinkLoopsInsideTheCorpusEnd()
    {
        if (OperatingSystem.IsWindows())
            Assert.Inconclusive("symbolic links need privileges on Windows");
        using var dir = new TempDir();
        var corpus = dir.Sub("corpus");
        var sub = Directory.CreateDirectory(Path.Combine(corpus, "a", "b")).FullName;
        File.WriteAllText(Path.Combine(sub, "x.txt"), Good);
        Directory.CreateSymbolicLink(Path.Combine(sub, "loop"), Path.Combine(corpus, "a"));
        Directory.CreateSymbolicLink(Path.Combine(corpus, "self"), corpus);
        var files = new MtQuality.Corpus.Ingest.CorpusReader(new() { FollowExternalLinks = true }).EnumerateFiles([corpus]).ToList();
        Assert.AreEqual(1, files.Count(f => f.Error is null), string.Join("\n", files));
        Assert.IsTrue(files.Where(f => f.Error is not null).All(f => f.Error!.Message.Contains("loop", StringComparison.Ordinal)), string.Join("\n", files));
    }
}
