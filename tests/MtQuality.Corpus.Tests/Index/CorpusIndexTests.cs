using MtQuality.Core.Model;
using MtQuality.Corpus.Index;
using MtQuality.Corpus.Ingest;

namespace MtQuality.Corpus.Tests.Index;

[TestClass]
public sealed class CorpusIndexTests
{
    [TestMethod]
    public void LuceneModelAnswersLikeTheInMemoryReference()
    {
        using var dir = new TempDir();
        var articles = new CorpusReader().Read([Repo.Seeds]).Select(i => i.Article!).ToList();
        var reference = new InMemoryCorpusModel();
        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            foreach (var a in articles)
            {
                var stats = ArticleStatistics.Compute(a);
                reference.Add(a.Site, stats);
                index.Upsert(a, CorpusIndex.BuildDocument(a, stats, CorpusIndex.ContentHash(a)));
            }

            index.Commit();
        }

        using var model = CorpusIndex.OpenModel(dir.Path);
        Assert.AreEqual(5, model.Documents);
        Assert.AreEqual(reference.SiteDocuments("seeds"), model.SiteDocuments("seeds"));
        foreach (var w in new[] { "weapons", "state", "korea", "putin", "the" })
            Assert.AreEqual(reference.Case(w), model.Case(w), w);
        Assert.IsGreaterThan(0L, model.Bigram("north", "korea"));
        Assert.IsGreaterThan(0L, model.Unigram("sanctions"));
        var fp = MtQuality.Core.Text.LineFingerprint.Of("Leave a Reply");
        Assert.AreEqual(reference.SiteLineDocuments("seeds", fp), model.SiteLineDocuments("seeds", fp));
    }

    [TestMethod]
    public void LuceneModelAnswersEveryCountOfTheInMemoryReference()
    {
        // Every term the statistics hold, not a sample: the counted token streams must index each count exactly.
        using var dir = new TempDir();
        var articles = new CorpusReader().Read([Repo.Seeds]).Select(i => i.Article!).ToList();
        articles.Add(new MtQuality.Core.Text.Article("x1", "The the THE the. Korea and korea, Korea! \uD83D\uDE00 emoji and\nA line\nA line", site: "other"));
        var reference = new InMemoryCorpusModel();
        var all = new List<(string Site, ArticleStatistics Stats)>();
        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            foreach (var a in articles)
            {
                var stats = ArticleStatistics.Compute(a);
                reference.Add(a.Site, stats);
                all.Add((a.Site, stats));
                index.Upsert(a, CorpusIndex.BuildDocument(a, stats, CorpusIndex.ContentHash(a)));
            }

            index.Commit();
        }

        using var model = CorpusIndex.OpenModel(dir.Path);
        Assert.AreEqual(reference.Documents, model.Documents);
        Assert.AreEqual(reference.Tokens, model.Tokens);
        foreach (var (site, stats) in all)
        {
            Assert.AreEqual(reference.SiteDocuments(site), model.SiteDocuments(site), site);
            foreach (var fp in stats.LineFingerprints)
                Assert.AreEqual(reference.SiteLineDocuments(site, fp), model.SiteLineDocuments(site, fp), fp);
            foreach (var (word, _, _) in stats.CaseCounts)
                Assert.AreEqual(reference.Case(word), model.Case(word), word);
            foreach (var w in stats.Unigrams.Keys)
                Assert.AreEqual(reference.Unigram(w), model.Unigram(w), w);
            foreach (var (w1, w2) in stats.Bigrams.Keys)
                Assert.AreEqual(reference.Bigram(w1, w2), model.Bigram(w1, w2), w1 + " " + w2);
        }
    }

    [TestMethod]
    public void ContentHashIsTheHashOfSiteSeparatorAndText()
    {
        // The hash must not change between versions (incremental runs compare it with the index), including
        // for lone surrogates at either side of the separator.
        foreach (var (site, text) in new[] { ("s", "Some text here."), ("sit\uD800", "\uDC00text"), ("", ""), ("é", "naïve \uD83D\uDE00") })
        {
            var a = new MtQuality.Core.Text.Article("a", text, site: site);
            var bytes = System.Text.Encoding.UTF8.GetBytes(a.Site + "\u001f" + a.Text);
            var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)[..12]);
            Assert.AreEqual(expected, CorpusIndex.ContentHash(a), text);
        }
    }

    [TestMethod]
    public void SecondWriterFailsFastWithAClearMessage()
    {
        using var dir = new TempDir();
        using var first = CorpusIndex.OpenForWriting(dir.Path);
        var e = Assert.ThrowsExactly<IndexBusyException>(() => CorpusIndex.OpenForWriting(dir.Path));
        StringAssert.Contains(e.Message, "in use by another mtq process");
    }

    [TestMethod]
    public void UnchangedArticlesAreRecognisedByHash()
    {
        using var dir = new TempDir();
        var a = new MtQuality.Core.Text.Article("a1", "Some text here.", site: "s");
        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            index.Upsert(a, CorpusIndex.BuildDocument(a, ArticleStatistics.Compute(a), CorpusIndex.ContentHash(a)));
            index.Commit();
        }

        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            var hashes = index.ExistingHashes();
            Assert.AreEqual(CorpusIndex.ContentHash(a), hashes["a1"]);
            var changed = new MtQuality.Core.Text.Article("a1", "Changed text.", site: "s");
            index.Upsert(changed, CorpusIndex.BuildDocument(changed, ArticleStatistics.Compute(changed), CorpusIndex.ContentHash(changed)));
            index.Commit();
        }

        using var model = CorpusIndex.OpenModel(dir.Path);
        Assert.AreEqual(1, model.Documents);
    }
}
