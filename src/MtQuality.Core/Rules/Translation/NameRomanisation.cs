namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// How two romanisations of one non-Latin name differ, as pure functions of the spellings (no article, no lexicon):
/// <see cref="FirstNamesClose"/> compares two first names by the alternations of romanisation systems, and
/// <see cref="Skeleton"/> folds a one-word name to what its Russian and Ukrainian romanisations share. Used by
/// <see cref="InconsistentNameFormRule"/>.
/// </summary>
public static class NameRomanisation
{
    /// <summary>Shortest first name compared for romanisation variants.</summary>
    public const int MinFirstNameLength = 4;

    /// <summary>
    /// Longest first name compared: the comparison keeps two rows of its edit table on the stack and costs the product
    /// of the two lengths, so a hostile run of letters must not reach it.
    /// </summary>
    public const int MaxFirstNameLength = 32;

    /// <summary>
    /// Two spellings of one first name: same first letter, and at most two edits, each one of the alternations of
    /// romanisation (BGN/PCGN vs. national systems, formal vs. spoken forms): a vowel for another vowel or a vowel
    /// added or dropped inside the name ("Mohammed" / "Mohammad", "Georgios" / "Giorgos"), i/y, c/k, and g/h
    /// (Russian Г romanised as g, Ukrainian as h: "Oleg" / "Oleh"). A final vowel is never changed, added or
    /// dropped: it marks gender or another name ("Maria" / "Mario", "Daniel" / "Daniela"). Latin x and its
    /// transliteration ks (Cyrillic кс: "Alexei" / "Aleksei", "Felix" / "Feliks") are one letter group.
    /// </summary>
    public static bool FirstNamesClose(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0 || a.Length > MaxFirstNameLength || b.Length > MaxFirstNameLength)
            return false;
        if (a.ContainsAny('x', 'X') != b.ContainsAny('x', 'X'))
        {
            Span<char> ax = stackalloc char[2 * MaxFirstNameLength];
            Span<char> bx = stackalloc char[2 * MaxFirstNameLength];
            // The x/ks alternation is one of the two edits allowed.
            return Edits(XAsKs(a, ax), XAsKs(b, bx)) <= 1;
        }

