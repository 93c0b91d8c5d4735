namespace MtQuality.Reports;

/// <summary>
/// The report names an audit has handed out, compared as the file systems that ignore case compare them
/// (ASCII: <see cref="SafeFileName"/> names are ASCII), kept as two 64-bit hashes a name instead of its string:
/// ~28 bytes an article instead of ~100, the difference between ~28 MB and ~100 MB at a million articles. A hash
/// collision between two different names can only make <see cref="Claim"/> treat a free name as taken (the
/// article then gets a "-2" suffix it did not need, ~1 chance in 30 million at a million articles); two names
/// that are equal ignoring case always collide, so a name is never handed out twice. Not thread-safe.
/// </summary>
internal sealed class ReportNames
{
    /// <summary>Folded hash (the uniqueness key) → exact-case hash of the name that claimed it.</summary>
    private readonly Dictionary<ulong, ulong> claimed = [];

    public int Count => claimed.Count;

    /// <summary>The name itself if no name equal to it ignoring case was claimed, else the first free "name-N" (N ≥ 2).</summary>
    public string Claim(string name)
    {
        var candidate = name;
        for (int i = 2; !claimed.TryAdd(Hash(candidate, fold: true), Hash(candidate, fold: false)); i++)
            candidate = $"{name}-{i}";
        return candidate;
    }

    /// <summary>Whether exactly this name (case included) was claimed, and not <see cref="Unwritten"/>.</summary>
    public bool WasClaimed(string name) =>
        claimed.TryGetValue(Hash(name, fold: true), out var exact) && exact == Hash(name, fold: false);

    /// <summary>
    /// Marks a claimed name as not written (its article failed): <see cref="WasClaimed"/> is then false for it, so a
    /// stale report under that name is removed, but the name stays taken, so later claims do not depend on when
    /// the failure was noticed.
    /// </summary>
    public void Unwritten(string name)
    {
        ref var exact = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(claimed, Hash(name, fold: true));
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref exact) && exact == Hash(name, fold: false))
            exact = 0; // no name hashes to 0 but by a 2^-64 chance
    }

    /// <summary>FNV-1a over the UTF-16 code units, then a 64-bit finaliser (splitmix64) so that near names spread.</summary>
    internal static ulong Hash(ReadOnlySpan<char> s, bool fold)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in s)
        {
            char c = fold && ch is >= 'a' and <= 'z' ? (char)(ch - 32) : fold && ch > 127 ? char.ToUpperInvariant(ch) : ch;
            h = (h ^ c) * 1099511628211UL;
        }

        h ^= (ulong)s.Length << 56;
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }
}
