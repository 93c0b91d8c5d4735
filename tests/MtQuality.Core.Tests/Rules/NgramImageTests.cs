using System.Globalization;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Rules.Translation;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// The mapped image of the count tables (<see cref="NgramImage"/>) answers exactly as the tables it was written
/// from, and a damaged or foreign image is refused (the model is then built) without reading outside the file.
/// </summary>
[TestClass]
public sealed class NgramImageTests
{
    private static readonly Guid Key = Guid.Parse("0f9c2d3e-1111-4a2b-9c3d-5e6f708192a3");

    private static (NgramCounts A, NgramCounts B) TwoColumns(int words, int rows, int seed)
    {
        var b = new NgramCounts.Builder(columns: 2, expectedWords: 16, expectedPairs: 16); // grows while filling
        var random = new Random(seed);
        for (int i = 0; i < rows; i++)
        {
            int w1 = b.Intern("w" + random.Next(words).ToString(CultureInfo.InvariantCulture));
            int w2 = b.Intern(i % 7 == 0 ? "É" + random.Next(50).ToString(CultureInfo.InvariantCulture) : "w" + random.Next(words).ToString(CultureInfo.InvariantCulture));
            int n = random.Next(1, 9);
            b.AddBigram(0, w1, w2, n);
            if (i % 3 != 0)
                b.AddBigram(1, w1, w2, n * 2);
            b.AddUnigram(i % 2, w2, n);
        }

        return (b.Build(0, null), b.Build(1, 12345));
    }

    private static byte[] ImageBytes(params NgramCounts[] columns)
    {
        using var ms = new MemoryStream();
        NgramCounts.WriteImage(ms, Key, columns);
        return ms.ToArray();
    }

    private static void AssertSameCounts(NgramCounts expected, NgramCounts actual, IEnumerable<string> probes)
    {
        Assert.AreEqual(expected.Tokens, actual.Tokens);
        Assert.AreEqual(expected.BigramCount, actual.BigramCount);
        var bigrams = expected.Bigrams().ToDictionary(t => (t.W1, t.W2), t => t.Count);
        CollectionAssert.AreEquivalent(bigrams.ToList(), actual.Bigrams().ToDictionary(t => (t.W1, t.W2), t => t.Count).ToList());
        CollectionAssert.AreEqual(expected.Unigrams().ToList(), actual.Unigrams().ToList());
        foreach (var ((w1, w2), n) in bigrams)
        {
            if (actual.Bigram(w1, w2) != n)
                Assert.Fail($"'{w1} {w2}': {n} expected, {actual.Bigram(w1, w2)} mapped");
        }

        foreach (var w in probes)
        {
            Assert.AreEqual(expected.WordId(w), actual.WordId(w), w);
            Assert.AreEqual(expected.Unigram(w), actual.Unigram(w), w);
            Assert.AreEqual(expected.Bigram(w, "w1"), actual.Bigram(w, "w1"), w);
            Assert.AreEqual(expected.Bigram("w2", w), actual.Bigram("w2", w), w);
        }
    }

