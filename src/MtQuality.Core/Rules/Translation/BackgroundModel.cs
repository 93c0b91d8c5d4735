using System.Globalization;
using System.Runtime.CompilerServices;
using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// The compact background language model that ships with the project, two count tables:
/// <list type="bullet">
/// <item>WordNet 3.1 glosses and examples (english-bigrams.tsv.gz, bigrams with count ≥ 2; unigrams are the
/// bigram marginals): general English word pairs in dictionary style. <see cref="Bigram"/>, <see cref="Unigram"/>
/// and <see cref="Tokens"/> answer from this table alone (the compound antipattern of caps-heading-bare-verb).</item>
/// <item>The State of the Union addresses 1790–2021 (english-lm.tsv.gz, public domain, ~1.8M words of edited
/// political prose; unigrams and bigrams with count ≥ 2). <see cref="Prose"/> adds both tables: the language
/// model that surprisal rules combine with the corpus counts of the index.</item>
/// </list>
/// Both are rebuilt reproducibly by tools/lexicons (see their headers).
/// </summary>
internal static class BackgroundModel
{
    private static readonly Lazy<(NgramCounts Glosses, NgramCounts Prose)> Data = new(Load);

    public static long Bigram(string w1, string w2) => Data.Value.Glosses.Bigram(w1, w2);

    public static long Unigram(string w) => Data.Value.Glosses.Unigram(w);

    public static long Tokens => Data.Value.Glosses.Tokens;

    /// <summary>Prose (State of the Union) plus gloss counts: the background of the surprisal rules.</summary>
    public static NgramCounts Prose => Data.Value.Prose;

    /// <summary>The name of the model's image in <see cref="ModelCache"/>.</summary>
    internal const string ImageName = "background-model";

    /// <summary>
    /// The mapped image of both tables from the cache when this build wrote one before; else the tables are built
    /// from the lexicons (<see cref="Build"/>) and their image is written for the next process (first run only,
    /// ~15 MB, best effort). Both paths give the same counts (tests compare them key by key).
    /// </summary>
    private static (NgramCounts Glosses, NgramCounts Prose) Load() => ModelCache.Load<(NgramCounts Glosses, NgramCounts Prose)>(
        ImageName,
        columns: 2,
        image => (new NgramCounts(image, 0), new NgramCounts(image, 1)),
        Build,
        (built, s) => NgramCounts.WriteImage(s, ModelCache.Key, built.Glosses, built.Prose));

