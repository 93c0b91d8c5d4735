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
