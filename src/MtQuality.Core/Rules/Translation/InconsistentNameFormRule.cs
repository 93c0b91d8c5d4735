using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: the same name written two ways in one article: spacing, hyphenation or capitalisation
/// variants ("Ban Ki Moon" / "Ban Ki-moon", "Al Qaeda" / "Al-Qaeda"), accented and unaccented spellings
/// ("Sánchez" / "Sanchez"), hyphenated and closed-up spellings ("Ben-Yedder" / "Benyedder"), known transliteration variants from name-variants.tsv ("Kiev" / "Kyiv"), two
/// romanisations of one name ("Peskov" / "Peskow", "Sergei" / "Sergey") and one person's surname in two spellings
/// ("Lucia Marelli" / "Lucia Marelle", "Budi Soetomo" / "Sutomo"), a German name with umlauts and in its DIN 5007-2
/// transliteration ("Jörg Häußler" / "Joerg Haeussler"), a letter and its customary two-letter spelling ("Đukić" / "Djukic",
/// "Þórsdóttir" / "Thorsdottir"), a Korean surname in two romanisations before one given name ("Ko Young-chul" /
/// "Koh Young-chul"), one person's two names in both orders ("Lajos Szabó" / "Szabó Lajos") and a surname introduced
/// with a first name and later written alone with a letter added or dropped inside it ("Harkema" / "Harksema").
/// The less frequent form is flagged at its first use.
/// Why it matters: articles assembled from several MT outputs or sources mix spellings; it confuses readers and
/// splits every count of the entity.
/// </summary>
public sealed partial class InconsistentNameFormRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InconsistentNameForm,
        "inconsistent-name-form",
        RuleCategory.Translation,
        "inconsistent-name-form",
        Severity.Info,
        "Name written in two different forms",
        "A capitalised name that appears elsewhere in the article with different spacing, hyphenation, a known variant spelling, German umlauts against their DIN 5007-2 transliteration (ä/ae, ö/oe, ü/ue, ß/ss) or another letter against its customary two-letter spelling (đ/dj, þ/th, å/aa, æ/ae, ø/oe), a Korean surname romanised two ways before one given name, two names in both orders (family name first), or, after the same first name, a surname spelt with another vowel, b/v, th/t, oe/u, ee/i or a doubled letter; a surname introduced with a first name and later written alone, less often, with one letter added or dropped inside it.",
        "One entity, one spelling: mixed forms are a trace of stitched or machine-translated text.",
        [
            RuleExample.Flagged("Ban Ki Moon arrived on Monday. Ban Ki Moon's aides met the press. Later [|Ban Ki-moon|] left, and Ban Ki-moon flew home."),
            RuleExample.Flagged("Troops left Kharkiv on Monday. Aid reached Kharkiv. Officials in [|Kharkov|] said so."),
            RuleExample.Flagged("José Ortega spoke first. Ortega said the plan works, and Ortega left. Later [|Jose Ortega|] returned."),
            RuleExample.Flagged("Mayor Núñez opened the bridge. Núñez thanked the workers before [|Nunez|] left."),
            RuleExample.Flagged("Kremlin spokesman Dmitry Peskov said talks would go on. Peskov added that Moscow was open. Later [|Peskow|] said nothing had changed."),
            RuleExample.Flagged("Striker Wissam Ben-Yedder scored twice. Ben-Yedder also hit the post before [|Benyedder|] was replaced."),
            RuleExample.Flagged("Governor Oleh Tarasenko said the lines were repaired. Oleh Tarasenko thanked the crews, and [|Oleg Tarasenko|] asked for patience."),
            RuleExample.Flagged("Minister Mohammad Haddad opened the plant. [|Mohammed Haddad|] said Mohammad Haddad would return."),
            RuleExample.Flagged("Chemist Lucia Marelli opened the lab. Lucia Marelli showed the samples, and later [|Lucia Marelle|] thanked the staff."),
            RuleExample.Flagged("Engineer Ignacio Olavarría inspected the dam. Ignacio Olavarría said it held; [|Ignacio Olabarría|] will report on Friday."),
            RuleExample.Flagged("District head Budi Soetomo ordered the evacuation, and Soetomo visited the shelters. [|Sutomo|] said rice fields were lost."),
            RuleExample.Flagged("Councillor Ottmar Großmann objected to the budget. Ottmar Großmann asked for a vote, and [|Grossmann|] lost it."),
            RuleExample.Flagged("Director Jörg Häußler closed the pool. Häußler cited costs, and [|Joerg Haeussler|] later promised a review."),
            RuleExample.Flagged("Daniil Shchukin equalised. Shchukin then scored again, and [|Schukin|] now has 21 goals."),
            RuleExample.Flagged("Farmer Ko Young-chul spoke first. Ko said prices fell, and [|Koh Young-chul|] asked for help."),
            RuleExample.Flagged("Kim Jong Un arrived. Kim Jong Un's train stopped, and [|Kim Jong-un|] left."),
            RuleExample.Flagged("Mayor Zoran Đukić opened the market. Đukić thanked the traders, and [|Djukic|] promised a roof."),
            RuleExample.Flagged("Skipper Guðrún Þórsdóttir set off at dawn; Þórsdóttir kept the lead, and [|Thorsdottir|] won by a mile."),
            RuleExample.Flagged("District head Bambang Harjanto opened the road, Harjanto said, and [|Haryanto|] cut the ribbon."),
            RuleExample.Flagged("Vintners met on Friday, and [|Szabó Lajos|] spoke first. Lajos Szabó said frost came early, and Lajos Szabó asked for aid."),
            RuleExample.Flagged("Ranger Ineke Harkema closed the trail. Harkema said the bridge is unsafe, and according to [|Harksema|] repairs take a month."),
            RuleExample.Clean("Ross Taylor bowled to Taylor Ross; Lajos Szabó met Szabó Anna, and Rachel Hendriks praised Peter Hendricks before Hendricks spoke."),
            RuleExample.Clean("Senator Lisa Clark met the Clarke family; Clark said the Clarks would vote, and Emma Thompson met Thomson later."),
            RuleExample.Clean("Ko Young-chul met Kang Young-chul and Koh Min-jae; Thomas Müller met Thomas Mayer, and Jörg Häußler met Jörg Hausmann."),
            RuleExample.Clean("Lucia Marelli opened the lab on Marelle Street; Anna Bertolli met Marco Bertolla, and John Hill met John Hall."),
            RuleExample.Clean("Karl Andersen chaired the panel, Karl Anderson spoke after him, and the delegate from Wales thanked Owen Wallis."),
            RuleExample.Clean("Sofia Varga beat Sofia Vargas in the final, and Sofia Varga kept the title."),
            RuleExample.Clean("Coach Ben-Yedder praised Bennett and Benyamin, and Ben-Yedder left."),
            RuleExample.Clean("Maria Rossi and her brother Mario Rossi ran the shop; Daniela Conti met Daniel Conti, and Jon Smith met John Smith."),
            RuleExample.Clean("Ban Ki-moon arrived on Monday. Ban Ki-moon met the press."),
            RuleExample.Clean("Bryan Adams met Brian May, and Philips hired Phillips; Mayer and Maier spoke."),
            RuleExample.Clean("Mayor Núñez opened the bridge. Núñez thanked the workers, and the Nuneaton team played."),
            RuleExample.Clean("They stayed at the Hôtel Martinez in Cannes. The Hotel Splendid and the Hôtel du Palais were full."),
            RuleExample.Clean("The Al-Ahly club played Al Ain, and the North-West region voted with the North."),
            RuleExample.Clean("Read Dana Whitfield\nSenior Editor\nDana Whitfield Senior Editor wrote on the Multi-Year Plan, the Multi-year Plan, Whitfield’s Law and Whitfield's Law."),
        ])
    {
        Sources = "name-variants.tsv (hand-curated from style-guide spelling changes) when present; korean-surnames.tsv (Wikipedia, List of Korean surnames); DIN 5007-2 for the umlaut transliteration; ICAO Doc 9303 Part 3 (transliteration table) for å, æ, œ and þ; Gaj's Latin alphabet (Wikipedia) for đ as dj",
    };

    private static readonly Lazy<Dictionary<string, string>> Variants = new(LoadVariants);

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        // key (letters only, lower-case) → occurrences in text order, with their surface form when already made.
        // A name of several words gets its key written into a buffer and its surface only at the end, when its key
        // turned out to have two occurrences or more: most capitalised word runs occur once.
        var forms = new Dictionary<string, List<(TextSpan Span, string? Surface)>>(StringComparer.Ordinal);
        var byKey = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var display = new Dictionary<string, string>(StringComparer.Ordinal); // form → its first spelling in the text
        var tokens = context.Tokens;
        var names = NameTokens(context);
        var accented = AccentedNameKeys(context, names);
        var translit = TransliterationGroups(context, names);
        var din = DinTransliterations(context, names);
        var variants = Variants.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> keyBuffer = stackalloc char[64];
        for (int t = 0; t < tokens.Count; t++)
        {
            if (!names[t])
                continue;
            for (int n = 1; n <= 4 && t + n <= tokens.Count; n++)
            {
                int last = t + n - 1;
                // Words of one name are one space apart on one line (not a heading over the next line).
                if (!names[last] || (n > 1 && (tokens[last].Start != tokens[last - 1].End + 1 || context.Text[tokens[last - 1].End] is not (' ' or '\u00a0'))))
                    break;
                var span = new TextSpan(tokens[t].Start, EndWithoutPossessive(context, last));
                if (n > 1)
                {
                    // name-variants.tsv lists single words only and romanisation skeletons are for single words, so the
                    // key of a longer name is the key of its form (FormKey = Key(Form(text))), and one surface has one key.
                    var text2 = context.Text.AsSpan(span.Start, span.Length);
                    var key2 = FormKey(text2, text2.Length <= keyBuffer.Length ? keyBuffer : new char[text2.Length]);
                    if (SpellingVariantKey(context, t, last, span.End, din) is { } variantKey)
                        key2 = variantKey;
                    if (key2.Length < 4)
                        continue;
                    if (!byKey.TryGetValue(key2, out var seen))
                        forms[key2.ToString()] = seen = new List<(TextSpan, string?)>(2);
                    seen.Add((span, null));
                    continue;
                }

                string? skeleton = null;
                string? spelt = null;
                if (!IsOneWordForm(context.Text.AsSpan(span.Start, span.Length), variants, accented, keyBuffer)
                    && (translit is null || !translit.TryGetValue(Key(context.Article.Slice(span)), out skeleton))
                    && !TransliteratedSpelling(context.Text.AsSpan(span.Start, span.Length), din, keyBuffer, out spelt))
                    continue;
                // Apostrophe style and letter case are not name forms (quote-style and casing rules see them):
                // "Anderson’s" = "Anderson's", "Multi-Compartment" = "Multi-compartment".
                var text = context.Article.Slice(span);
                var surface = Form(text);
                var key = Key(surface);
                if (Variants.Value.TryGetValue(text, out var preferred))
                    key = Key(preferred);
                else if (skeleton is not null)
                    key = skeleton;
                else if (spelt is not null)
                    key = spelt;
                if (key.Length < 4)
                    continue;
                if (!forms.TryGetValue(key, out var occurrences))
                    forms[key] = occurrences = new List<(TextSpan, string?)>(2);
                occurrences.Add((span, surface));
                display.TryAdd(surface, text);
            }
        }

        var flagged = new List<TextSpan>();
        foreach (var (key, occurrences) in forms.OrderByDescending(kv => kv.Key.Length))
        {
            if (occurrences.Count < 2)
                continue;
            var bySurface = BySurface(context, occurrences, display);
            if (bySurface.Count < 2)
                continue;
            var ordered = bySurface.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value[0].Start).ToList();
            var major = display[ordered[0].Key];
            // One finding per minority form, at its first use: the message counts the rest.
            foreach (var (surface, spans) in ordered.Skip(1))
            {
                var span = spans[0];
                if (flagged.Any(f => f.Overlaps(span)))
                    continue;
                flagged.Add(span);
                findings.Add(context.Flag(Rule, span, $"\"{display[surface]}\" ({Times(spans.Count)}) is written \"{major}\" ({Times(ordered[0].Value.Count)}) elsewhere in the article"));
            }
        }

        FirstNameVariants(context, names, findings, flagged);
        SurnameVariants(context, names, findings, flagged);
        SwappedNameOrder(context, names, findings, flagged);
        OneLetterSurnames(context, names, findings, flagged);
    }

    /// <summary>
    /// The occurrences of one key by surface form, in text order. Makes the forms the scan left unmade (names of
    /// several words) and records each new form's first spelling: a form of several words has one key (see the
    /// scan), so its first occurrence under this key is its first in the text.
    /// </summary>
    private static Dictionary<string, List<TextSpan>> BySurface(AnalysisContext context, List<(TextSpan Span, string? Surface)> occurrences, Dictionary<string, string> display)
    {
        var bySurface = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var (span, made) in occurrences)
        {
            var surface = made;
            if (surface is null)
            {
                var text = context.Article.Slice(span);
                surface = Form(text);
                display.TryAdd(surface, text);
            }

            if (!bySurface.TryGetValue(surface, out var spans))
                bySurface[surface] = spans = [];
            spans.Add(span);
        }

        return bySurface;
    }

    /// <summary>
    /// Keys of the one-word names the article writes with a diacritic ("Sánchez" → "sanchez") or a hyphen
    /// ("Ben-Yedder" → "benyedder"), or null when it writes none (most English articles): only those single words
    /// are compared, so a one-word name's accented and plain spellings, or hyphenated and closed-up ones
    /// ("Ben-Yedder" / "Benyedder", a transliterated Arabic or Berber article prefix), meet without collecting
    /// every capitalised word.
    /// </summary>
    private static HashSet<string>? AccentedNameKeys(AnalysisContext context, bool[] names)
    {
        HashSet<string>? keys = null;
        for (int t = 0; t < context.Tokens.Count; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word || !names[t])
                continue;
            var w = context.WordSpan(t);
            // Accented ("Sánchez") or hyphenated ("Ben-Yedder"): its plain or closed-up spelling is the same name.
            if (System.Text.Ascii.IsValid(w) && w[1..].IndexOfAny('-', '‐') < 0)
                continue;
            var key = Key(context.Word(t));
            // A foreign name's spelling of an English common word ("Hôtel Martinez" beside "a hotel") is not a variant.
            if (key.Length >= 4 && !(EnglishLexicon.IsWord(key) && EnglishLexicon.CaseForm(key) is not { CapShare: >= 0.5 }))
                (keys ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
        }

        return keys;
    }

    /// <summary>
    /// One-word names (five letters or more, not English words) that the article spells in two romanisations of
    /// one Cyrillic or other non-Latin name ("Peskov" / "Peskow", "Shoigu" / "Schoigu", "Sergei" / "Sergey"): their
    /// keys mapped to the shared <see cref="NameRomanisation.Skeleton"/>, only for skeletons reached by two different keys; null
    /// when there are none (most articles).
    /// </summary>
    private static Dictionary<string, string>? TransliterationGroups(AnalysisContext context, bool[] names)
    {
        // Skeleton (by a 64-bit hash) → the token of its first key. Key and skeleton are written into buffers, and
        // strings are made only when a second key reaches a skeleton (the first key's are then written again from
        // its token): most names have one spelling. Two skeletons of one hash (odds ~1e-16 per article) would keep
        // only the first.
        Dictionary<ulong, int>? firstToken = null;
        Dictionary<string, string>? result = null;
        Span<char> keyBuffer = stackalloc char[64];
        Span<char> skeletonBuffer = stackalloc char[64];
        Span<char> otherKeyBuffer = stackalloc char[64];
        Span<char> otherSkeletonBuffer = stackalloc char[64];
        for (int t = 0; t < context.Tokens.Count; t++)
        {
            if (!TransliterationKey(context, names, t, keyBuffer, out var key))
                continue;
            var skeleton = NameRomanisation.SkeletonInto(key, key.Length <= skeletonBuffer.Length ? skeletonBuffer : new char[key.Length]);
            firstToken ??= [];
            ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(firstToken, NameRomanisation.Hash(skeleton), out bool exists);
            if (!exists)
            {
                first = t;
                continue;
            }

            TransliterationKey(context, names, first, otherKeyBuffer, out var other);
            if (key.SequenceEqual(other)
                || !skeleton.SequenceEqual(NameRomanisation.SkeletonInto(other, other.Length <= otherSkeletonBuffer.Length ? otherSkeletonBuffer : new char[other.Length])))
                continue;
            result ??= new Dictionary<string, string>(StringComparer.Ordinal);
            var skeletonText = skeleton.ToString();
            result[other.ToString()] = skeletonText;
            result[key.ToString()] = skeletonText;
        }

        return result;
    }

    /// <summary>The key of the name at <paramref name="t"/> when it is a one-word name <see cref="TransliterationGroups"/> compares: five letters or more, no hyphen, title case, no English word.</summary>
    private static bool TransliterationKey(AnalysisContext context, bool[] names, int t, Span<char> buffer, out ReadOnlySpan<char> key)
    {
        key = default;
        if (!names[t])
            return false;
        var w = context.WordSpan(t);
        if (w.Length < 5 || w.Contains('-') || !TextFacts.IsTitleWord(w))
            return false;
        key = KeyInto(w, w.Length <= buffer.Length ? buffer : new char[w.Length]);
        return key.Length >= 5 && !EnglishLexicon.IsWord(key);
    }

    /// <summary>
    /// A one-word name is compared only when it has a hyphen, is in name-variants.tsv or its key is one of the
    /// article's accented name keys. Decided on the span, before the copies a kept name needs: most capitalised
    /// words are none of these. The hyphen test on the text is the one on its <see cref="Form"/> (folding case and
    /// apostrophes neither makes nor removes a hyphen).
    /// </summary>
    private static bool IsOneWordForm(ReadOnlySpan<char> text, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> variants, HashSet<string>? accented, Span<char> keyBuffer)
    {
        if (text.IndexOfAny('-', '‐') >= 0 || variants.ContainsKey(text))
            return true;
        if (accented is null)
            return false;
        var key = FormKey(text, text.Length <= keyBuffer.Length ? keyBuffer : new char[text.Length]);
        return accented.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
    }

    /// <summary>
    /// <see cref="Key"/> of <see cref="Form"/> of <paramref name="text"/>, written into <paramref name="into"/> (at least
    /// as long as the text): the first character as written, the others with the curly apostrophe straightened and
    /// lower-cased, as <see cref="Form"/> does for a word (words hold no surrogates).
    /// </summary>
    private static ReadOnlySpan<char> FormKey(ReadOnlySpan<char> text, Span<char> into)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char k = KeyChar(i == 0 ? text[0] : text[i] == '’' ? '\'' : char.ToLowerInvariant(text[i]));
            if (k != '\0')
                into[n++] = k;
        }

        return into[..n];
    }

    private static readonly Lazy<Dictionary<string, string>> KoreanSurnames = new(() =>
        Lexicon.Load("korean-surnames.tsv").Entries.Where(e => e.Length >= 2).ToDictionary(e => e[0], e => e[1], StringComparer.Ordinal));

    /// <summary>
    /// The names the article writes with a letter whose customary ASCII spelling is two letters, by that transliteration
    /// key to their plain key (<see cref="Key"/>, one base letter per letter); null when it writes none (most articles):
    /// the German umlauts and ß of DIN 5007-2 (ä → ae, ö → oe, ü → ue, ß → ss: "Häußler" → "haeussler"), the Nordic and
    /// Icelandic letters of ICAO Doc 9303 Part 3's transliteration table (å → aa, æ → ae, œ → oe, þ → th; ø → oe, the
    /// Danish and Norwegian spelling without the letter) and the Serbo-Croatian đ as the digraph dj that Gaj's Latin
    /// alphabet falls back to without it ("Đukić" → "djukic"). A name spelt once with the letter and once
    /// transliterated ("Jörg Häußler" / "Joerg Haeussler", "Đukić" / "Djukic") is then one name.
    /// </summary>
    private static Dictionary<string, string>? DinTransliterations(AnalysisContext context, bool[] names)
    {
        Dictionary<string, string>? map = null;
        for (int t = 0; t < context.Tokens.Count; t++)
        {
            if (!names[t])
                continue;
            var w = context.WordSpan(t);
            if (w.IndexOfAny(TwoLetterSpelt) < 0)
                continue;
            var din = new System.Text.StringBuilder(w.Length + 4);
            foreach (char c in w)
            {
                if (TwoLetterSpelling(c) is { } two)
                    din.Append(two);
                else
                {
                    char k = KeyChar(c);
                    if (k != '\0')
                        din.Append(k);
                }
            }

            (map ??= new Dictionary<string, string>(StringComparer.Ordinal)).TryAdd(din.ToString(), Key(context.Word(t)));
        }

        return map;
    }

    /// <summary>
    /// Whether the one-word name <paramref name="text"/> is the two-letter ASCII spelling of a name the article also
    /// writes with the letter (<see cref="DinTransliterations"/>: "Djukic" beside "Đukić"), and then that name's
    /// plain key in <paramref name="plainKey"/>; looked up by span, so no string is made for the other names.
    /// </summary>
    private static bool TransliteratedSpelling(ReadOnlySpan<char> text, Dictionary<string, string>? din, Span<char> keyBuffer, out string? plainKey)
    {
        plainKey = null;
        if (din is null)
            return false;
        var key = KeyInto(text, text.Length <= keyBuffer.Length ? keyBuffer : new char[text.Length]);
        return din.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out plainKey);
    }

    /// <summary>The letters <see cref="TwoLetterSpelling"/> writes as two.</summary>
    private static readonly System.Buffers.SearchValues<char> TwoLetterSpelt = System.Buffers.SearchValues.Create("äöüÄÖÜßåÅæÆøØœŒþÞđĐ");

    /// <summary>The two-letter ASCII spelling of a letter (see <see cref="DinTransliterations"/>), or null.</summary>
    private static string? TwoLetterSpelling(char c) => c switch
    {
        'ä' or 'Ä' or 'æ' or 'Æ' => "ae",
        'ö' or 'Ö' or 'ø' or 'Ø' or 'œ' or 'Œ' => "oe",
        'ü' or 'Ü' => "ue",
        'ß' => "ss",
        'å' or 'Å' => "aa",
        'þ' or 'Þ' => "th",
        'đ' or 'Đ' => "dj",
        _ => null,
    };

    /// <summary>
    /// The key of the name of tokens <paramref name="t"/>..<paramref name="last"/> (ending at <paramref name="end"/>) with
    /// each word spelt in an article's DIN transliteration (<see cref="DinTransliterations"/>) written as its umlaut
    /// spelling, and a Korean surname before a hyphenated given name ("Koh Young-chul") written in its Revised
    /// Romanization (korean-surnames.tsv); null when neither applies (nearly always). Made only for such names.
    /// </summary>
    private static string? SpellingVariantKey(AnalysisContext context, int t, int last, int end, Dictionary<string, string>? din)
    {
        string? korean = null;
        // The given name hyphenated ("Young-chul") or as two syllables ("Jong Un"): both spellings of one name must get
        // the surname's romanisation, or "Kim Jong-un" and "Kim Jong Un" would no longer meet.
        if (context.WordSpan(t).Length <= 5 && KoreanSurnames.Value.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(context.WordSpan(t), out var rr)
            && ((last == t + 1 && IsKoreanGivenName(context.Text.AsSpan(context.Tokens[last].Start, end - context.Tokens[last].Start)))
                || (last == t + 2 && IsSyllable(context.WordSpan(t + 1)) && IsSyllable(context.Text.AsSpan(context.Tokens[last].Start, end - context.Tokens[last].Start)))))
            korean = rr;
        if (korean is null && din is null)
            return null;
        var sb = new System.Text.StringBuilder();
        bool changed = korean is not null;
        for (int k = t; k <= last; k++)
        {
            var tok = context.Tokens[k];
            var key = Key(context.Text.Substring(tok.Start, Math.Min(tok.End, end) - tok.Start));
            if (k == t && korean is not null)
                key = korean;
            else if (din is not null && din.TryGetValue(key, out var plain))
            {
                key = plain;
                changed = true;
            }

            sb.Append(key);
        }

        return changed ? sb.ToString() : null;
    }

    /// <summary>One syllable of a Korean given name written as a word of its own: a capital and one to four lower-case ASCII letters ("Jong", "Un").</summary>
    private static bool IsSyllable(ReadOnlySpan<char> w) =>
        w.Length is >= 2 and <= 5 && char.IsAsciiLetterUpper(w[0]) && !w[1..].ContainsAnyExceptInRange('a', 'z');

    /// <summary>A Korean given name as English news writes it: two syllables joined by a hyphen, the second in lower case ("Young-chul").</summary>
    private static bool IsKoreanGivenName(ReadOnlySpan<char> w)
    {
        int h = w.IndexOf('-');
        return h >= 2 && h < w.Length - 2 && char.IsUpper(w[0]) && char.IsAsciiLetterLower(w[h + 1]) && IsAsciiLetters(w[..h]) && IsAsciiLetters(w[(h + 1)..]);

        static bool IsAsciiLetters(ReadOnlySpan<char> s)
        {
            foreach (char c in s)
            {
                if (!char.IsAsciiLetter(c))
                    return false;
            }

            return true;
        }
    }

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";

    /// <summary><see cref="IsNameToken"/> of every token, asked once per article: the scans below ask it of each token several times.</summary>
    private static bool[] NameTokens(AnalysisContext context)
    {
        var names = new bool[context.Tokens.Count];
        for (int t = 0; t < names.Length; t++)
            names[t] = IsNameToken(context, t);
        return names;
    }

    private static bool IsNameToken(AnalysisContext context, int t)
    {
        if (context.Tokens[t].Kind != TokenKind.Word || !context.IsContent(context.Tokens[t].LineIndex))
            return false;
        var w = context.WordSpan(t);
        if (w.Length > 3 && w[^1] == 's' && w[^2] is '\'' or '’')
            w = w[..^2];
        return w.Length >= 2 && char.IsUpper(w[0]) && char.IsLetter(w[^1]) && !TextFacts.IsAllCaps(w) && !WordLists.IsFunctionWord(w)
               && !w.Contains('\'') && !w.Contains('’');
    }

    private static int EndWithoutPossessive(AnalysisContext context, int t)
    {
        var w = context.WordSpan(t);
        return w.Length > 3 && w[^1] == 's' && w[^2] is '\'' or '’' ? context.Tokens[t].End - 2 : context.Tokens[t].End;
    }

    /// <summary>What name forms are compared by: spaces and hyphens as written, apostrophes straightened, case folded after the first letter.</summary>
    private static string Form(string surface) => string.Concat(surface.AsSpan(0, 1), surface[1..].Replace('’', '\'').ToLowerInvariant());

    /// <summary><see cref="Key"/> written into <paramref name="into"/> (at least as long as the text).</summary>
    private static ReadOnlySpan<char> KeyInto(ReadOnlySpan<char> text, Span<char> into)
    {
        int n = 0;
        foreach (char c in text)
        {
            char k = KeyChar(c);
            if (k != '\0')
                into[n++] = k;
        }

        return into[..n];
    }

    /// <summary>Letters and digits only, lower-case, Latin diacritics removed ("Núñez-Feijóo" → "nunezfeijoo").</summary>
    private static string Key(string surface)
    {
        Span<char> buffer = surface.Length <= 128 ? stackalloc char[128] : new char[surface.Length];
        return KeyInto(surface, buffer).ToString();
    }

    /// <summary>What <paramref name="c"/> adds to a <see cref="Key"/>: its Latin base letter, itself lower-cased if a letter or digit, else '\0' (nothing).</summary>
    private static char KeyChar(char c)
    {
        char b = TextFacts.LatinBase(c);
        return b != '\0' ? b : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
    }

    private static Dictionary<string, string> LoadVariants()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Lexicon.Available().Contains("name-variants.tsv"))
            return map;
        foreach (var e in Lexicon.Load("name-variants.tsv").Entries)
        {
            if (e.Length >= 2 && e[0].Length > 0 && e[1].Length > 0 && !e[0].Contains(' ') && !e[1].Contains(' '))
            {
                map.TryAdd(e[0], e[1]);
                map.TryAdd(e[1], e[1]);
            }
        }

        return map;
    }
}