        return Edits(a, b) is > 0 and <= 2;
    }

    /// <summary><paramref name="w"/> with each x written ks, into <paramref name="into"/> (twice as long as the name at most).</summary>
    private static ReadOnlySpan<char> XAsKs(ReadOnlySpan<char> w, Span<char> into)
    {
        int n = 0;
        foreach (char c in w)
        {
            if (c is 'x' or 'X')
            {
                into[n++] = c == 'X' ? 'K' : 'k';
                into[n++] = 's';
            }
            else
                into[n++] = c;
        }

        return into[..n];
    }

    /// <summary>The romanisation edits between two names (0 to 2), or 3 when they differ otherwise.</summary>
    private static int Edits(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0 || char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0]) || Math.Abs(a.Length - b.Length) > 2)
            return 3;
        const int Forbidden = 3;
        int n = a.Length, m = b.Length;
        Span<int> prev = stackalloc int[m + 1];
        Span<int> cur = stackalloc int[m + 1];
        for (int j = 0; j <= m; j++)
            prev[j] = j == 0 ? 0 : Math.Min(Forbidden, prev[j - 1] + (IndelOk(b, j - 1) ? 1 : Forbidden));
        for (int i = 1; i <= n; i++)
        {
            cur[0] = Math.Min(Forbidden, prev[0] + (IndelOk(a, i - 1) ? 1 : Forbidden));
            for (int j = 1; j <= m; j++)
            {
                char x = char.ToLowerInvariant(a[i - 1]), y = char.ToLowerInvariant(b[j - 1]);
                int sub = prev[j - 1] + (x == y ? 0 : SubOk(x, y, i == n && j == m) ? 1 : Forbidden);
                int del = prev[j] + (IndelOk(a, i - 1) ? 1 : Forbidden);
                int ins = cur[j - 1] + (IndelOk(b, j - 1) ? 1 : Forbidden);
                cur[j] = Math.Min(Forbidden, Math.Min(sub, Math.Min(del, ins)));
            }

            cur.CopyTo(prev);
        }

        return prev[m];
    }

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>A vowel inside the name (not its first or last letter) may be added or dropped.</summary>
    private static bool IndelOk(ReadOnlySpan<char> w, int k) => k > 0 && k < w.Length - 1 && IsVowelLetter(char.ToLowerInvariant(w[k]));

    private static bool SubOk(char x, char y, bool final) =>
        (!final && IsVowelLetter(x) && IsVowelLetter(y))
        || (x, y) is ('i', 'y') or ('y', 'i') or ('c', 'k') or ('k', 'c') or ('g', 'h') or ('h', 'g');

    /// <summary>
    /// What two romanisations of one name share (BGN/PCGN, ISO 9 and German Duden spellings of Russian and
    /// Ukrainian names): w → v ("Peskow"), sch → sh ("Schoigu"), щ as shch, schtsch or sch → sh ("Shchukin" / "Schukin"), y closing a syllable after a vowel → i ("Shoygu", "Sergey"; not "Mayer"), a final
    /// -iy / -yy / -ij → -i ("Dmitriy", "Zelenskyy"), initial ya/ja, yu/ju, ye/je → ia, iu, e ("Yuri" / "Juri"), and
    /// j inside the name → y: the German spelling of й and я ("Majakowski" / "Mayakovsky") and the Indonesian one before
    /// the 1972 spelling reform (Ejaan Yang Disempurnakan: j → y, "Harjanto" / "Haryanto").
    /// </summary>
    public static string Skeleton(string key) => SkeletonInto(key, new char[key.Length]).ToString();

    /// <summary><see cref="Skeleton"/> written into <paramref name="into"/> (at least as long as the key: a skeleton is never longer).</summary>
    internal static ReadOnlySpan<char> SkeletonInto(ReadOnlySpan<char> key, Span<char> into)
    {
        int n = 0;
        int start = 0;
        if (key.Length > 2 && (key[0] is 'y' or 'j' or 'i') && key[1] is 'a' or 'u')
        {
            into[n++] = 'i';
            into[n++] = key[1];
            start = 2;
        }
        else if (key.Length > 2 && (key[0] is 'y' or 'j') && key[1] == 'e')
        {
            into[n++] = 'e';
            start = 2;
        }

        for (int i = start; i < key.Length; i++)
        {
            char c = key[i];
            if (c == 's' && key[i..].StartsWith("schtsch"))
            {
                into[n++] = 's';
                into[n++] = 'h';
                i += 6; // German Duden щ ("Chruschtschow")
            }
            else if (c == 's' && key[i..].StartsWith("shch"))
            {
                into[n++] = 's';
                into[n++] = 'h';
                i += 3; // BGN/PCGN щ ("Shchukin"), met as "sch" in German-style or careless spellings ("Schukin")
            }
            else if (c == 's' && i + 2 < key.Length && key[i + 1] == 'c' && key[i + 2] == 'h')
            {
                into[n++] = 's';
                into[n++] = 'h';
                i += 2;
            }
            else if (c == 'w')
                into[n++] = 'v';
            else if (c is 'y' or 'j' && i > 0 && key[i - 1] is 'a' or 'e' or 'o' or 'u' or 'i' && (i + 1 == key.Length || !IsVowel(key[i + 1])))
                into[n++] = 'i'; // a glide closing a syllable ("Shoygu", "Sergey"), not one opening the next ("Mayer")
            else if (c == 'j')
                into[n++] = 'y'; // j inside the name, a glide opening a syllable: German "Majakowski", Indonesian spelling before 1972 ("Harjanto" / "Haryanto")
            else
                into[n++] = c;
        }

        var r = into[..n];
        if (r.EndsWith("iy") || r.EndsWith("yy") || r.EndsWith("ij") || r.EndsWith("ii"))
        {
            into[n - 2] = 'i';
            n--;
        }
        else if (r.EndsWith('y') && n > 5 && r[^2] is not ('a' or 'e' or 'o' or 'u'))
            into[n - 1] = 'i'; // "Zelensky" / "Zelenskyi"
        return into[..n];
    }

    /// <summary>A vowel for the skeleton's glide test, y included ("Shoygu"); <see cref="IsVowelLetter"/> leaves y out, since i/y is an alternation of its own there.</summary>
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// What two spellings of one surname share after the orthographic alternations of romanisation and old or
    /// national spelling systems: oe → u (Indonesian spelling before 1972: "Soetomo" / "Sutomo"), ee → i (Hindi
    /// long i: "Deepa" / "Dipa"), th → t ("Thakur" / "Takur", French "Mathieu" / "Matieu"), ph → f, b → v
    /// (Spanish b and v are one sound), w → v, k → c, y → i, and a doubled letter written once ("Marelli" /
    /// "Mareli"; German ß, whose key is s, against ss). Takes a <see cref="InconsistentNameFormRule"/> key
    /// (lower case, diacritics removed) and writes into <paramref name="into"/> (at least as long: a skeleton is never longer).
    /// </summary>
    public static ReadOnlySpan<char> SurnameSkeletonInto(ReadOnlySpan<char> key, Span<char> into)
    {
        int n = 0;
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            char next = i + 1 < key.Length ? key[i + 1] : '\0';
            if ((c, next) is ('o', 'e'))
            {
                c = 'u';
                i++;
            }
            else if ((c, next) is ('e', 'e'))
            {
                c = 'i';
                i++;
            }
            else if ((c, next) is ('t', 'h'))
                i++;
            else if ((c, next) is ('p', 'h'))
            {
                c = 'f';
                i++;
            }
            else
            {
                // b and w only inside the name: an initial consonant is kept ("Brigg" is no "Wragg").
                c = c switch { 'b' or 'w' when i > 0 => 'v', 'k' => 'c', 'y' => 'i', _ => c };
            }

            if (n == 0 || into[n - 1] != c)
                into[n++] = c;
        }

        return into[..n];
    }

    /// <summary>A surname skeleton with its vowels masked: two skeletons that <see cref="SurnamesClose"/> share it.</summary>
    public static string VowelPattern(string skeleton) => string.Create(skeleton.Length, skeleton, static (span, s) =>
    {
        for (int i = 0; i < s.Length; i++)
            span[i] = IsVowelLetter(s[i]) ? '*' : s[i];
    });

    /// <summary>
    /// A 64-bit FNV-1a hash of <paramref name="key"/>, or with <paramref name="maskVowels"/> of its <see cref="VowelPattern"/>
    /// (made without the string): equal keys or patterns hash alike, so a pre-pass can tell which skeletons or patterns
    /// hold two names before making any string.
    /// </summary>
    public static ulong Hash(ReadOnlySpan<char> key, bool maskVowels = false)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in key)
        {
            h ^= maskVowels && IsVowelLetter(c) ? '*' : c;
            h *= 1099511628211UL;
        }

        return h;
    }

    /// <summary>
    /// Two surname skeletons (<see cref="SurnameSkeletonInto"/>) of one name: equal, or, when
    /// <paramref name="finalVowel"/>, with another final vowel ("Marelli" / "Marelle": Italian, Spanish and
    /// Portuguese endings MT and transcription confuse). A vowel changed inside a name is left out: in human text it
    /// is a typo or another person ("Anderson" / "Andersen").
    /// </summary>
    public static bool SurnamesClose(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool finalVowel)
    {
        if (a.SequenceEqual(b))
            return true;
        return finalVowel && a.Length == b.Length && a.Length > 1 && a[..^1].SequenceEqual(b[..^1]) && IsVowelLetter(a[^1]) && IsVowelLetter(b[^1]);
    }
}
