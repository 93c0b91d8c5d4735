using MtQuality.Reports;

namespace MtQuality.Reports.Tests;

[TestClass]
public sealed class ReportNamesTests
{
    [TestMethod]
    public void NamesEqualIgnoringCaseGetNumberedSuffixes()
    {
        var names = new ReportNames();
        Assert.AreEqual("Story", names.Claim("Story"));
        Assert.AreEqual("story-2", names.Claim("story"));
        Assert.AreEqual("STORY-3", names.Claim("STORY"));
        Assert.AreEqual("other", names.Claim("other"));
        // A suffixed name that is itself taken moves on to the next number.
        Assert.AreEqual("a-2", names.Claim("a-2"));
        Assert.AreEqual("a", names.Claim("a"));
        Assert.AreEqual("a-3", names.Claim("a"));
        Assert.AreEqual(7, names.Count);
    }

    [TestMethod]
    public void WasClaimedIsExactIncludingCase()
    {
        var names = new ReportNames();
        names.Claim("Story");
        names.Claim("story");
        Assert.IsTrue(names.WasClaimed("Story"));
        Assert.IsTrue(names.WasClaimed("story-2"));
        Assert.IsFalse(names.WasClaimed("story"), "the file 'story' was never written: 'Story' was");
        Assert.IsFalse(names.WasClaimed("STORY-2"));
        Assert.IsFalse(names.WasClaimed("story-3"));
        Assert.IsFalse(names.WasClaimed(""));
    }

    [TestMethod]
    public void UnwrittenNamesStayTakenButAreNotKept()
    {
        var names = new ReportNames();
        Assert.AreEqual("story", names.Claim("story"));
        names.Unwritten("story");
        Assert.IsFalse(names.WasClaimed("story"), "its stale report goes");
        Assert.AreEqual("story-2", names.Claim("story"), "the name is not handed out again");
        names.Unwritten("Story"); // not the claimed spelling: no effect
        Assert.IsTrue(names.WasClaimed("story-2"));
        names.Unwritten("never-claimed");
        Assert.AreEqual("never-claimed", names.Claim("never-claimed"));
    }

    [TestMethod]
    public void ManyDistinctNamesNeverCollide()
    {
        // Names shaped like real report names (ids with short hashes), 200,000 of them: every one is handed out
        // as is, i.e. no two distinct names share a folded hash.
        var names = new ReportNames();
        for (int i = 0; i < 200_000; i++)
        {
            var name = $"site{i % 97}_article_{i}-{SafeFileName.ShortHash(i.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            Assert.AreEqual(name, names.Claim(name));
        }

        Assert.AreEqual(200_000, names.Count);
    }

    [TestMethod]
    public void FoldedHashIgnoresAsciiCaseOnlyWhereAsked()
    {
        Assert.AreEqual(ReportNames.Hash("Abc-1.x", fold: true), ReportNames.Hash("aBC-1.X", fold: true));
        Assert.AreNotEqual(ReportNames.Hash("Abc", fold: false), ReportNames.Hash("abc", fold: false));
        Assert.AreNotEqual(ReportNames.Hash("ab", fold: true), ReportNames.Hash("ba", fold: true));
        Assert.AreNotEqual(ReportNames.Hash("", fold: true), ReportNames.Hash("\0", fold: true));
    }
}

[TestClass]
public sealed class AtomicFileTests
{
    [TestMethod]
    public void TextFromABuilderIsWrittenAsTheSameBytesAsTheString()
    {
        // Many chunks (appends of varied sizes), non-ASCII, surrogate pairs that may straddle chunk and buffer
        // edges, and a lone surrogate (written as U+FFFD by both paths).
        var sb = new System.Text.StringBuilder();
        var random = new Random(5);
        for (int i = 0; i < 20_000; i++)
        {
            sb.Append(random.Next(6) switch
            {
                0 => "plain ascii text ",
                1 => "é à ü — ",
                2 => "😀𝔘",
                3 => new string('x', random.Next(1, 9000)),
                4 => "\uD800",
                _ => "|\n",
            });
        }

        var dir = Path.Combine(Path.GetTempPath(), "mtq-atomic-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            AtomicFile.WriteAllText(Path.Combine(dir, "a.md"), sb.ToString());
            AtomicFile.WriteAllText(Path.Combine(dir, "b.md"), sb);
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(dir, "a.md")), File.ReadAllBytes(Path.Combine(dir, "b.md")));
            AtomicFile.WriteAllText(Path.Combine(dir, "empty.md"), new System.Text.StringBuilder());
            Assert.AreEqual(0, new FileInfo(Path.Combine(dir, "empty.md")).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
