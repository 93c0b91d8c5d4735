using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using MtQuality.Core.Lexicons;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// The count tables of <see cref="NgramCounts"/> (words, unigram columns, pairs with count columns) as one binary
/// file that is memory-mapped and answered from in place. Building the background model from its two gzipped
/// lexicons was the largest part of <c>mtq score</c>'s cold start (~0.25 s of CPU: decompressing, hashing ~320k rows
/// into fresh tables, and the page faults of ~12 MB of new memory); a mapped image costs a few page-cache faults
/// for the pages a lookup touches. Layout, little-endian, every section 8-byte aligned: a 128-byte header, the
/// word slots (hash in the high 32 bits, id + 1 in the low 32, 0 = empty; a deterministic hash, unlike the
/// process-seeded one of <see cref="WordTable"/>), the word offsets into the character blob, the blob (UTF-16),
/// the unigram columns, the pair keys (complemented, 0 = empty, as in the pair table) and the pair counts.
/// <para>An image from disk is checked before use (magic, version, the build key, the section sizes against the
/// file length, the word offsets); lookups also bound their probes and check ids, so a damaged file can give
/// wrong counts but never reads outside the mapping or loops.</para>
/// </summary>
internal sealed unsafe class NgramImage : IDisposable
{
    private static readonly ulong Magic = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian("MTQNGRAM"u8);
    private const int Version = 1;
    private const int HeaderBytes = 128;
    private const int MaxColumns = 4;

    private readonly MemoryMappedFile? file;
    private readonly MemoryMappedViewAccessor? view;
    private readonly GCHandle pinned;
    private readonly byte* start;

    private readonly ulong* wordSlots;
    private readonly int wordMask;
    private readonly int* offsets;
    private readonly char* blob;
    private readonly long* unigrams;
    private readonly long* pairKeys;
    private readonly long* pairValues;
    private readonly int pairMask;
    private readonly long[] tokens;
    private readonly int[] bigramCounts;

    private NgramImage(MemoryMappedFile? file, MemoryMappedViewAccessor? view, GCHandle pinned, byte* start, in Layout layout, long[] tokens, int[] bigramCounts)
    {
        this.file = file;
        this.view = view;
        this.pinned = pinned;
        this.start = start;
        WordCount = layout.Words;
        Columns = layout.Columns;
        wordSlots = (ulong*)(start + layout.WordSlotsAt);
        wordMask = layout.WordSlots - 1;
        offsets = (int*)(start + layout.OffsetsAt);
        blob = (char*)(start + layout.BlobAt);
        unigrams = (long*)(start + layout.UnigramsAt);
        pairKeys = (long*)(start + layout.PairKeysAt);
        pairValues = (long*)(start + layout.PairValuesAt);
        pairMask = layout.PairSlots - 1;
        this.tokens = tokens;
        this.bigramCounts = bigramCounts;
    }

    public int WordCount { get; }

    public int Columns { get; }

    public long Tokens(int column) => tokens[column];

    public int BigramCount(int column) => bigramCounts[column];

