namespace MtQuality.Core.Text;

/// <summary>Small, allocation-free predicates over words and characters.</summary>
public static class TextFacts
{
    /// <summary>
    /// Lower-case ASCII base letters of U+00C0–U+024F (Latin-1 Supplement, Latin Extended-A and -B), '.' where
    /// there is none; generated from the Unicode canonical decompositions (plus the customary æ/ø/ł/đ/ß/œ bases).
    /// The process runs with invariant globalization, where <see cref="string.Normalize()"/> does not decompose.
    /// </summary>
    private const string LatinBases =
        "aaaaaaaceeeeiiiidnooooo.ouuuuy.saaaaaaaceeeeiiiidnooooo.ouuuuy.y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll" +
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "................................oo.............uu..............." +
        ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...." +
        "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............" +
        "................";

    /// <summary>The lower-case ASCII letter an accented Latin letter is built on ('é' → 'e', 'Ł' → 'l'), or '\0'.</summary>
    public static char LatinBase(char c)
    {
        if (c < 128)
            return c is >= 'a' and <= 'z' ? c : c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : '\0';
        int i = c - 0xC0;
        return i >= 0 && i < LatinBases.Length && LatinBases[i] != '.' ? LatinBases[i] : '\0';
    }

    private static readonly HashSet<string> CalendarNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup = CalendarNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> MonthNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string> MonthAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = MonthNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviationLookup = MonthAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An English month name in any case ("May", "SEPTEMBER"), and with <paramref name="abbreviations"/> its short form ("Sept", "oct").</summary>
    public static bool IsMonthName(ReadOnlySpan<char> w, bool abbreviations = true) =>
        MonthLookup.Contains(w) || (abbreviations && MonthAbbreviationLookup.Contains(w));

    /// <summary>A weekday or month name in full, any case ("Monday", "DECEMBER"): words a page's date widgets share with any story.</summary>
    public static bool IsCalendarName(ReadOnlySpan<char> w) => w.Length is >= 3 and <= 9 && CalendarLookup.Contains(w);

    /// <summary>
    /// A lower-case particle inside a surname ("van den Berg", "de la Cruz", "von der Leyen", "bin Salman"): the Dutch
    /// tussenvoegsels (Taalunie, Leidraad voor de spelling van persoonsnamen), German von/zu, Romance de/da/di/del/della/
    /// dos/das/du/la/le, and Arabic bin/ibn (Chicago Manual of Style 8.5–8.17 on particles in personal names).
    /// </summary>
    public static bool IsNameParticle(ReadOnlySpan<char> w) => w is "van" or "von" or "de" or "den" or "der" or "het" or "ter" or "ten"
        or "zu" or "da" or "di" or "del" or "della" or "dos" or "das" or "du" or "la" or "le" or "bin" or "ibn";

    public static bool IsOpeningQuote(char c) => c is '“' or '‘' or '«' or '„' or '‚' or '‹';

    public static bool IsClosingQuote(char c) => c is '”' or '’' or '»' or '›';

    public static bool IsAnyQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '‹' or '›';

    public static bool IsCapitalized(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]);

    public static bool IsLowerWord(ReadOnlySpan<char> w)
    {
        if (w.Length == 0 || !char.IsLower(w[0]))
            return false;
        foreach (char c in w)
        {
            if (char.IsUpper(c))
                return false;
        }

        return true;
    }

    /// <summary>Capitalised first letter followed only by lower-case letters (and hyphens/apostrophes).</summary>
    public static bool IsTitleWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 1 || !char.IsUpper(w[0]))
            return false;
        for (int i = 1; i < w.Length; i++)
        {
            if (char.IsUpper(w[i]))
                return false;
        }

        return true;
    }

    public static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        int letters = 0;
        foreach (char c in w)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }

        return letters > 0;
    }

    public static bool HasLetter(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLetter(c))
                return true;
        }

        return false;
    }

    public static int CountWords(ReadOnlySpan<char> line)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool w = Tokenizer.IsWordChar(c);
            if (w && !inWord)
                n++;
            inWord = w || (inWord && (Tokenizer.IsApostrophe(c) || Tokenizer.IsHyphen(c)));
        }

        return n;
    }
}
