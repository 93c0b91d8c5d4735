using System.Globalization;
using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Tests.Lexicons;

/// <summary>
/// <see cref="EnglishLexicon.WordScore(string)"/> and <see cref="EnglishLexicon.IsWord(string)"/> against the table
/// they replaced: every row of english-words.tsv in a case-insensitive dictionary (first row wins).
/// </summary>
[TestClass]
public sealed class WordScoresTests
{
    private static readonly Lazy<Dictionary<string, double>> Reference = new(() =>
    {
        var map = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in Lexicon.Load("english-words.tsv").Entries)
        {
            if (e.Length >= 2)
                map.TryAdd(e[0], double.TryParse(e[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0);
        }

        return map;
    });

    [TestMethod]
    public void EveryWordHasItsScoreInAnyCase()
    {
        foreach (var (word, score) in Reference.Value)
        {
            if (EnglishLexicon.WordScore(word) != score || EnglishLexicon.WordScore(word.ToUpperInvariant()) != score || !EnglishLexicon.IsWord(word.AsSpan()))
                Assert.Fail($"{word}: expected {score}, got {EnglishLexicon.WordScore(word)} / {EnglishLexicon.WordScore(word.ToUpperInvariant())}");
        }
    }

    [TestMethod]
    public void MappedImageAnswersAsTheBuiltTable()
    {
        var built = new WordScores("english-words.tsv");
        using var ms = new MemoryStream();
        built.WriteImage(ms, ModelCache.Key);
        using var image = MtQuality.Core.Rules.Translation.NgramImage.FromBytes(ms.ToArray(), ModelCache.Key)!;
        var mapped = WordScores.FromImage(image);
        Assert.IsTrue(mapped.IsMapped);
        Assert.IsFalse(built.IsMapped);
        var probes = Reference.Value.Keys.SelectMany(w => new[] { w, w.ToUpperInvariant() })
            .Concat(["The", "ſo", "İs", "straße", "zzqxjv", "", "a-bomb", new string('a', 64), new string('a', 65)]);
        foreach (var w in probes)
        {
            bool a = built.TryGet(w, out var x);
            bool b = mapped.TryGet(w, out var y);
            if (a != b || x != y)
                Assert.Fail($"{w}: built {a} {x}, mapped {b} {y}");
        }
    }

    [TestMethod]
    [DataRow("The")]
    [DataRow("tHe")]
    [DataRow("ſo")] // long s: its invariant upper case is S, so OrdinalIgnoreCase matches "so"
    [DataRow("İs")] // dotted capital I: not I, so no match with "is"
    [DataRow("straße")]
    [DataRow("zzqxjv")]
    [DataRow("")]
    [DataRow("a-bomb")]
    [DataRow("pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopicsilicovolcanoconiosis")]
    public void LookupsIgnoreCaseExactlyAsOrdinalIgnoreCase(string probe)
    {
        bool expected = Reference.Value.TryGetValue(probe, out var score);
        Assert.AreEqual(expected, EnglishLexicon.IsWord(probe), probe);
        Assert.AreEqual(expected ? score : 0, EnglishLexicon.WordScore(probe.AsSpan()), probe);
    }
}
