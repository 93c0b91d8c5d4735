using System.Runtime.CompilerServices;

namespace MtQuality.Core.Lexicons;

/// <summary>
/// Distinct strings numbered 0, 1, … in order of arrival; open addressing with linear probing, case-sensitive. The
/// word side of the large tables loaded at start-up (the background language model, the word scores): written for
/// them rather than a BCL dictionary, whose generic code for their value types would first run unoptimised.
/// </summary>
internal sealed class WordTable
{
    private string[] byId;

    // Per slot: the word's hash in the high 32 bits and its id + 1 in the low 32 (0 = empty), so that a probe compares
    // hashes without a second array and touches a word's string only when the hashes match: on this virtual
    // machine each dependent cache miss of a lookup costs more than the hashing.
    private long[] slots;

    public WordTable(int capacity)
    {
        capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 16));
        byId = new string[capacity];
        slots = new long[capacity * 2];
    }

    private WordTable(string[] byId, long[] slots, int count)
    {
        this.byId = byId;
        this.slots = slots;
        Count = count;
    }

    public int Count { get; private set; }

    public string Word(int id) => byId[id];

    public WordTable Clone() => new((string[])byId.Clone(), (long[])slots.Clone(), Count);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> word)
    {
        int hash = string.GetHashCode(word);
        var cache = recent ??= new Recent[1 << RecentBits];
        ref var r = ref cache[(hash ^ salt) & ((1 << RecentBits) - 1)];
        if (r.Hash == hash && ReferenceEquals(r.Table, this) && word.SequenceEqual(r.Word))
            return r.Id;
        var table = slots;
        int mask = table.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            long s = table[i];
            if (s == 0)
                return -1;
            if ((int)(s >> 32) == hash)
            {
                int id = (int)s - 1;
                var w = byId[id];
                if (word.SequenceEqual(w))
                {
                    r = new Recent(this, w, hash, id);
                    return id;
                }
            }
        }
    }

    /// <summary>
    /// The words this thread found lately, in any table: a direct-mapped cache of a few thousand entries that stays
    /// in the processor's cache, where a probe of the table itself (megabytes: slots, then the word's string) mostly
    /// misses. Words found only (a word absent stays absent; an id never changes), and the entry holds the table's
    /// own string, so caching allocates nothing.
    /// </summary>
    [ThreadStatic]
    private static Recent[]? recent;

    private const int RecentBits = 12;

    private readonly int salt = RuntimeHelpers.GetHashCode(new object());

    private readonly record struct Recent(WordTable Table, string Word, int Hash, int Id);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<char> word)
    {
        int hash = string.GetHashCode(word);
        var table = slots;
        int mask = table.Length - 1;
        int i = hash & mask;
        for (; ; i = (i + 1) & mask)
        {
            long s = table[i];
            if (s == 0)
                break;
            if ((int)(s >> 32) == hash && word.SequenceEqual(byId[(int)s - 1]))
                return (int)s - 1;
        }

        int id = Count++;
        if (id == byId.Length)
            Array.Resize(ref byId, byId.Length * 2);
        byId[id] = word.ToString();
        table[i] = Slot(hash, id);
        if (Count * 2 > table.Length)
            Rehash();
        return id;
    }

    private static long Slot(int hash, int id) => ((long)hash << 32) | (uint)(id + 1);

    private void Rehash()
    {
        var old = slots;
        slots = new long[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (long s in old)
        {
            if (s == 0)
                continue;
            int i = (int)(s >> 32) & mask;
            while (slots[i] != 0)
                i = (i + 1) & mask;
            slots[i] = s;
        }
    }
}