    /// <summary>
    /// Both tables in one pass over each file, into one word table and one pair table with two count columns
    /// (glosses; prose + glosses) sized for the files, so that nothing is rehashed, cloned or summed afterwards:
    /// growing, copying and re-adding the pairs was most of this load, and this load was the largest part of
    /// <c>mtq score</c>'s cold start. The table is kept small on purpose: each pair is a random probe, and on this
    /// virtual machine a probe into a 48 MB table (pairs at ≤ 50% load, a count per column) cost ~3× one into 12 MB.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, over ~320k rows: tier-0 code would dominate
    internal static (NgramCounts Glosses, NgramCounts Prose) Build()
    {
        const int gloss = 0, prose = 1;
        // ~60k words and ~270k distinct pairs in the two files (tools/lexicons keeps bigrams seen at least twice).
        var b = new NgramCounts.Builder(columns: 2, expectedWords: 1 << 16, expectedPairs: 300_000);
        long proseUnigrams = 0;
        var proseHeader = Lexicon.ReadRows("english-lm.tsv.gz", [MethodImpl(MethodImplOptions.AggressiveOptimization)] (line, fields) =>
        {
            if (fields.Length == 2 && long.TryParse(line[fields[1]], NumberStyles.Integer, CultureInfo.InvariantCulture, out long u))
            {
                b.AddUnigram(prose, b.Intern(line[fields[0]]), u);
                proseUnigrams += u;
            }
            else if (fields.Length == 3 && long.TryParse(line[fields[2]], NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
            {
                int w1 = b.Intern(line[fields[0]]);
                b.AddBigram(prose, w1, b.Intern(line[fields[1]]), n);
            }
        });
        var glossHeader = Lexicon.ReadRows("english-bigrams.tsv.gz", [MethodImpl(MethodImplOptions.AggressiveOptimization)] (line, fields) =>
        {
            if (fields.Length < 3 || !long.TryParse(line[fields[2]], NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
                return;
            int w1 = b.Intern(line[fields[0]]);
            int w2 = b.Intern(line[fields[1]]);
            // The gloss unigrams are the bigram marginals; the prose column holds both tables' sums.
            b.AddBigram(w1, w2, n, n);
            b.AddUnigram(gloss, w2, n);
            b.AddUnigram(prose, w2, n);
        });
        var glosses = b.Build(gloss, HeaderTokens(glossHeader));
        return (glosses, b.Build(prose, (HeaderTokens(proseHeader) ?? proseUnigrams) + glosses.Tokens));
    }

    private static long? HeaderTokens(Dictionary<string, string> header) =>
        header.TryGetValue("tokens", out var t) && long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>
/// Lower-cased unigram and bigram counts (sentence edges are <c>&lt;s&gt;</c> and <c>&lt;/s&gt;</c>). Words are
/// numbered once; a bigram is the 64-bit key of its two word numbers. Both live in small open-addressing tables of
/// arrays written for this class rather than in BCL dictionaries keyed by string tuples: the ~900k pairs are loaded
/// at the cold start of <c>mtq score</c>, where the shared generic dictionary code still runs unoptimised (tier 0),
/// and building them was most of that start. A <see cref="Builder"/> may keep several count columns over the same
/// words and pairs; each built <see cref="NgramCounts"/> is one column (absent and zero counts are the same).
/// </summary>
internal sealed class NgramCounts
{
    // Built in memory (words, unigrams, pairs) or answered from a mapped image (image); never both.
    private readonly WordTable? words;
    private readonly long[]? unigrams;
    private readonly PairTable? pairs;
    private readonly NgramImage? image;
    private readonly int column;

    private NgramCounts(WordTable words, long[] unigrams, PairTable pairs, int column, long tokens)
    {
        this.words = words;
        this.unigrams = unigrams;
        this.pairs = pairs;
        this.column = column;
        Tokens = tokens;
        int count = 0;
        for (int slot = 0; slot < pairs.Capacity; slot++)
        {
            if (pairs.Value(slot, column) != 0)
                count++;
        }

        BigramCount = count;
    }

    /// <summary>Column <paramref name="column"/> of a mapped image.</summary>
    internal NgramCounts(NgramImage image, int column)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)column, (uint)image.Columns, nameof(column));
        this.image = image;
        this.column = column;
        Tokens = image.Tokens(column);
        BigramCount = image.BigramCount(column);
    }

    /// <summary>Whether these counts are answered from a mapped image rather than tables built in memory.</summary>
    internal bool IsMapped => image is not null;

    /// <summary>
    /// Writes the image of <paramref name="columns"/>, which must be columns of one builder (one word table and one
    /// pair table): <see cref="NgramImage"/>.
    /// </summary>
    internal static void WriteImage(Stream stream, Guid key, params NgramCounts[] columns)
    {
        var first = columns[0];
        if (first.words is null || columns.Any(c => c.words != first.words || c.pairs != first.pairs || c.column != Array.IndexOf(columns, c)))
            throw new ArgumentException("columns 0, 1, … of one builder's tables", nameof(columns));
        NgramImage.Write(stream, key, first.words, [.. columns.Select(c => c.unigrams!)], first.pairs!, [.. columns.Select(c => c.Tokens)], [.. columns.Select(c => c.BigramCount)]);
    }

    public long Tokens { get; }

    /// <summary>Number of distinct bigrams (with a count other than zero).</summary>
    public int BigramCount { get; }

    public long Bigram(string w1, string w2)
    {
        int a = WordId(w1);
        return a < 0 ? 0 : Bigram(a, WordId(w2));
    }

    public long Unigram(string w) => Unigram(WordId(w));

    /// <summary>The number of a word in these counts, or -1: for callers that ask about the same word many times.</summary>
    public int WordId(string w) => image is not null ? image.FindWord(w) : words!.Find(w);

    /// <summary><see cref="Unigram(string)"/> by <see cref="WordId"/> (0 for -1).</summary>
    public long Unigram(int id) => id < 0 ? 0 : image is not null ? image.Unigram(column, id) : unigrams![id];

    /// <summary><see cref="Bigram(string, string)"/> by <see cref="WordId"/>s (0 when either is -1).</summary>
    public long Bigram(int w1, int w2)
    {
        if (w1 < 0 || w2 < 0)
            return 0;
        if (image is not null)
            return image.Pair(Key(w1, w2), column);
        int slot = pairs!.Find(Key(w1, w2));
        return slot < 0 ? 0 : pairs.Value(slot, column);
    }

    /// <summary>Every bigram with its count, in no particular order (tests and tools).</summary>
    public IEnumerable<(string W1, string W2, long Count)> Bigrams()
    {
        if (image is not null)
        {
            foreach (var (k, n) in image.Pairs(column))
                yield return (image.Word((int)(k >> 32)), image.Word((int)(uint)k), n);
            yield break;
        }

        for (int slot = 0; slot < pairs!.Capacity; slot++)
        {
            long n = pairs.Value(slot, column);
            if (n != 0)
            {
                long k = pairs.KeyAt(slot);
                yield return (words!.Word((int)(k >> 32)), words.Word((int)(uint)k), n);
            }
        }
    }

    /// <summary>Every word with its unigram count (0 for words seen only in bigrams or only in another column).</summary>
    public IEnumerable<(string Word, long Count)> Unigrams()
    {
        int count = image?.WordCount ?? words!.Count;
        for (int id = 0; id < count; id++)
            yield return image is not null ? (image.Word(id), image.Unigram(column, id)) : (words!.Word(id), unigrams![id]);
    }

    public static NgramCounts Sum(NgramCounts a, NgramCounts b)
    {
        var builder = new Builder(a);
        builder.AddAll(b);
        return builder.Build(a.Tokens + b.Tokens);
    }

    private static long Key(int w1, int w2) => ((long)w1 << 32) | (uint)w2;

    /// <summary>The home slot of a pair key in a table of mask + 1 slots (built and mapped tables alike).</summary>
    internal static int PairHash(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) & mask;

    /// <summary>Collects counts; <see cref="Build(long?)"/> hands them over (the builder must not be used afterwards).</summary>
    internal sealed class Builder
    {
        private readonly WordTable words;
        private readonly PairTable pairs;
        private readonly long[][] unigrams;

        public Builder()
            : this(columns: 1, expectedWords: 1 << 14, expectedPairs: 1 << 17)
        {
        }

        /// <summary>A builder of <paramref name="columns"/> count columns, sized for the expected numbers of distinct words and pairs.</summary>
        public Builder(int columns, int expectedWords, int expectedPairs)
        {
            words = new WordTable(expectedWords);
            pairs = new PairTable(expectedPairs, columns);
            unigrams = new long[columns][];
            for (int c = 0; c < columns; c++)
                unigrams[c] = new long[expectedWords];
        }

        /// <summary>Starts from a copy of <paramref name="counts"/> (one column).</summary>
        public Builder(NgramCounts counts)
        {
            if (counts.image is not null)
            {
                words = new WordTable(counts.image.WordCount);
                pairs = new PairTable(counts.BigramCount, 1);
                unigrams = [new long[Math.Max(1, counts.image.WordCount)]];
                AddAll(counts);
                return;
            }

            words = counts.words!.Clone();
            pairs = counts.pairs!.Clone(counts.column);
            unigrams = [[.. counts.unigrams!]];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Intern(ReadOnlySpan<char> word)
        {
            int id = words.Intern(word);
            if (id >= unigrams[0].Length)
            {
                for (int c = 0; c < unigrams.Length; c++)
                    Array.Resize(ref unigrams[c], Math.Max(unigrams[c].Length * 2, id + 1));
            }

            return id;
        }

        public void AddUnigram(int word, long count) => AddUnigram(0, word, count);

        /// <summary>Adds every unigram and bigram count of <paramref name="counts"/> to column 0, by word.</summary>
        public void AddAll(NgramCounts counts)
        {
            foreach (var (w, n) in counts.Unigrams())
                AddUnigram(Intern(w), n);
            foreach (var (w1, w2, n) in counts.Bigrams())
                AddBigram(Intern(w1), Intern(w2), n);
        }

        public void AddUnigram(int column, int word, long count) => unigrams[column][word] += count;

        public void AddBigram(int w1, int w2, long count) => pairs.Add(pairs.Insert(Key(w1, w2)), 0, count);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddBigram(int column, int w1, int w2, long count) => pairs.Add(pairs.Insert(Key(w1, w2)), column, count);

        /// <summary>Adds to the first two columns at once (one probe of the table for both).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddBigram(int w1, int w2, long count0, long count1)
        {
            int slot = pairs.Insert(Key(w1, w2));
            pairs.Add(slot, 0, count0);
            pairs.Add(slot, 1, count1);
        }

        /// <summary>The counts of column 0; <paramref name="tokens"/> defaults to the sum of the unigram counts.</summary>
        public NgramCounts Build(long? tokens) => Build(0, tokens);

        /// <summary>The counts of <paramref name="column"/>; <paramref name="tokens"/> defaults to the sum of its unigram counts.</summary>
        public NgramCounts Build(int column, long? tokens)
        {
            var counts = unigrams[column].AsSpan(0, words.Count).ToArray();
            long sum = 0;
            foreach (long n in counts)
                sum += n;
            return new(words, counts, pairs, column, tokens ?? sum);
        }
    }

    /// <summary>
    /// A set of 64-bit pair keys, each with a slot of one or more counts; open addressing with linear probing, at
    /// most three quarters full. A slot stores the complement of its key (keys are non-negative), so that 0 marks a free slot
    /// and new arrays need no filling; the counts of a slot lie side by side, in the same cache line (the ~900k
    /// random probes of a load are cache misses, one per array touched).
    /// </summary>
    internal sealed class PairTable
    {
        private readonly int columns;
        private long[] keys;
        private long[] values;

        /// <summary>A table with room for <paramref name="expected"/> keys before it grows.</summary>
        public PairTable(int expected, int columns)
        {
            int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(expected, 8) * 4 / 3);
            this.columns = columns;
            keys = new long[capacity];
            values = new long[capacity * columns];
        }

        private PairTable(long[] keys, long[] values, int columns, int count)
        {
            this.keys = keys;
            this.values = values;
            this.columns = columns;
            Count = count;
        }

        public int Count { get; private set; }

        public int Capacity => keys.Length;

        public int Columns => columns;

        /// <summary>The slot as stored: the complement of its key, or 0 when free (<see cref="NgramImage"/> copies it).</summary>
        public long StoredKey(int slot) => keys[slot];

        public long Value(int slot, int column) => values[(slot * columns) + column];

        public void Add(int slot, int column, long count) => values[(slot * columns) + column] += count;

        /// <summary>The key in <paramref name="slot"/> (only meaningful where a count is set).</summary>
        public long KeyAt(int slot) => ~keys[slot];

        /// <summary>A copy of the keys with one of the columns.</summary>
        public PairTable Clone(int column)
        {
            var one = new long[keys.Length];
            for (int slot = 0; slot < one.Length; slot++)
                one[slot] = Value(slot, column);
            return new((long[])keys.Clone(), one, 1, Count);
        }

        private static int Hash(long key, int mask) => PairHash(key, mask);

        /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Find(long key)
        {
            var k = keys;
            int mask = k.Length - 1;
            long stored = ~key;
            for (int i = Hash(key, mask); ; i = (i + 1) & mask)
            {
                long s = k[i];
                if (s == stored)
                    return i;
                if (s == 0)
                    return -1;
            }
        }

        /// <summary>The slot of <paramref name="key"/>, added (with zero counts) when absent.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Insert(long key)
        {
            if ((Count + 1) * 4L > keys.Length * 3L)
                Grow();
            var k = keys;
            int mask = k.Length - 1;
            long stored = ~key;
            int i = Hash(key, mask);
            for (; ; i = (i + 1) & mask)
            {
                long s = k[i];
                if (s == stored)
                    return i;
                if (s == 0)
                    break;
            }

            k[i] = stored;
            Count++;
            return i;
        }

        private void Grow()
        {
            var oldKeys = keys;
            var oldValues = values;
            keys = new long[oldKeys.Length * 2];
            values = new long[keys.Length * columns];
            int mask = keys.Length - 1;
            for (int j = 0; j < oldKeys.Length; j++)
            {
                if (oldKeys[j] == 0)
                    continue;
                int i = Hash(~oldKeys[j], mask);
                while (keys[i] != 0)
                    i = (i + 1) & mask;
                keys[i] = oldKeys[j];
                Array.Copy(oldValues, j * columns, values, i * columns, columns);
            }
        }
    }
}
