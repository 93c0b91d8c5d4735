using System.Globalization;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// The marks and number formats of other scripts and typographies kept in English sentences: CJK, Arabic, Indic and
/// other scripts' punctuation touching English words or figures, the numero sign, a tilde range, space-grouped thousands, a decimal
/// comma or a thousands point licensed by a currency or a unit, and a football score written with a colon.
/// </summary>
public sealed partial class SourcePunctuationRule
{
    /// <summary>
    /// Punctuation of the CJK and Arabic typographies that English never uses: the CJK Symbols and Punctuation block
    /// (U+3001 、 U+3002 。 U+3003 〃 and the brackets U+3008–U+300B, U+3010–U+3011, U+3014–U+301B: 〈〉《》【】〔〕〖〗〘〙〚〛; the corner brackets
    /// 「」『』 are quotation marks, left to MT0005), the full-width forms of ASCII punctuation (U+FF01–U+FF0F, U+FF1A–U+FF20,
    /// U+FF3B–U+FF40, U+FF5B–U+FF65: ，：；！？（）％～ and the half-width CJK marks), and the Arabic comma, semicolon,
    /// question mark, percent sign, decimal and thousands separators and full stop (U+060C, U+061B, U+061F,
    /// U+066A–U+066C, U+06D4); and the sentence and clause marks of other scripts: the Devanagari danda and double
    /// danda (U+0964, U+0965: Hindi, Marathi, Nepali, Sanskrit; Bengali uses the same code points), the Armenian full
    /// stop (U+0589), the Ethiopic wordspace, full stop, comma, semicolon and colon (U+1361–U+1365: Amharic, Tigrinya),
    /// the Myanmar section marks (U+104A, U+104B), the Khmer khan and bariyoosan (U+17D4, U+17D5) and the Thai
    /// paiyannoi, angkhankhu and khomut (U+0E2F, U+0E5A, U+0E5B). Unicode Standard 15.1, ch. 6.2, 9.2, 12.1, 7.6,
    /// 19.1, 16.3, 16.4 and 16.1, and the Unicode code charts for the blocks.
    /// </summary>
    public static bool IsForeignMark(char c) =>
        c is '\u3001' or '\u3002' or '\u3003' or (>= '\u3008' and <= '\u300B') or '\u3010' or '\u3011' or (>= '\u3014' and <= '\u301B')
            or (>= '\uFF01' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or (>= '\uFF3B' and <= '\uFF40') or (>= '\uFF5B' and <= '\uFF65')
            or '\u060C' or '\u061B' or '\u061F' or (>= '\u066A' and <= '\u066C') or '\u06D4'
            or '\u0964' or '\u0965' or '\u0589' or (>= '\u1361' and <= '\u1365') or '\u104A' or '\u104B' or '\u17D4' or '\u17D5'
            or '\u0E2F' or '\u0E5A' or '\u0E5B';

    /// <summary>A word of Latin script (its first letter at most U+024F) or a figure.</summary>
    private static bool IsLatinOrFigure(AnalysisContext context, int t) =>
        context.Tokens[t].Kind == TokenKind.Number || (context.Tokens[t].Kind == TokenKind.Word && context.CharAt(t) <= '\u024F');

    /// <summary>
    /// "every evening，orders", "dinars،", "55٪": a CJK or Arabic mark glued to an English word or figure on its
    /// left, or glued to one on its right with an English word or figure before it. The span covers the mark and the
    /// glued neighbours; null when the mark sits among words of its own script (a quoted Chinese slogan).
    /// </summary>
    private static TextSpan? ForeignMarkSpan(AnalysisContext context, int t, Sentence s)
    {
        var tokens = context.Tokens;
        var tok = tokens[t];
        bool left = t > s.FirstToken && tokens[t - 1].End == tok.Start && tokens[t - 1].LineIndex == tok.LineIndex && IsLatinOrFigure(context, t - 1);
        bool right = t + 1 < s.EndToken && tokens[t + 1].LineIndex == tok.LineIndex && tokens[t + 1].Start - tok.End <= 1 && IsLatinOrFigure(context, t + 1)
                     && t > s.FirstToken && tokens[t - 1].Kind != TokenKind.Punct && IsLatinOrFigure(context, t - 1);
        if (!left && !right)
            return null;
        int start = left || tokens[t - 1].End == tok.Start ? tokens[t - 1].Start : tok.Start;
        int end = right && tokens[t + 1].Start == tok.End ? tokens[t + 1].End : tok.End;
        return new TextSpan(start, end);
    }

    /// <summary>"school №12": the numero sign (U+2116, Russian, Ukrainian and Korean typography) before a figure; English writes "No. 12".</summary>
    private static bool NumeroSign(AnalysisContext context, int t, int end) =>
        t + 1 < end && context.Tokens[t + 1].Kind == TokenKind.Number && context.Tokens[t + 1].Start - context.Tokens[t].End <= 1
        && context.Tokens[t + 1].LineIndex == context.Tokens[t].LineIndex;

    /// <summary>"10~15 days": a tilde between two figures, the range sign of Korean, Japanese and Chinese typography; English writes an en dash or "to".</summary>
    private static bool TildeRange(AnalysisContext context, int t, Sentence s)
    {
        var tokens = context.Tokens;
        if (t <= s.FirstToken || t + 1 >= s.EndToken || tokens[t - 1].Kind != TokenKind.Number || tokens[t + 1].Kind != TokenKind.Number)
            return false;
        int before = tokens[t].Start - tokens[t - 1].End;
        int after = tokens[t + 1].Start - tokens[t].End;
        return before == after && before <= 1 && tokens[t - 1].LineIndex == tokens[t + 1].LineIndex;
    }

    /// <summary>Words that report a result, before a score: "beat Polyus at home 4:2", "the match ended 1:1".</summary>
    private static readonly HashSet<string> ResultWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "beat", "beats", "beating", "defeated", "defeat", "defeats", "defeating", "won", "win", "wins", "winning", "victory",
        "lost", "lose", "loses", "losing", "loss", "drew", "draw", "draws", "drawn", "drawing", "thrashed", "routed", "edged",
        "trounced", "downed", "score", "scoreline", "ended", "finished",
    };

