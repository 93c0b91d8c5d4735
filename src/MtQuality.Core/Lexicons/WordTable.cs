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
    private int[] slots; // id + 1; 0 = empty
    private int[] hashes;

    public WordTable(int capacity)
    {
        capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 16));
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
