namespace MtQuality.Core.Text;

/// <summary>
/// Strings for short words, shared across the articles one thread analyses: a direct-mapped table per thread (each
/// word has one slot by its hash; a new word replaces the slot's), so "the", "said" or a site's recurring names are
/// one string each rather than one per occurrence and article. Equal in value to <c>new string(word)</c>; a word
/// that lost its slot is simply made again. Bounded: <see cref="Slots"/> strings of at most
/// <see cref="MaxLength"/> characters per thread.
/// </summary>
public static class WordInterner
{
    /// <summary>Longer words are made as new strings (they rarely recur).</summary>
    public const int MaxLength = 24;

    private const int Slots = 1 << 12;

    [ThreadStatic]
    private static string?[]? table;

    public static string Get(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength || word.Length == 0)
            return word.Length == 0 ? string.Empty : new string(word);
        var slots = table ??= new string?[Slots];
        ref var slot = ref slots[string.GetHashCode(word) & (Slots - 1)];
        var s = slot;
        if (s is not null && word.SequenceEqual(s))
            return s;
        return slot = new string(word);
    }
}
