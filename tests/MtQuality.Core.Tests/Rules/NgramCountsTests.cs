using System.Globalization;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Rules.Translation;

namespace MtQuality.Core.Tests.Rules;

/// <summary>
/// The compact count tables of <see cref="BackgroundModel"/> against the tables as they were built before
/// (every row of the lexicons through <see cref="Lexicon.Load"/> into dictionaries keyed by string tuples).
/// </summary>
[TestClass]
public sealed class NgramCountsTests
{
    private sealed record Reference(Dictionary<(string, string), long> Bigrams, Dictionary<string, long> Unigrams, long Tokens);

    private static long? HeaderTokens(Lexicon lex) =>
        lex.Header.TryGetValue("tokens", out var t) && long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static Reference Glosses()
    {
        var lex = Lexicon.Load("english-bigrams.tsv.gz");
        var bigrams = new Dictionary<(string, string), long>();
        var unigrams = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in lex.Entries)
        {
            if (e.Length < 3 || !long.TryParse(e[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
                continue;
            bigrams[(e[0], e[1])] = n;
            unigrams[e[1]] = unigrams.GetValueOrDefault(e[1]) + n;
        }

        return new(bigrams, unigrams, HeaderTokens(lex) ?? unigrams.Values.Sum());
    }

    private static Reference ProsePlusGlosses()
    {
        var lex = Lexicon.Load("english-lm.tsv.gz");
        var bigrams = new Dictionary<(string, string), long>();
        var unigrams = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in lex.Entries)
        {
            if (e.Length == 2 && long.TryParse(e[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long u))
                unigrams[e[0]] = u;
            else if (e.Length == 3 && long.TryParse(e[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out long b))
                bigrams[(e[0], e[1])] = b;
        }

        long tokens = HeaderTokens(lex) ?? unigrams.Values.Sum();
        var g = Glosses();
        foreach (var (k, v) in g.Bigrams)
            bigrams[k] = bigrams.GetValueOrDefault(k) + v;
        foreach (var (k, v) in g.Unigrams)
            unigrams[k] = unigrams.GetValueOrDefault(k) + v;
        return new(bigrams, unigrams, tokens + g.Tokens);
    }

    private static void AssertSame(Reference expected, NgramCounts actual)
    {
        Assert.AreEqual(expected.Tokens, actual.Tokens);
        Assert.AreEqual(expected.Bigrams.Count, actual.BigramCount);
        foreach (var ((w1, w2), n) in expected.Bigrams)
        {
            if (actual.Bigram(w1, w2) != n)
                Assert.Fail($"bigram '{w1} {w2}': expected {n}, got {actual.Bigram(w1, w2)}");
        }

        foreach (var (w, n) in expected.Unigrams)
        {
            if (actual.Unigram(w) != n)
                Assert.Fail($"unigram '{w}': expected {n}, got {actual.Unigram(w)}");
        }

        foreach (var (w1, w2, n) in actual.Bigrams())
            Assert.AreEqual(expected.Bigrams[(w1, w2)], n);
        foreach (var (w, n) in actual.Unigrams())
            Assert.AreEqual(expected.Unigrams.GetValueOrDefault(w), n);
    }

    [TestMethod]
    public void GlossCountsEqualTheLexiconRowsForEveryKey()
    {
        var expected = Glosses();
        Assert.AreEqual(expected.Tokens, BackgroundModel.Tokens);
        foreach (var ((w1, w2), n) in expected.Bigrams)
            Assert.AreEqual(n, BackgroundModel.Bigram(w1, w2));
        foreach (var (w, n) in expected.Unigrams)
            Assert.AreEqual(n, BackgroundModel.Unigram(w));
    }

    [TestMethod]
    public void ProseCountsEqualTheSumOfTheLexiconRowsForEveryKey() => AssertSame(ProsePlusGlosses(), BackgroundModel.Prose);

    [TestMethod]
    public void AbsentKeysCountZero()
    {
        var prose = BackgroundModel.Prose;
        Assert.AreEqual(0, prose.Unigram("zzqxjv-not-a-word"));
        Assert.AreEqual(0, prose.Unigram(""));
        Assert.AreEqual(0, prose.Bigram("zzqxjv-not-a-word", "the"));
        Assert.AreEqual(0, prose.Bigram("the", "zzqxjv-not-a-word"));
        Assert.IsGreaterThan(0, prose.Unigram("the"));
        Assert.IsGreaterThan(0, prose.Unigram("of"));
        Assert.AreEqual(0, prose.Bigram("zzqxjv", "zzqxjv"));
        Assert.AreEqual(0, BackgroundModel.Bigram("zzqxjv-not-a-word", "zzqxjv-not-a-word"));
    }

    [TestMethod]
    public void BuilderGrowsPastItsInitialTablesAndSumsExactly()
    {
        var a = new NgramCounts.Builder();
        var b = new NgramCounts.Builder();
        var expected = new Dictionary<(string, string), long>();
        var expectedUni = new Dictionary<string, long>(StringComparer.Ordinal);
        var random = new Random(7);
        for (int i = 0; i < 600_000; i++)
        {
            var builder = i % 3 == 0 ? b : a;
            string w1 = "w" + random.Next(70_000).ToString(CultureInfo.InvariantCulture);
            string w2 = "w" + random.Next(70_000).ToString(CultureInfo.InvariantCulture);
            int n = random.Next(1, 9);
            int id2 = builder.Intern(w2);
            builder.AddBigram(builder.Intern(w1), id2, n);
            builder.AddUnigram(id2, n);
            expected[(w1, w2)] = expected.GetValueOrDefault((w1, w2)) + n;
            expectedUni[w2] = expectedUni.GetValueOrDefault(w2) + n;
            expectedUni.TryAdd(w1, 0);
        }

        var first = a.Build(null);
        Assert.AreEqual(first.Unigrams().Sum(u => u.Count), first.Tokens, "tokens default to the unigram total");
        var sum = NgramCounts.Sum(first, b.Build(10));
        AssertSame(new Reference(expected, expectedUni, first.Tokens + 10), sum);
    }
}
