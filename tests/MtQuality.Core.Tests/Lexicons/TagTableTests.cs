using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Tests.Lexicons;

/// <summary>
/// <see cref="EnglishLexicon.Pos"/> (pos.tsv as a <see cref="TagTable"/>, built or mapped) against the table it
/// replaced: every row in a case-insensitive dictionary, first row wins.
/// </summary>
[TestClass]
public sealed class TagTableTests
{
    private static readonly Lazy<Dictionary<string, string>> Reference = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in Lexicon.Load("pos.tsv").Entries)
        {
            if (e.Length >= 2)
                map.TryAdd(e[0], e[1]);
        }

        return map;
    });

    private static readonly string[] EdgeProbes = ["The", "RUN", "ſo", "İs", "straße", "zzqxjv", "", "a-bomb", "A-Bomb", new string('a', 64), new string('a', 65)];

    private static void AssertSame(Func<string, string> pos)
    {
        foreach (var (word, tag) in Reference.Value)
        {
            if (pos(word) != tag || pos(word.ToUpperInvariant()) != tag)
                Assert.Fail($"{word}: expected {tag}, got {pos(word)} / {pos(word.ToUpperInvariant())}");
        }

        foreach (var probe in EdgeProbes)
            Assert.AreEqual(Reference.Value.GetValueOrDefault(probe) ?? string.Empty, pos(probe), probe);
    }

    [TestMethod]
    public void EveryLemmaHasItsTagInAnyCase() => AssertSame(EnglishLexicon.Pos);

    [TestMethod]
    public void MappedImageAnswersAsTheBuiltTable()
    {
        var built = new TagTable("pos.tsv");
        Assert.IsFalse(built.IsMapped);
        AssertSame(w => built.Get(w));
        using var ms = new MemoryStream();
        built.WriteImage(ms, ModelCache.Key);
        using var image = MtQuality.Core.Rules.Translation.NgramImage.FromBytes(ms.ToArray(), ModelCache.Key)!;
        var mapped = TagTable.FromImage(image);
        Assert.IsTrue(mapped.IsMapped);
        AssertSame(w => mapped.Get(w));
        // Tag strings are shared, not made per lookup.
        Assert.AreSame(mapped.Get("dog"), mapped.Get("cat"));
    }
}
