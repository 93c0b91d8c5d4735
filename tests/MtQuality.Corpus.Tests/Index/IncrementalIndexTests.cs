using MtQuality.Core.Model;
using MtQuality.Core.Text;
using MtQuality.Corpus.Index;

namespace MtQuality.Corpus.Tests.Index;

[TestClass]
public sealed class IncrementalIndexTests
{
    private static void Upsert(CorpusIndex index, Article a) =>
        index.Upsert(a, CorpusIndex.BuildDocument(a, ArticleStatistics.Compute(a), CorpusIndex.ContentHash(a)));

    [TestMethod]
    public void AnArticleChangedAndChangedBackIsNotMistakenForUnchanged()
    {
        using var dir = new TempDir();
        var v1 = new Article("a1", "First version of the text.", site: "s");
        var v2 = new Article("a1", "Second version of the text.", site: "s");
        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            Upsert(index, v1);
            index.Commit();
            Upsert(index, v2);
            index.Commit();
        }

        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            using var snapshot = index.OpenSnapshot();
            Assert.IsTrue(CorpusIndex.IsUnchanged(snapshot, v2, CorpusIndex.ContentHash(v2)));
            Assert.IsFalse(CorpusIndex.IsUnchanged(snapshot, v1, CorpusIndex.ContentHash(v1)));
        }
    }

    [TestMethod]
    public void StatisticsTermsCountLikeTheInMemoryModel()
    {
        using var dir = new TempDir();
        var a = new Article("a1", "North Korea and North Korea again.\nNorth Korea.", site: "s");
        var reference = new InMemoryCorpusModel();
        reference.Add(a);
        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            Upsert(index, a);
            index.Commit();
        }

        using var model = CorpusIndex.OpenModel(dir.Path);
        Assert.AreEqual(reference.Tokens, model.Tokens);
        Assert.AreEqual(reference.Unigram("north"), model.Unigram("north"));
        Assert.AreEqual(reference.Bigram("north", "korea"), model.Bigram("north", "korea"));
    }
}
