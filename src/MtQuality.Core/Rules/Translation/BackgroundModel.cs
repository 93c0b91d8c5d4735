using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
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
    private static readonly Lazy<NgramCounts> GlossData = new(LoadGlosses);

    private static readonly Lazy<NgramCounts> ProseData = new(() => NgramCounts.Sum(LoadProse(), GlossData.Value));

    public static long Bigram(string w1, string w2) => GlossData.Value.Bigram(w1, w2);

    public static long Unigram(string w) => GlossData.Value.Unigram(w);

    public static long Tokens => GlossData.Value.Tokens;

    /// <summary>Prose (State of the Union) plus gloss counts: the background of the surprisal rules.</summary>
    public static NgramCounts Prose => ProseData.Value;

    private static NgramCounts LoadGlosses()
    {
        var b = new NgramCounts.Builder();
        var header = ReadRows("english-bigrams.tsv.gz", [MethodImpl(MethodImplOptions.AggressiveOptimization)] (line, fields) =>
        {
            if (fields.Length < 3 || !long.TryParse(line[fields[2]], NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
                return;
            int w2 = b.Intern(line[fields[1]]);
            b.SetBigram(b.Intern(line[fields[0]]), w2, n);
            b.AddUnigram(w2, n);
        });
        return b.Build(HeaderTokens(header));
    }

    private static NgramCounts LoadProse()
    {
        var b = new NgramCounts.Builder();
        var header = ReadRows("english-lm.tsv.gz", [MethodImpl(MethodImplOptions.AggressiveOptimization)] (line, fields) =>
        {
            if (fields.Length == 2 && long.TryParse(line[fields[1]], NumberStyles.Integer, CultureInfo.InvariantCulture, out long u))
                b.SetUnigram(b.Intern(line[fields[0]]), u);
            else if (fields.Length == 3 && long.TryParse(line[fields[2]], NumberStyles.Integer, CultureInfo.InvariantCulture, out long n))
            {
                int w1 = b.Intern(line[fields[0]]);
                b.SetBigram(w1, b.Intern(line[fields[1]]), n);
            }
        });
        return b.Build(HeaderTokens(header));
    }

    private delegate void RowHandler(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields);

    /// <summary>
    /// Calls <paramref name="row"/> for each data row of an embedded gzipped table and returns its header, reading
    /// the text the way <see cref="Lexicon.Parse(string, TextReader)"/> does (header lines "# key: value" before the
    /// first row, other '#' lines and empty lines skipped, fields split on tabs) but without a string per row or field:
    /// building ~300k Lexicon rows was most of the cold start of <c>mtq score</c>. Rows of four or more fields
    /// report four.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, over ~160k rows: tier-0 code would dominate
    private static Dictionary<string, string> ReadRows(string fileName, RowHandler row)
    {
        var asm = typeof(Lexicon).Assembly;
        using var stream = asm.GetManifestResourceStream("MtQuality.Lexicons." + fileName)
            ?? throw new InvalidOperationException($"lexicon '{fileName}' is not embedded in {asm.GetName().Name}");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        string text = reader.ReadToEnd();
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bool inHeader = true;
        Span<Range> ranges = stackalloc Range[4];
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            // Lines end at \n, \r or \r\n, as for TextReader.ReadLine.
            int end = rest.IndexOfAny('\n', '\r');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
            if (line.Length == 0)
                continue;
            if (line[0] == '#')
            {
                if (inHeader && line.Length > 2 && line[1] == ' ')
                {
                    int colon = line[2..].IndexOf(':') + 2;
                    if (colon > 2 && !line[2..colon].Contains(' '))
                        header[line[2..colon].ToString()] = line[(colon + 1)..].Trim().ToString();
                }

                continue;
            }

            inHeader = false;
            int n = line.Split(ranges, '\t');
            row(line, ranges[..n]);
        }

        return header;
    }

    private static long? HeaderTokens(Dictionary<string, string> header) =>
        header.TryGetValue("tokens", out var t) && long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>
/// Lower-cased unigram and bigram counts (sentence edges are <c>&lt;s&gt;</c> and <c>&lt;/s&gt;</c>). Words are
/// numbered once; a bigram is the 64-bit key of its two word numbers. Both live in small open-addressing tables of
/// arrays written for this class rather than in BCL dictionaries keyed by string tuples: the ~300k pairs are loaded
/// at the cold start of <c>mtq score</c>, where the shared generic dictionary code still runs unoptimised (tier 0),
/// and building them was most of that start.
/// </summary>
internal sealed class NgramCounts
{
    private readonly WordTable words;
    private readonly long[] unigrams;
    private readonly PairTable bigrams;

    private NgramCounts(WordTable words, long[] unigrams, PairTable bigrams, long tokens)
    {
        this.words = words;
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        Tokens = tokens;
    }

    public long Tokens { get; }

    /// <summary>Number of distinct bigrams.</summary>
    public int BigramCount => bigrams.Count;

    public long Bigram(string w1, string w2)
    {
        int a = words.Find(w1);
        if (a < 0)
            return 0;
        int b = words.Find(w2);
        return b < 0 ? 0 : bigrams.Get(Key(a, b));
    }

    public long Unigram(string w)
    {
        int id = words.Find(w);
        return id < 0 ? 0 : unigrams[id];
    }

    /// <summary>Every bigram with its count, in no particular order (tests and tools).</summary>
    public IEnumerable<(string W1, string W2, long Count)> Bigrams()
    {
        for (int i = 0; i < bigrams.Keys.Length; i++)
        {
            long k = bigrams.Keys[i];
            if (k != PairTable.Empty)
                yield return (words.Word((int)(k >> 32)), words.Word((int)(uint)k), bigrams.Values[i]);
        }
    }

    /// <summary>Every word with its unigram count (0 for words seen only in bigrams).</summary>
    public IEnumerable<(string Word, long Count)> Unigrams()
    {
        for (int id = 0; id < words.Count; id++)
            yield return (words.Word(id), unigrams[id]);
    }

    public static NgramCounts Sum(NgramCounts a, NgramCounts b)
    {
        var builder = new Builder(a);
        var remap = new int[b.words.Count];
        for (int id = 0; id < remap.Length; id++)
        {
            int to = builder.Intern(b.words.Word(id));
            remap[id] = to;
            builder.AddUnigram(to, b.unigrams[id]);
        }

        builder.AddAll(b.bigrams, remap);
        return builder.Build(a.Tokens + b.Tokens);
    }

    private static long Key(int w1, int w2) => ((long)w1 << 32) | (uint)w2;

    /// <summary>Collects counts; <see cref="Build"/> hands them over (the builder must not be used afterwards).</summary>
    internal sealed class Builder
    {
        private readonly WordTable words;
        private readonly PairTable bigrams;
        private long[] unigrams;

        public Builder()
        {
            words = new WordTable(1 << 15);
            bigrams = new PairTable(1 << 18);
            unigrams = new long[1 << 15];
        }

        /// <summary>Starts from a copy of <paramref name="counts"/>.</summary>
        public Builder(NgramCounts counts)
        {
            words = counts.words.Clone();
            bigrams = counts.bigrams.Clone();
            unigrams = (long[])counts.unigrams.Clone();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Intern(ReadOnlySpan<char> word)
        {
            int id = words.Intern(word);
            if (id >= unigrams.Length)
                Array.Resize(ref unigrams, unigrams.Length * 2);
            return id;
        }

        public void SetUnigram(int word, long count) => unigrams[word] = count;

        public void AddUnigram(int word, long count) => unigrams[word] += count;

        public void SetBigram(int w1, int w2, long count) => bigrams.Slot(Key(w1, w2)) = count;

        public void AddBigram(int w1, int w2, long count) => bigrams.Slot(Key(w1, w2)) += count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddAll(PairTable other, int[] remap)
        {
            for (int i = 0; i < other.Keys.Length; i++)
            {
                long k = other.Keys[i];
                if (k != PairTable.Empty)
                    bigrams.Slot(Key(remap[(int)(k >> 32)], remap[(int)(uint)k])) += other.Values[i];
            }
        }

        /// <summary>The counts; <paramref name="tokens"/> defaults to the sum of the unigram counts.</summary>
        public NgramCounts Build(long? tokens)
        {
            var counts = unigrams.AsSpan(0, words.Count).ToArray();
            long sum = 0;
            foreach (long n in counts)
                sum += n;
            return new(words, counts, bigrams, tokens ?? sum);
        }
    }

    /// <summary>Distinct strings numbered 0, 1, … in order of arrival; open addressing with linear probing.</summary>
    internal sealed class WordTable
    {
        private string[] byId;
        private int[] slots; // id + 1; 0 = empty
        private int[] hashes;

        public WordTable(int capacity)
        {
            byId = new string[capacity];
            slots = new int[capacity * 2];
            hashes = new int[capacity];
        }

        private WordTable(string[] byId, int[] slots, int[] hashes, int count)
        {
            this.byId = byId;
            this.slots = slots;
            this.hashes = hashes;
            Count = count;
        }

        public int Count { get; private set; }

        public string Word(int id) => byId[id];

        public WordTable Clone() => new((string[])byId.Clone(), (int[])slots.Clone(), (int[])hashes.Clone(), Count);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Find(ReadOnlySpan<char> word)
        {
            int hash = string.GetHashCode(word);
            int mask = slots.Length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                int s = slots[i];
                if (s == 0)
                    return -1;
                if (hashes[s - 1] == hash && word.SequenceEqual(byId[s - 1]))
                    return s - 1;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Intern(ReadOnlySpan<char> word)
        {
            int hash = string.GetHashCode(word);
            int mask = slots.Length - 1;
            int i = hash & mask;
            for (; ; i = (i + 1) & mask)
            {
                int s = slots[i];
                if (s == 0)
                    break;
                if (hashes[s - 1] == hash && word.SequenceEqual(byId[s - 1]))
                    return s - 1;
            }

            int id = Count++;
            if (id == byId.Length)
            {
                Array.Resize(ref byId, byId.Length * 2);
                Array.Resize(ref hashes, hashes.Length * 2);
            }

            byId[id] = word.ToString();
            hashes[id] = hash;
            slots[i] = id + 1;
            if (Count * 2 > slots.Length)
                Rehash();
            return id;
        }

        private void Rehash()
        {
            slots = new int[slots.Length * 2];
            int mask = slots.Length - 1;
            for (int id = 0; id < Count; id++)
            {
                int i = hashes[id] & mask;
                while (slots[i] != 0)
                    i = (i + 1) & mask;
                slots[i] = id + 1;
            }
        }
    }

    /// <summary>64-bit keys to counts; open addressing with linear probing, <see cref="Empty"/> marks a free slot.</summary>
    internal sealed class PairTable
    {
        public const long Empty = -1;

        public PairTable(int capacity)
        {
            Keys = new long[capacity];
            Keys.AsSpan().Fill(Empty);
            Values = new long[capacity];
        }

        private PairTable(long[] keys, long[] values, int count)
        {
            Keys = keys;
            Values = values;
            Count = count;
        }

        public long[] Keys { get; private set; }

        public long[] Values { get; private set; }

        public int Count { get; private set; }

        public PairTable Clone() => new((long[])Keys.Clone(), (long[])Values.Clone(), Count);

        private static int Hash(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) & mask;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public long Get(long key)
        {
            var keys = Keys;
            int mask = keys.Length - 1;
            for (int i = Hash(key, mask); ; i = (i + 1) & mask)
            {
                long k = keys[i];
                if (k == key)
                    return Values[i];
                if (k == Empty)
                    return 0;
            }
        }

        /// <summary>The count of <paramref name="key"/>, added as 0 when absent.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ref long Slot(long key)
        {
            if ((Count + 1) * 2 > Keys.Length)
                Grow();
            var keys = Keys;
            int mask = keys.Length - 1;
            int i = Hash(key, mask);
            for (; ; i = (i + 1) & mask)
            {
                long k = keys[i];
                if (k == key)
                    return ref Values[i];
                if (k == Empty)
                    break;
            }

            keys[i] = key;
            Count++;
            return ref Values[i];
        }

        private void Grow()
        {
            var oldKeys = Keys;
            var oldValues = Values;
            Keys = new long[oldKeys.Length * 2];
            Keys.AsSpan().Fill(Empty);
            Values = new long[oldKeys.Length * 2];
            int mask = Keys.Length - 1;
            for (int j = 0; j < oldKeys.Length; j++)
            {
                if (oldKeys[j] == Empty)
                    continue;
                int i = Hash(oldKeys[j], mask);
                while (Keys[i] != Empty)
                    i = (i + 1) & mask;
                Keys[i] = oldKeys[j];
                Values[i] = oldValues[j];
            }
        }
    }
}
