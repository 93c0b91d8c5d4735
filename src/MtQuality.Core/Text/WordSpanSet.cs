namespace MtQuality.Core.Text;

/// <summary>
/// A set of short strings added and sought as spans, for the words of one page: their characters are copied into one
/// growing buffer and found by an open-addressing table over it, so neither adding nor asking makes a string.
/// Exact (ordinal) membership, like a <c>HashSet&lt;string&gt;</c> with <see cref="StringComparer.Ordinal"/>.
/// Not thread-safe; <see cref="Clear"/> keeps the memory for the next use.
/// </summary>
internal sealed class WordSpanSet
{
    private char[] chars = new char[512];
    private int used;
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int[] hashes = new int[32];
    private int count;
    private int[] slots = new int[64]; // entry index + 1; 0 is empty

    public int Count => count;

    /// <summary>Characters the word buffer holds room for.</summary>
    public int Chars => chars.Length;

    public void Clear()
    {
        if (count == 0)
            return;
        Array.Clear(slots);
        count = 0;
        used = 0;
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        int hash = Hash(word);
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            int e = slots[i] - 1;
            if (e < 0)
                return false;
            if (hashes[e] == hash && chars.AsSpan(starts[e], lengths[e]).SequenceEqual(word))
                return true;
        }
    }

    /// <summary>Adds <paramref name="word"/>; false when it was there already.</summary>
    public bool Add(ReadOnlySpan<char> word)
    {
        int hash = Hash(word);
        int mask = slots.Length - 1;
        int i = hash & mask;
        for (; ; i = (i + 1) & mask)
        {
            int e = slots[i] - 1;
            if (e < 0)
                break;
            if (hashes[e] == hash && chars.AsSpan(starts[e], lengths[e]).SequenceEqual(word))
                return false;
        }

        if (used + word.Length > chars.Length)
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + word.Length));
        if (count == starts.Length)
        {
            Array.Resize(ref starts, count * 2);
            Array.Resize(ref lengths, count * 2);
            Array.Resize(ref hashes, count * 2);
        }

        word.CopyTo(chars.AsSpan(used));
        starts[count] = used;
        lengths[count] = word.Length;
        hashes[count] = hash;
        used += word.Length;
        count++;
        if (count * 2 > slots.Length)
            Rehash();
        else
            slots[i] = count;
        return true;
    }

    /// <summary>The words, as strings, in the order they were added.</summary>
    public IEnumerable<string> Words()
    {
        for (int e = 0; e < count; e++)
            yield return new string(chars, starts[e], lengths[e]);
    }

    private void Rehash()
    {
        slots = new int[slots.Length * 2];
        int mask = slots.Length - 1;
        for (int e = 0; e < count; e++)
        {
            int i = hashes[e] & mask;
            while (slots[i] != 0)
                i = (i + 1) & mask;
            slots[i] = e + 1;
        }
    }

    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word) & int.MaxValue;
}