    /// <summary>Nouns that make "2:1" a ratio, not a score: "a 3:1 majority", "a 2:1 margin".</summary>
    private static readonly HashSet<string> RatioWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ratio", "ratios", "majority", "margin", "split", "odds", "scale", "mix", "aspect", "vote", "votes",
    };

    /// <summary>
    /// "beat Polyus at home 4:2": a score written with a colon (Russian, German, Polish, Ukrainian sports reporting);
    /// English news writes 4-2. Two figures of one or two digits around the colon, after a result word of the sentence
    /// (at most ten words back). A clock time (hours up to 24, two-digit minutes under 60: "at 4:20"), a Bible or
    /// law reference ("John 3:16") and a ratio ("a 3:1 majority") are left alone.
    /// </summary>
    private static bool ColonScore(AnalysisContext context, int t, Sentence s)
    {
        var tokens = context.Tokens;
        if (t <= s.FirstToken || t + 1 >= s.EndToken || tokens[t - 1].Kind != TokenKind.Number || tokens[t + 1].Kind != TokenKind.Number
            || tokens[t - 1].End != tokens[t].Start || tokens[t + 1].Start != tokens[t].End)
            return false;
        var home = context.WordSpan(t - 1);
        var away = context.WordSpan(t + 1);
        if (home.Length > 2 || away.Length > 2 || home.ContainsAnyExceptInRange('0', '9') || away.ContainsAnyExceptInRange('0', '9'))
            return false;
        if (away.Length == 2 && int.Parse(home, CultureInfo.InvariantCulture) <= 24 && int.Parse(away, CultureInfo.InvariantCulture) < 60)
            return false; // a clock time
        if (t + 2 < tokens.Count && tokens[t + 2].LineIndex == tokens[t].LineIndex
            && ((tokens[t + 2].Start == tokens[t + 1].End && context.CharAt(t + 2) is ':' or '.' && t + 3 < tokens.Count && tokens[t + 3].Kind == TokenKind.Number && tokens[t + 3].Start == tokens[t + 2].End)
                || (tokens[t + 2].Kind == TokenKind.Word && RatioWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t + 2)))))
            return false; // "4:2:1", "3:16.5", "a 3:1 majority"
        if (t - 2 >= s.FirstToken && tokens[t - 2].Kind == TokenKind.Punct && context.CharAt(t - 2) is ':' or '.' or ',')
            return false; // "10:4:2", "v. 3:1"
        var results = ResultWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = t - 2, words = 0; k >= s.FirstToken && words < 10; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
                continue;
            words++;
            if (results.Contains(context.WordSpan(k)))
                return true;
        }

        return false;
    }

    /// <summary>Words that head a vote count: "for", "against", "abstained", "in favour".</summary>
    private static readonly HashSet<string> VoteWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "against", "abstained", "abstaining", "abstentions", "favour", "favor",
    };

    /// <summary>
    /// ", against — 19,": a vote count whose verb is left out and replaced by a dash (Russian and Ukrainian
    /// punctuation: "против — 19", Rosenthal on the dash in incomplete sentences); English writes "19 voted against" or
    /// "19 against". The vote word opens the clause (after a comma, semicolon or the sentence start), a spaced dash
    /// follows it, then a figure that ends the clause. The index of the figure, or -1.
    /// </summary>
    private static int VoteDash(AnalysisContext context, int t, Sentence s)
    {
        var tokens = context.Tokens;
        if (t + 2 >= s.EndToken || tokens[t + 1].Kind != TokenKind.Punct || context.CharAt(t + 1) is not ('—' or '–')
            || !VoteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t)))
            return -1;
        if (t > s.FirstToken && !(tokens[t - 1].Kind == TokenKind.Punct && context.CharAt(t - 1) is ',' or ';'))
            return -1;
        if (tokens[t + 1].Kind != TokenKind.Punct || context.CharAt(t + 1) is not ('—' or '–') || tokens[t + 1].Start == tokens[t].End
            || tokens[t + 2].Kind != TokenKind.Number || tokens[t + 2].Start == tokens[t + 1].End || tokens[t + 2].LineIndex != tokens[t].LineIndex)
            return -1;
        return t + 3 >= s.EndToken || (tokens[t + 3].Kind == TokenKind.Punct && context.CharAt(t + 3) is ',' or ';' or '.') ? t + 2 : -1;
    }

    /// <summary>
    /// "1 450 000 zł", "R$ 2 300": figures grouped by thousands with a space (ordinary, no-break or thin: Polish,
    /// Russian, French, Scandinavian and SI style); English news separates thousands with a comma. A run of one to
    /// three digits then groups of exactly three, each one space apart, not continuing a figure before it ("in 2023 450
    /// people" is two figures) and licensed by a currency (see below for one group), or with two groups or more a unit
    /// or count noun after it. The index of the run's last token, or -1.
    /// </summary>
    private static int SpaceGroupedRun(AnalysisContext context, int t, Sentence s)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var head = context.WordSpan(t);
        if (head.Length > 3 || head.ContainsAnyExceptInRange('0', '9'))
            return -1;
        if (t > s.FirstToken && IsGroupGap(context, t - 1, t) && (tokens[t - 1].Kind == TokenKind.Number
            || (tokens[t - 1].Kind == TokenKind.Word && TextFacts.IsMonthName(context.WordSpan(t - 1)))))
            return -1; // part of a longer run, or a date ("May 5 300 people")
        int last = t;
        while (last + 1 < s.EndToken && tokens[last + 1].Kind == TokenKind.Number && IsGroupGap(context, last, last + 1) && tokens[last + 1].Span.Length == 3
               && !context.WordSpan(last + 1).ContainsAnyExceptInRange('0', '9'))
            last++;
        if (last == t || (last + 1 < s.EndToken && tokens[last + 1].Kind == TokenKind.Number && tokens[last + 1].Start - tokens[last].End <= 1))
            return -1;
        if (last + 1 < s.EndToken && tokens[last + 1].Start == tokens[last].End && text[tokens[last + 1].Start] is '.' or ',' or ':' or '/'
            && last + 2 < tokens.Count && tokens[last + 2].Kind == TokenKind.Number && tokens[last + 2].Start == tokens[last + 1].End)
            return -1; // "1 250.5", "12 345/6": a code or a list, not a grouped figure
        // SI style, which some English writers follow (Caribbean and South African news, science), spaces one thousands
        // group ("the 1 431 tests", "15 000 pounds"): one group counts only with a currency sign or code before it or
        // a foreign currency after it ("5 000 euros", "2 300 zł"); two groups or more with any unit or count.
        if (last - t >= 2)
            return CurrencyBefore(context, t, s) || UnitOrCountAfter(context, last, s, countNouns: true) ? last : -1;
        return CurrencyBefore(context, t, s) || ForeignCurrencyAfter(context, last, s) ? last : -1;
    }

    /// <summary>A currency name or ISO code right after the figure, other than the dollar and pound that English writers name themselves.</summary>
    private static bool ForeignCurrencyAfter(AnalysisContext context, int last, Sentence s)
    {
        var tokens = context.Tokens;
        int n = last + 1;
        if (n >= s.EndToken || tokens[n].Kind != TokenKind.Word || tokens[n].Start - tokens[last].End != 1)
            return false;
        var w = context.Word(n);
        return IsoCurrencyCodes.Contains(w) || (CurrencyNames.Contains(w) && w is not ("pound" or "pounds" or "dollar" or "dollars"));
    }

    private static bool IsGroupGap(AnalysisContext context, int a, int b) =>
        context.Tokens[b].Start - context.Tokens[a].End == 1 && context.Tokens[a].LineIndex == context.Tokens[b].LineIndex
        && context.Text[context.Tokens[a].End] is ' ' or '\u00a0' or '\u202f' or '\u2009';

    /// <summary>A currency sign (Unicode category Sc: $ € £ ¥ ₽ ₴ ₺ ₩ …, so also "R$") or an ISO 4217 code right before the figure at <paramref name="t"/>.</summary>
    private static bool CurrencyBefore(AnalysisContext context, int t, Sentence s)
    {
        var tokens = context.Tokens;
        if (t <= s.FirstToken || tokens[t].Start - tokens[t - 1].End > 1 || tokens[t - 1].LineIndex != tokens[t].LineIndex)
            return false;
        return tokens[t - 1].Kind == TokenKind.Punct
            ? char.GetUnicodeCategory(context.CharAt(t - 1)) == UnicodeCategory.CurrencySymbol
            : tokens[t - 1].Kind == TokenKind.Word && IsoCurrencyCodes.Contains(context.Word(t - 1));
    }

    /// <summary>A currency (sign, ISO code or name) or a unit of measurement right after the figure ending at token <paramref name="last"/>; with <paramref name="countNouns"/> also a count noun ("450 000 people").</summary>
    private static bool UnitOrCountAfter(AnalysisContext context, int last, Sentence s, bool countNouns)
    {
        var tokens = context.Tokens;
        int n = last + 1;
        if (n >= s.EndToken || tokens[n].Start - tokens[last].End > 1 || tokens[n].LineIndex != tokens[last].LineIndex)
            return false;
        if (tokens[n].Kind == TokenKind.Punct)
            return char.GetUnicodeCategory(context.CharAt(n)) == UnicodeCategory.CurrencySymbol;
        if (tokens[n].Kind != TokenKind.Word)
            return false;
        var w = context.Word(n);
        if (IsoCurrencyCodes.Contains(w) || CurrencyNames.Contains(w) || UnitSymbols.Contains(w))
            return true;
        var lower = w.ToLowerInvariant();
        if (w != lower && !(w.Length > 1 && char.IsUpper(w[0]) && w[1..] == lower[1..]))
            return false;
        if (Units.Contains(lower) && !ScoreUnits.Contains(lower))
            return true;
        return countNouns && w == lower && (QuantityWords.Contains(lower) || CountPlurals.Contains(lower) || DeterminerNumberRule.IsPluralOfNounSense(lower));
    }

    /// <summary>Units that count a score or a tally: "1,2 points" may be a list, so they license no decimal comma.</summary>
    private static readonly HashSet<string> ScoreUnits = new(StringComparer.Ordinal) { "points", "goals", "runs", "times" };

    /// <summary>Symbols of SI and common units written after a figure (BIPM SI Brochure 9th ed., table 2–4, 8; "ha", "t", "l" accepted for use with the SI).</summary>
    private static readonly HashSet<string> UnitSymbols = new(StringComparer.Ordinal)
    {
        "km", "kg", "cm", "mm", "m", "ha", "t", "kt", "Mt", "l", "ml", "hl", "g", "mg", "kWh", "MWh", "GWh", "kW", "MW", "GW", "km²", "m²", "m³",
    };

    /// <summary>
    /// English names of currencies and the abbreviations of the currency's own language kept by MT ("zł", "Kč", "Ft",
    /// "kr"), after ISO 4217 and the Unicode CLDR currency display names (English).
    /// </summary>
    private static readonly HashSet<string> CurrencyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "euro", "euros", "dollar", "dollars", "pound", "pounds", "lira", "liras", "lire", "zloty", "zlotys", "złoty", "złotys", "złotych", "zł",
        "ruble", "rubles", "rouble", "roubles", "hryvnia", "hryvnias", "hryvnas", "yuan", "renminbi", "won", "yen", "dinar", "dinars",
        "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "reais", "peso", "pesos", "rupee", "rupees", "franc", "francs",
        "krona", "kronor", "krone", "kroner", "forint", "forints", "leu", "lei", "lev", "leva", "tenge", "manat", "lari", "dram", "drams",
        "shekel", "shekels", "rand", "naira", "baht", "ringgit", "rupiah", "dong", "koruna", "korunas", "Kč", "Ft", "kr", "soms",
        "taka", "kuna", "kunas", "denar", "denars", "dinara", "tugrik", "kyat", "kip", "riel", "lempira", "quetzal", "colón", "colones",
        "sol", "soles", "bolívar", "bolivares", "guarani", "cedi", "cedis", "shilling", "shillings", "birr", "kwacha",
        // The English name of the Czech, Swedish, Danish, Norwegian and Icelandic currencies (koruna, krona, krone).
        "crown", "crowns",
    };

    /// <summary>Active ISO 4217 alphabetic currency codes (ISO 4217:2015, list one, as maintained by SIX Financial Information).</summary>
    private static readonly HashSet<string> IsoCurrencyCodes = new(StringComparer.Ordinal)
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND",
        "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF",
        "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD",
        "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
        "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
        "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
        "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
        "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND",
        "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
    };

    /// <summary>Currencies divided into thousandths (ISO 4217 minor unit 3: the dinars of Bahrain, Iraq, Jordan, Kuwait, Libya and Tunisia, the Omani rial): "1.250 dinars" may be a decimal.</summary>
    private static readonly HashSet<string> ThousandthCurrencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "dinar", "dinars", "rial", "rials", "BHD", "IQD", "JOD", "KWD", "LYD", "TND", "OMR",
    };

    /// <summary>
    /// Signs and codes of currencies whose prices carry no decimals: ISO 4217 minor unit 0 (JPY, KRW, VND, CLP, PYG,
    /// ISK, UGX, XAF, XOF, RWF, GNF, KMF, BIF, DJF, VUV) and those whose minor unit is unused in practice (IDR, COP,
    /// HUF, IRR, LAK, MMK: ISO 4217 amendment notes and the issuing central banks' price conventions), with their local
    /// abbreviations and signs (Rp, Ft, ₩, ₫, ₭, ₲). After one of them "Rp10.000", "₩ 5.000" group thousands with a point.
    /// </summary>
    private static readonly HashSet<string> WholeUnitCurrencies = new(StringComparer.Ordinal)
    {
        "JPY", "KRW", "VND", "CLP", "PYG", "ISK", "UGX", "XAF", "XOF", "RWF", "GNF", "KMF", "BIF", "DJF", "VUV",
        "IDR", "COP", "HUF", "IRR", "LAK", "MMK", "Rp", "Ft", "₩", "₫", "₭", "₲",
    };

    /// <summary>
    /// How many thousands points a figure has when it is one to three digits and then groups of a point and three digits
    /// ("2.400" 1, "1.356.000" 2), with no comma; else 0.
    /// </summary>
    private static int PointGroupCount(ReadOnlySpan<char> w)
    {
        int point = w.IndexOf('.');
        if (point is < 1 or > 3 || w.IndexOf(',') >= 0 || !IsPointGroups(w[(point + 1)..]))
            return 0;
        return (w.Length - point) / 4;
    }

    /// <summary>Point groups of exactly three digits: "000", "500.000".</summary>
    private static bool IsPointGroups(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || (w.Length + 1) % 4 != 0)
            return false;
        for (int i = 0; i < w.Length; i++)
        {
            if (i % 4 == 3 ? w[i] != '.' : !char.IsAsciiDigit(w[i]))
                return false;
        }

        return true;
    }

    /// <summary>
    /// "Rp10.000", "Rp 1.500.000", "₩5.000": a figure grouped with points after the sign or code of a currency that
    /// has no decimals (<see cref="WholeUnitCurrencies"/>), glued or one space apart. Three digits after a point
    /// cannot be its cents, so the point groups thousands. The tokens of the figure (first, last), or null.
    /// </summary>
    private static (int First, int Last)? WholeCurrencyPointFigure(AnalysisContext context, int t, Sentence s)
    {
        var tokens = context.Tokens;
        var w = context.WordSpan(t);
        if (tokens[t].Kind == TokenKind.Number)
        {
            // "Rp 1.500.000", "₩ 5.000": the sign or code one space before, or glued sign.
            if (PointGroupCount(w) == 0 || t <= s.FirstToken
                || tokens[t].Start - tokens[t - 1].End > 1 || tokens[t - 1].LineIndex != tokens[t].LineIndex
                || !WholeUnitCurrencies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t - 1)))
                return null;
            return (t, t);
        }

        // "Rp10.000": the tokenizer reads the sign and the first group as one word, then ".", then the other groups.
        int digits = 0;
        while (digits < w.Length && char.IsAsciiDigit(w[w.Length - 1 - digits]))
            digits++;
        if (digits is < 1 or > 3 || digits == w.Length || t + 2 >= s.EndToken
            || !WholeUnitCurrencies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w[..^digits])
            || tokens[t + 1].Kind != TokenKind.Punct || tokens[t + 1].Start != tokens[t].End || context.CharAt(t + 1) != '.'
            || tokens[t + 2].Kind != TokenKind.Number || tokens[t + 2].Start != tokens[t + 1].End || !IsPointGroups(context.WordSpan(t + 2)))
            return null;
        return (t, t + 2);
    }

    /// <summary>
    /// "۳۰ percent", "٢٥ workers", "१५ boats": a figure written in the digits of another script (Unicode category Nd
    /// outside ASCII: Arabic-Indic and Extended Arabic-Indic for Arabic, Persian and Urdu, Devanagari, Bengali, Thai,
    /// Myanmar, Khmer, full-width) in an English sentence; English writes 0–9 (Unicode Standard 15.1, ch. 4.6 on
    /// decimal digits).
    /// </summary>
    private static bool IsForeignDigits(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (c > '\u007F' && char.IsDigit(c))
                return true;
        }

        return false;
    }

    /// <summary>Prepositions and determiners before an ordinal written as a figure with a point ("the 12. year", "on 12. October").</summary>
    private static readonly HashSet<string> OrdinalOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "on", "from", "until", "till", "by", "since", "before", "after", "of", "to", "its", "their", "this",
    };

    /// <summary>
    /// "the 12. year", "on 12. October": a figure of one to three digits with a point right after it, opened by a
    /// determiner or preposition and followed, after one space, by a lower-case word or a month — the ordinal point of
    /// German, Czech, Slovak, Polish, Hungarian, Croatian, Serbian, Slovene, Danish, Norwegian, Finnish and Icelandic
    /// ("12. Oktober", "12. října"); English writes "12th" or "12 October". A point before a capital other than a month
    /// ends the sentence. The figure's token, or -1.
    /// </summary>
    private static int OrdinalPoint(AnalysisContext context, int t)
    {
        var tokens = context.Tokens;
        var w = context.WordSpan(t);
        if (w.Length > 3 || w.ContainsAnyExceptInRange('0', '9') || t == 0 || t + 2 >= tokens.Count)
            return -1;
        var point = tokens[t + 1];
        var next = tokens[t + 2];
        if (point.Kind != TokenKind.Punct || point.Start != tokens[t].End || context.Text[point.Start] != '.' || next.Kind != TokenKind.Word
            || next.Start != point.End + 1 || context.Text[point.End] != ' ' || next.LineIndex != tokens[t].LineIndex)
            return -1;
        var before = tokens[t - 1];
        if (before.Kind != TokenKind.Word || before.LineIndex != tokens[t].LineIndex || before.End + 1 != tokens[t].Start
            || !OrdinalOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t - 1)))
            return -1;
        var word = context.WordSpan(t + 2);
        if (TextFacts.IsLowerWord(word))
            return t;
        return TextFacts.IsMonthName(word) && int.Parse(w) is >= 1 and <= 31 ? t : -1;
    }

    /// <summary>Words that open a question ("Will the money stay …;", "Why did …;").</summary>
    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "can", "could", "should", "shall", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had",
        "why", "what", "who", "whom", "whose", "where", "when", "how", "which",
    };

    /// <summary>
    /// "asked: \"Will the money stay in the town; Nobody has answered us.\"": a semicolon closing a question — the
    /// clause since the last colon, quotation mark or sentence start opens with an auxiliary or a wh-word — and
    /// followed by a capitalised word. Greek writes its question mark as ";" (U+037E, which Unicode normalises to the
    /// semicolon; Unicode Standard 15.1, ch. 7.2); English closes a question with "?", and no capital follows a
    /// semicolon. The token before the mark, or -1.
    /// </summary>
    private static int GreekQuestionMark(AnalysisContext context, int t, Sentence s)
    {
        var tokens = context.Tokens;
        if (t + 1 >= tokens.Count || t <= s.FirstToken || tokens[t - 1].Kind != TokenKind.Word || tokens[t - 1].End != tokens[t].Start)
            return -1;
        var next = tokens[t + 1];
        if (next.Kind != TokenKind.Word || next.LineIndex != tokens[t].LineIndex || next.Start != tokens[t].End + 1
            || !char.IsUpper(context.Text[next.Start]) || context.WordSpan(t + 1) is "I")
            return -1;
        int k = t - 1;
        while (k > s.FirstToken && !(tokens[k - 1].Kind == TokenKind.Punct && context.Text[tokens[k - 1].Start] is ':' or '"' or '“' or '«' or '„' or ';' or '—'))
            k--;
        if (tokens[k].Kind != TokenKind.Word || t - k < 3 || !QuestionOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(k))
            || !char.IsUpper(context.Text[tokens[k].Start]))
            return -1;
        return t - 1;
    }

    /// <summary>Units of bulk quantities (mass, length, area, volume), which news English never gives to three decimals: "1.250 kilograms" counts grams.</summary>
    private static readonly HashSet<string> BulkUnits = new(StringComparer.Ordinal)
    {
        "grams", "kilograms", "kilos", "tonnes", "tons", "hectares", "acres", "litres", "liters", "kilometres", "kilometers", "metres",
        "meters", "kg", "km", "ha", "t", "l",
    };
}