    private static readonly string[] Probes = [.. Enumerable.Range(0, 3000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)), "É3", "", "W1", "w1 ", "zzqxjv"];

    [TestMethod]
    public void ImageAnswersAsTheTablesItWasWrittenFrom()
    {
        var (a, b) = TwoColumns(words: 2000, rows: 40_000, seed: 3);
        using var image = NgramImage.FromBytes(ImageBytes(a, b), Key)!;
        Assert.IsNotNull(image);
        Assert.AreEqual(2, image.Columns);
        var mappedA = new NgramCounts(image, 0);
        var mappedB = new NgramCounts(image, 1);
        Assert.IsTrue(mappedA.IsMapped);
        AssertSameCounts(a, mappedA, Probes);
        AssertSameCounts(b, mappedB, Probes);
        Assert.AreEqual(12345, mappedB.Tokens);
        // A mapped column can be summed and rebuilt like a built one.
        var sum = NgramCounts.Sum(mappedA, mappedB);
        Assert.AreEqual(a.Bigram("w5", "w9") + b.Bigram("w5", "w9"), sum.Bigram("w5", "w9"));
        Assert.IsFalse(sum.IsMapped);
    }

    [TestMethod]
    public void BackgroundModelImageEqualsTheBuiltModelForEveryKey()
    {
        var (glosses, prose) = BackgroundModel.Build();
        using var image = NgramImage.FromBytes(ImageBytes(glosses, prose), Key)!;
        var probes = new[] { "the", "of", "economic", "growth", "committee", "zzqxjv-not-a-word", "", "<s>", "</s>", "The" };
        AssertSameCounts(glosses, new NgramCounts(image, 0), probes);
        AssertSameCounts(prose, new NgramCounts(image, 1), probes);
    }

    [TestMethod]
    public void ForeignTruncatedOrDamagedImagesAreRefused()
    {
        var (a, b) = TwoColumns(words: 300, rows: 2000, seed: 5);
        var bytes = ImageBytes(a, b);
        Assert.IsNotNull(NgramImage.FromBytes((byte[])bytes.Clone(), Key));
        Assert.IsNull(NgramImage.FromBytes((byte[])bytes.Clone(), Guid.NewGuid()), "another build's image");
        Assert.IsNull(NgramImage.FromBytes(bytes[..^8], Key), "truncated");
        Assert.IsNull(NgramImage.FromBytes([.. bytes, 0, 0, 0, 0, 0, 0, 0, 0], Key), "extended");
        Assert.IsNull(NgramImage.FromBytes(bytes[..100], Key), "shorter than the header");
        Assert.IsNull(NgramImage.FromBytes([], Key), "empty");
        var magic = (byte[])bytes.Clone();
        magic[0] ^= 1;
        Assert.IsNull(NgramImage.FromBytes(magic, Key), "magic");
        var version = (byte[])bytes.Clone();
        version[8] = 99;
        Assert.IsNull(NgramImage.FromBytes(version, Key), "version");
        var slots = (byte[])bytes.Clone();
        slots[36] = 3; // word slot count not a power of two
        Assert.IsNull(NgramImage.FromBytes(slots, Key), "word slot count");
        // A word offset past its successor: the blob would be read out of order or outside the file.
        int wordSlots = BitConverter.ToInt32(bytes, 36);
        int offsetsAt = 128 + (8 * wordSlots);
        var offsets = (byte[])bytes.Clone();
        BitConverter.GetBytes(int.MaxValue).CopyTo(offsets, offsetsAt + 4);
        Assert.IsNull(NgramImage.FromBytes(offsets, Key), "word offsets");
    }

    [TestMethod]
    public void NoisyTablesGiveCountsButNeverFaultOrLoop()
    {
        // Damage inside the tables (not the header or offsets) cannot be seen without reading every page; lookups
        // must stay inside the image and end, whatever the slots hold, here every word slot and pair key full.
        var (a, b) = TwoColumns(words: 300, rows: 2000, seed: 9);
        var bytes = ImageBytes(a, b);
        int wordSlots = BitConverter.ToInt32(bytes, 36);
        int pairSlots = BitConverter.ToInt32(bytes, 40);
        for (int at = 128; at < 128 + (8 * wordSlots); at++)
            bytes[at] = 0xFF; // ids far past the word count, hashes that match nothing
        long length = BitConverter.ToInt64(bytes, 96);
        long pairKeysAt = length - (8L * pairSlots * 3); // keys, then two count columns
        for (long at = pairKeysAt; at < pairKeysAt + (8L * pairSlots); at++)
            bytes[at] = 0x7F; // no free slot, no key that any pair of ids has
        using var image = NgramImage.FromBytes(bytes, Key)!;
        Assert.IsNotNull(image);
        var counts = new NgramCounts(image, 0);
        foreach (var w in Probes)
            Assert.AreEqual(-1, counts.WordId(w), w);
        Assert.AreEqual(0, counts.Bigram(1, 2));
        Assert.AreEqual(0, counts.Bigram(int.MaxValue, 0));
        Assert.AreEqual(0, counts.Unigram(int.MaxValue));
        Assert.AreEqual(0, counts.Bigrams().Count(), "a full table of foreign keys holds no counts");
    }

    [TestMethod]
    public void CacheWritesAtomicallyMapsBackAndKeepsOnlyTheNewestOtherBuilds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mtq-cache-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            var others = Enumerable.Range(0, 4).Select(i => Path.Combine(folder, $"test-model-{i:x32}.bin")).ToArray();
            for (int i = 0; i < others.Length; i++)
            {
                File.WriteAllText(others[i], "an older build's image");
                File.SetLastWriteTimeUtc(others[i], DateTime.UtcNow.AddHours(-i - 1)); // 0 newest
            }

            var unrelated = Path.Combine(folder, "other-model-0.bin");
            File.WriteAllText(unrelated, "another table's image");
            var killed = Path.Combine(folder, ".test-model.999999.00000000000000000000000000000000.tmp");
            File.WriteAllText(killed, "half");
            File.SetLastWriteTimeUtc(killed, DateTime.UtcNow.AddHours(-1));
            var (a, b) = TwoColumns(words: 500, rows: 5000, seed: 11);
            Assert.IsTrue(ModelCache.TryWrite(folder, "test-model", s => NgramCounts.WriteImage(s, ModelCache.Key, a, b)));
            var path = ModelCache.ImagePath(folder, "test-model");
            // This build's image, the two newest of other builds, and the other table's image stay.
            CollectionAssert.AreEquivalent(new[] { path, others[0], others[1], unrelated }, Directory.GetFiles(folder));
            foreach (var f in others[..2].Append(unrelated))
                File.Delete(f);
            using (var image = NgramImage.TryOpen(path, ModelCache.Key))
            {
                Assert.IsNotNull(image);
                AssertSameCounts(b, new NgramCounts(image, 1), Probes);
            }

            Assert.IsNull(NgramImage.TryOpen(path, Guid.NewGuid()));
            Assert.IsNull(NgramImage.TryOpen(Path.Combine(folder, "missing.bin"), ModelCache.Key));
            File.WriteAllBytes(path, []);
            Assert.IsNull(NgramImage.TryOpen(path, ModelCache.Key), "empty file");
            // A writer that fails midway leaves neither a target nor a temporary file.
            Assert.ThrowsExactly<InvalidOperationException>(() => ModelCache.TryWrite(folder, "broken", _ => throw new InvalidOperationException("boom")));
            CollectionAssert.AreEquivalent(new[] { path }, Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void CacheFolderSettings()
    {
        Assert.IsNull(ModelCache.ResolveFolder("off"));
        Assert.IsNull(ModelCache.ResolveFolder(" none "));
        Assert.AreEqual(Path.GetFullPath("/tmp/x-cache"), ModelCache.ResolveFolder("/tmp/x-cache"));
        Assert.IsNotNull(ModelCache.ResolveFolder(null), "a default folder under the user's cache");
        // A folder that cannot be created (its parent is a file) is no error: the image is simply not written.
        var file = Path.GetTempFileName();
        try
        {
            Assert.IsFalse(ModelCache.TryWrite(Path.Combine(file, "sub"), "m", s => s.WriteByte(1)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
