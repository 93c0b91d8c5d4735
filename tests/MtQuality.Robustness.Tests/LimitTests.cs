using MtQuality.Corpus.Ingest;

namespace MtQuality.Robustness.Tests;

/// <summary>Size and decompression limits: over a limit the input gets one error line naming it and the batch goes on.</summary>
[TestClass]
public sealed class LimitTests
{
    private static readonly IngestOptions Small = new() { CompressionRatioFloorBytes = 1 << 20, MaxCompressionRatio = 50 };

    [TestMethod]
    [DataRow(false, ".txt")]
    [DataRow(true, ".txt")]
    [DataRow(false, ".jsonl")]
    [DataRow(true, ".jsonl")]
    [DataRow(false, ".html")]
    public void DecompressionBombIsRefusedWithAMessageAndTheBatchGoesOn(bool zstd, string ext)
    {
        using var dir = new TempDir();
        var bomb = Path.Combine(dir.Path, "bomb" + ext + (zstd ? ".zst" : ".gz"));
        Compress.Bomb(bomb, 64L << 20, zstd);
        Assert.IsLessThan(1 << 20, new FileInfo(bomb).Length, "the bomb should be small on disk");
        dir.File("fine.txt", "The council approved the budget on Monday after a long debate, officials said.");
        var items = new CorpusReader(Small).Read([dir.Path]).ToList();
        var error = items.Single(i => i.Error is not null).Error!.ToString();
        StringAssert.Contains(error, "bomb" + ext);
        StringAssert.Contains(error, zstd ? "zstd data expands more than 50x" : "gzip data expands more than 50x");
        StringAssert.Contains(error, "decompression limit");
        Assert.AreEqual(1, items.Count(i => i.Article is not null), "the good file is still read");
    }

    [TestMethod]
    public void DecompressedFilesAreCappedAtTheFileLimitWhileStreaming()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "big.txt.gz");
        Compress.Bomb(file, 8L << 20, zstd: false);
        var item = new CorpusReader(new IngestOptions { MaxFileBytes = 1 << 20, MaxCompressionRatio = 1e9 }).ReadFile(file, dir.Path).Single();
        StringAssert.Contains(item.Error?.Message, "over the 1 MiB file limit");
    }

    [TestMethod]
    [DataRow("long.txt", "The council met on Monday. ")]
    [DataRow("long.md", "The council met on *Monday*. ")]
    [DataRow("long.html", "<p>The council met on Monday.</p>")]
    public void OverLongArticleGetsAnErrorLineThroughTheCli(string name, string unit)
    {
        using var dir = new TempDir();
        var corpus = dir.Sub("corpus");
        File.WriteAllText(Path.Combine(corpus, name), Hostile.Repeat(unit, 5_000));
        File.WriteAllText(Path.Combine(corpus, "short.txt"), "The council approved the budget on Monday after a long debate, officials said.");
        var (code, stdout, stderr) = CliRun.InProcess("audit", corpus, "--out", Path.Combine(dir.Path, "out"), "--max-article-chars", "2000");
        Assert.AreEqual(2, code, stderr);
        StringAssert.Contains(stdout, "Audited 1 articles");
        StringAssert.Matches(stderr, new System.Text.RegularExpressions.Regex(@"^mtq: .*" + name.Replace(".", "\\.", StringComparison.Ordinal) + @": text has \d+ characters, over the 2000 limit \(--max-article-chars\)\r?$", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.NonBacktracking));
        StringAssert.Contains(File.ReadAllText(Path.Combine(dir.Path, "out", "index.md")), "Inputs not read (1)");
    }
}