    /// <summary>The deterministic hash of the word slots: FNV-1a over the UTF-16 code units, then the murmur3 finaliser.</summary>
    internal static uint Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
            h = (h ^ c) * 16777619;
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >> 16);
    }

    public string Word(int id) => (uint)id < (uint)WordCount ? new(Chars(id)) : throw new ArgumentOutOfRangeException(nameof(id));

    private ReadOnlySpan<char> Chars(int id) => new(blob + offsets[id], offsets[id + 1] - offsets[id]);

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int FindWord(ReadOnlySpan<char> word)
    {
        uint hash = Hash(word);
        for (int n = 0, i = (int)hash & wordMask; n <= wordMask; n++, i = (i + 1) & wordMask)
        {
            ulong s = wordSlots[i];
            if (s == 0)
                return -1;
            if ((uint)(s >> 32) == hash)
            {
                uint id = (uint)s - 1;
                if (id < (uint)WordCount && word.SequenceEqual(Chars((int)id)))
                    return (int)id;
            }
        }

        return -1;
    }

    public long Unigram(int column, int id) => (uint)id < (uint)WordCount ? unigrams[((long)column * WordCount) + id] : 0;

    /// <summary>The count of the pair <paramref name="key"/> in <paramref name="column"/> (0 when absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Pair(long key, int column)
    {
        long stored = ~key;
        for (int n = 0, i = NgramCounts.PairHash(key, pairMask); n <= pairMask; n++, i = (i + 1) & pairMask)
        {
            long s = pairKeys[i];
            if (s == stored)
                return pairValues[((long)i * Columns) + column];
            if (s == 0)
                return 0;
        }

        return 0;
    }

    /// <summary>Every pair with a count in <paramref name="column"/> whose two words are in the image (tests and tools).</summary>
    public IEnumerable<(long Key, long Count)> Pairs(int column)
    {
        for (int i = 0; i <= pairMask; i++)
        {
            long n = PairValue(i, column);
            long key = ~PairKey(i);
            if (n != 0 && (ulong)(key >> 32) < (ulong)WordCount && (uint)key < (uint)WordCount)
                yield return (key, n);
        }
    }

    private long PairKey(int slot) => pairKeys[slot];

    private long PairValue(int slot, int column) => pairValues[((long)slot * Columns) + column];

    public void Dispose()
    {
        if (view is not null)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
        }

        file?.Dispose();
        if (pinned.IsAllocated)
            pinned.Free();
    }

    /// <summary>Where each section starts, from the counts in the header.</summary>
    private readonly struct Layout
    {
        public readonly int Columns, Words, WordSlots, PairSlots, BlobChars;
        public readonly long WordSlotsAt, OffsetsAt, BlobAt, UnigramsAt, PairKeysAt, PairValuesAt, Length;

        public Layout(int columns, int words, int wordSlots, int pairSlots, int blobChars)
        {
            (Columns, Words, WordSlots, PairSlots, BlobChars) = (columns, words, wordSlots, pairSlots, blobChars);
            WordSlotsAt = HeaderBytes;
            OffsetsAt = WordSlotsAt + (8L * wordSlots);
            BlobAt = Align(OffsetsAt + (4L * (words + 1L)));
            UnigramsAt = Align(BlobAt + (2L * blobChars));
            PairKeysAt = UnigramsAt + (8L * columns * words);
            PairValuesAt = PairKeysAt + (8L * pairSlots);
            Length = PairValuesAt + (8L * pairSlots * columns);
        }

        public bool Plausible =>
            Columns is >= 1 and <= MaxColumns && Words >= 0 && BlobChars >= 0
            && WordSlots > Words && System.Numerics.BitOperations.IsPow2(WordSlots)
            && PairSlots > 0 && System.Numerics.BitOperations.IsPow2(PairSlots);

        private static long Align(long at) => (at + 7) & ~7L;
    }

    /// <summary>
    /// Writes the image of count columns that share one word table and one pair table (the columns of one
    /// <see cref="NgramCounts.Builder"/>), keyed with <paramref name="key"/>.
    /// </summary>
    internal static void Write(Stream stream, Guid key, WordTable words, IReadOnlyList<long[]> unigramColumns, NgramCounts.PairTable pairs, IReadOnlyList<long> tokens, IReadOnlyList<int> bigramCounts)
    {
        int columns = unigramColumns.Count;
        if (columns is < 1 or > MaxColumns || pairs.Columns < columns)
            throw new ArgumentException("1–4 columns, all in the pair table", nameof(unigramColumns));
        int count = words.Count;
        int wordSlots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        var slots = new ulong[wordSlots];
        var offsetsOut = new int[count + 1];
        var text = new StringBuilder(count * 8);
        for (int id = 0; id < count; id++)
        {
            var w = words.Word(id);
            offsetsOut[id] = text.Length;
            text.Append(w);
            uint h = Hash(w);
            int i = (int)h & (wordSlots - 1);
            while (slots[i] != 0)
                i = (i + 1) & (wordSlots - 1);
            slots[i] = ((ulong)h << 32) | (uint)(id + 1);
        }

        offsetsOut[count] = text.Length;
        var layout = new Layout(columns, count, wordSlots, pairs.Capacity, text.Length);
        using var w8 = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w8.Write(Magic);
        w8.Write(Version);
        w8.Write(columns);
        w8.Write(key.ToByteArray());
        w8.Write(count);
        w8.Write(wordSlots);
        w8.Write(pairs.Capacity);
        w8.Write(text.Length);
        for (int c = 0; c < MaxColumns; c++)
            w8.Write(c < columns ? tokens[c] : 0L);
        for (int c = 0; c < MaxColumns; c++)
            w8.Write(c < columns ? bigramCounts[c] : 0);
        w8.Write(layout.Length);
        Pad(w8, HeaderBytes);
        foreach (ulong s in slots)
            w8.Write(s);
        foreach (int o in offsetsOut)
            w8.Write(o);
        Pad(w8, layout.BlobAt);
        foreach (var chunk in text.GetChunks())
        {
            foreach (char ch in chunk.Span)
                w8.Write((ushort)ch);
        }

        Pad(w8, layout.UnigramsAt);
        foreach (var column in unigramColumns)
        {
            for (int id = 0; id < count; id++)
                w8.Write(id < column.Length ? column[id] : 0L);
        }

        for (int slot = 0; slot < pairs.Capacity; slot++)
            w8.Write(pairs.StoredKey(slot));
        for (int slot = 0; slot < pairs.Capacity; slot++)
        {
            for (int c = 0; c < columns; c++)
                w8.Write(pairs.Value(slot, c));
        }

        w8.Flush();
        if (stream.CanSeek && stream.Position != layout.Length)
            throw new InvalidOperationException($"image layout: wrote {stream.Position} bytes, expected {layout.Length}");
    }

    /// <summary>The image of a word table with one value column and no pairs (word scores, parts of speech).</summary>
    internal static void WriteWords(Stream stream, Guid key, WordTable words, long[] column) =>
        Write(stream, key, words, [column], new NgramCounts.PairTable(1, 1), [0], [0]);

    private static void Pad(BinaryWriter w, long to)
    {
        while (w.BaseStream.Position < to)
            w.Write((byte)0);
    }

    /// <summary>Maps the image at <paramref name="path"/> if it is a sound image of build <paramref name="key"/>; null otherwise.</summary>
    public static NgramImage? TryOpen(string path, Guid key)
    {
        var mapped = ModelCache.TryMap(path, out long length);
        if (mapped is null)
            return null;
        MemoryMappedViewAccessor? view = null;
        bool acquired = false;
        try
        {
            view = mapped.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* p = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
            acquired = true;
            var image = FromMemory(mapped, view, default, p + view.PointerOffset, length, key);
            if (image is not null)
                return image;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        if (acquired)
            view!.SafeMemoryMappedViewHandle.ReleasePointer();
        view?.Dispose();
        mapped.Dispose();
        return null;
    }

    /// <summary>An image held in memory (tests): the bytes are pinned for the image's lifetime.</summary>
    public static NgramImage? FromBytes(byte[] bytes, Guid key)
    {
        var handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        var image = FromMemory(null, null, handle, (byte*)handle.AddrOfPinnedObject(), bytes.Length, key);
        if (image is null)
            handle.Free();
        return image;
    }

    private static NgramImage? FromMemory(MemoryMappedFile? file, MemoryMappedViewAccessor? view, GCHandle pinned, byte* p, long length, Guid key)
    {
        if (length < HeaderBytes || *(ulong*)p != Magic || *(int*)(p + 8) != Version)
            return null;
        if (new Guid(new ReadOnlySpan<byte>(p + 16, 16)) != key)
            return null;
        int columns = *(int*)(p + 12);
        var layout = new Layout(columns, *(int*)(p + 32), *(int*)(p + 36), *(int*)(p + 40), *(int*)(p + 44));
        if (!layout.Plausible || layout.Length != length || *(long*)(p + 96) != length)
            return null;
        var tokens = new long[columns];
        var bigramCounts = new int[columns];
        for (int c = 0; c < columns; c++)
        {
            tokens[c] = *(long*)(p + 48 + (8 * c));
            bigramCounts[c] = *(int*)(p + 80 + (4 * c));
        }

        // Word offsets must rise within the blob: then every word's characters are inside the mapping.
        var offs = (int*)(p + layout.OffsetsAt);
        if (offs[0] != 0 || offs[layout.Words] != layout.BlobChars)
            return null;
        for (int i = 0; i < layout.Words; i++)
        {
            if (offs[i + 1] < offs[i])
                return null;
        }

        return new NgramImage(file, view, pinned, p, layout, tokens, bigramCounts);
    }
}
