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

    /// <summary>Found by the kill-and-rerun test: a run killed while writing its first commit left a truncated
    /// segments_1, and every later run failed with "read past EOF".</summary>
    [TestMethod]
    public void AFirstCommitCutShortStartsTheIndexAfresh()
    {
        using var dir = new TempDir();
        var a = new Article("a1", "The council met on Monday.", site: "s");
        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            Upsert(index, a);
            index.Commit();
            Assert.IsNull(index.RecoveryNote);
        }

        var segments = Directory.GetFiles(dir.Path, "segments_*").Single();
        var bytes = System.IO.File.ReadAllBytes(segments);
        System.IO.File.WriteAllBytes(segments, bytes[..(bytes.Length / 2)]);
        System.IO.File.WriteAllText(System.IO.Path.Combine(dir.Path, "notes.txt"), "a user's file");

        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            StringAssert.Contains(index.RecoveryNote, "no readable commit");
            Upsert(index, a);
            index.Commit();
        }

        using var model = CorpusIndex.OpenModel(dir.Path);
        Assert.AreEqual(1, model.Unigram("council"));
        Assert.IsTrue(System.IO.File.Exists(System.IO.Path.Combine(dir.Path, "notes.txt")), "only Lucene's files are removed");
    }

    [TestMethod]
    public void AHealthyIndexIsNotRecovered()
    {
        using var dir = new TempDir();
        using (var index = CorpusIndex.OpenForWriting(dir.Path))
        {
            Upsert(index, new Article("a1", "Text.", site: "s"));
            index.Commit();
        }

        using var again = CorpusIndex.OpenForWriting(dir.Path);
        Assert.IsNull(again.RecoveryNote);
        using var snapshot = again.OpenSnapshot();
        Assert.AreEqual(1, snapshot!.NumDocs);
    }
}
