using System.IO.Compression;
using System.Text;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Corpus.Tests.Ingest;

[TestClass]
public sealed class CorpusReaderTests
{
    [TestMethod]
    public void ReadsTextFilesWithFolderAsSite()
    {
        using var dir = new TempDir();
        dir.File("news/a.txt", "Hello world.\nSecond line.");
        var items = new CorpusReader().Read([dir.Path]).ToList();
        Assert.HasCount(1, items);
        var a = items[0].Article!;
        Assert.AreEqual("news/a", a.Id);
        Assert.AreEqual("news", a.Site);
        Assert.AreEqual("Hello world.\nSecond line.", a.Text);
    }

    [TestMethod]
    public void BadInputsBecomeOneLineErrorsAndTheRestIsRead()
    {
        using var dir = new TempDir();
        dir.File("a-good.txt", "A perfectly good article.");
        dir.File("b-empty.txt", "");
        dir.File("c-binary.txt", [0x41, 0x00, 0x42]);
        dir.File("d-latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]);
        dir.File("e-good.txt", "Another good one.");
        var missing = Path.Combine(dir.Path, "nope");
        var items = new CorpusReader().Read([dir.Path, missing]).ToList();
        var errors = items.Where(i => i.Error is not null).Select(i => i.Error!.ToString()).ToList();
        Assert.AreEqual(2, items.Count(i => i.Article is not null));
        Assert.HasCount(4, errors);
        StringAssert.Contains(errors[0], "b-empty.txt: empty file");
        StringAssert.Contains(errors[1], "c-binary.txt: binary content");
        StringAssert.Contains(errors[2], "d-latin1.txt: invalid UTF-8 at byte 3");
        StringAssert.Contains(errors[3], "no such file or directory");
        Assert.IsTrue(errors.All(e => !e.Contains('\n')));
    }

    [TestMethod]
    public void JsonlRecordsAreReadAndMalformedLinesReported()
    {
        using var dir = new TempDir();
        dir.File("batch.jsonl", """
            {"id":"x1","url":"https://www.example.com/a","title":"T","text":"First article text."}
            {"id":"x2", broken
            {"text":""}
            {"site":"blog.example","text":"Second article."}
            """);
        var items = new CorpusReader().Read([dir.Path]).ToList();
        var articles = items.Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        Assert.HasCount(2, articles);
        Assert.AreEqual("x1", articles[0].Id);
        Assert.AreEqual("example.com", articles[0].Site);
        Assert.AreEqual("blog.example", articles[1].Site);
        Assert.AreEqual("batch#4", articles[1].Id);
        var errors = items.Where(i => i.Error is not null).Select(i => i.Error!.ToString()).ToList();
        Assert.HasCount(2, errors);
        StringAssert.Contains(errors[0], "batch.jsonl:2: malformed JSON");
        StringAssert.Contains(errors[1], "batch.jsonl:3: field \"text\" is empty");
    }

    [TestMethod]
    public void GzipIsReadTransparently()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "a.txt.gz");
        using (var fs = File.Create(path))
        using (var gz = new GZipStream(fs, CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes("Compressed article text."));
        var a = new CorpusReader().Read([path]).Single().Article!;
        Assert.AreEqual("Compressed article text.", a.Text);
        Assert.AreEqual("a", a.Id);
    }

    [TestMethod]
    public void DecompressionBombIsRefused()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "bomb.txt.gz");
        using (var fs = File.Create(path))
        using (var gz = new GZipStream(fs, CompressionLevel.SmallestSize))
        {
            var zeros = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (int i = 0; i < 40; i++)
                gz.Write(zeros);
        }

        var reader = new CorpusReader(new IngestOptions { CompressionRatioFloorBytes = 1 << 20, MaxCompressionRatio = 50 });
        var item = reader.Read([path]).Single();
        Assert.IsNotNull(item.Error);
        StringAssert.Contains(item.Error.Message, "decompression limit");
    }

    [TestMethod]
    public void MarkdownKeepsSourceLineNumbers()
    {
        var text = MarkdownText.ToPlainLines("# Title *here*\n\nSome [linked](http://x) text\nand more.\n\n```\ncode\n```\n");
        var lines = text.Split('\n');
        Assert.AreEqual("Title here", lines[0]);
        Assert.AreEqual("", lines[1]);
        Assert.AreEqual("Some linked text", lines[2]);
        Assert.AreEqual("and more.", lines[3]);
        Assert.AreEqual("", lines[6]);
    }

    [TestMethod]
    public void HtmlGivesVisibleBlocksInOrder()
    {
        var r = HtmlText.Extract("""
            <html><head><title>Page</title><script>var x = 1;</script></head>
            <body><nav><a href="/">Home</a> <a href="/n">News</a></nav>
            <article><h1>Big  story</h1><p>First <b>bold</b> paragraph.</p><div style="display:none">hidden</div><p>Second.</p></article>
            <footer>Copyright</footer></body></html>
            """);
        CollectionAssert.AreEqual(new[] { "Home News", "Big story", "First bold paragraph.", "Second.", "Copyright" }, r.Text.Split('\n'));
        Assert.AreEqual("Page", r.Title);
        Assert.AreEqual("nav", r.Hints[0]);
        Assert.AreEqual("footer", r.Hints[4]);
    }
}
