using Lingua;
using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: sentences of a content line left in another language (a French or Italian sentence in an
/// English article). A cheap dictionary test picks candidates (under half of the lower-case words are English
/// words); SearchPioneer.Lingua then names the language. Quotations and name-heavy sentences are exempt. Also
/// single kept words: honorifics, office titles and units of foreign-titles.tsv and foreign-units.tsv, and a
/// lower-case word with a diacritic of another Latin alphabet that is no English loanword ("the líceum").
/// Why it matters: MT pipelines skip segments they fail on, and scrapers keep foreign captions and teasers;
/// either way the article is no longer English text.
/// </summary>
public sealed class UntranslatedFragmentRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.UntranslatedFragment,
        "untranslated-fragment",
        RuleCategory.Translation,
        "untranslated",
        Severity.Warning,
        "Sentence left untranslated",
        "A sentence of at least five words whose words of three letters or more are mostly not English and which Lingua identifies as another language (quotations are exempt); short runs of Chinese, kana or Hangul between English words; source-language honorifics, office titles and units kept in an English sentence (foreign-titles.tsv, foreign-units.tsv); dates of the Iranian, Hebrew, Japanese-era or Buddhist calendars (foreign-calendars.tsv); a lower-case word with a diacritic of another Latin alphabet, written once, that is no English loanword (english-accented-words.tsv).",
        "Untranslated segments show the pipeline failed on them; readers of the English text cannot use them.",
        [
            RuleExample.Flagged("The minister arrived in Rome on Monday. [|Il governo ha approvato la nuova legge sul lavoro ieri sera.|] Talks continue."),
            RuleExample.Flagged("The leaders met on Monday. [|Il presidente ha ringraziato i leader europei per il loro sostegno e ha detto che la pace arriverà presto.|]"),
            RuleExample.Flagged("The official opened the new clinic on Monday. [|وقال المسؤول إن المشروع سيكتمل قريبا|]."),
            RuleExample.Flagged("The mayor said the town wants the bus route kept, adding that it matters to older residents, [|路線の維持を強く要望します|]."),
            RuleExample.Flagged("Families waited outside the [|centro de acogida|] until the doors opened."),
            RuleExample.Flagged("Hazelnut growers gathered in [|Giresun'da|] on Tuesday to demand a higher price."),
            RuleExample.Flagged("“We picked every branch by hand. [|Hakkımızı geri istiyoruz.|] Nobody listens to us,” said one grower."),
            RuleExample.Flagged("The troupe staged [|«Метель»|] for the first time in Omsk."),
            RuleExample.Flagged("Exporters disagree. Ahmet Balcı said the price was fair, and [|Ahmet Bey|] added that buyers had waited."),
            RuleExample.Flagged("The director of the works department, [|Eng. Khaled|] Haddad, said the lamps will save power."),
            RuleExample.Flagged("\"We choke on smog every winter,\" says the [|wójt|] of the commune."),
            RuleExample.Flagged("The picking area has reached [|36,000 mu|] this year, and tea sells for 260 [|元|] [|per jin|]."),
            RuleExample.Flagged("The province will spend [|30 eok|] won on surplus fruit, and residents get up to [|15 tys.|] zł for a boiler."),
            RuleExample.Flagged("Parents met the head of the [|líceum|] on Monday to discuss the new timetable."),
            RuleExample.Flagged("The Szeged [|jegyzője|], Anna Horváth, signed the order, and the council met in Szeged."),
            RuleExample.Flagged("[|Burgemeester|] Pieter de Vries opened the lock, and the [|wethouder|] cut the ribbon."),
            RuleExample.Flagged("Fares rise from the [|first of Mehr|], the budget for [|Reiwa 8|] grows, and the market moves in [|March 2569|]."),
            RuleExample.Clean("Bahman Karimi and Azar Rahimi met in the Meiji era; the fares rose on 1 October, in March 2026 and in Reiwa (the current era)."),
            RuleExample.Clean("The café served a naïve crème brûlée; her résumé, the communiqué and the décor drew praise at the première."),
            RuleExample.Clean("Fans of mezcal praise reposado, añejo and ahumado, and the Académie française met in the lycée’s hall."),
            RuleExample.Clean("The word “añejo” (aged) and the so-called jabalí agave grow here; the whānau met the kaumātua, and the añejo sold out, as añejo does."),
            RuleExample.Clean("The Turkish Government thanked the Sultan's agent, Amin Bey, for his visit."),
            RuleExample.Clean("Mr Erdem said that the so-called wójt (commune head) and the mu (a unit of about 667 square metres) matter, and the card read Eng. 245 all out."),
            RuleExample.Clean("The codec uses 8-bit mu-law encoding; the area is 36,000 mu (2,400 hectares), and Xinhua (新华社) reported it at 9 am."),
            RuleExample.Clean("The minister arrived in Rome on Monday. The government approved the new labour law last night."),
            RuleExample.Clean("Workers staged a dharna (sit-in) outside the depot; others held a sit-in (mesa redonda) at the gate, then met at O'Neill's in Sana'a and Hawai'i."),
            RuleExample.Clean("The troupe staged «Метель» (The Snowstorm) in Omsk, and the goverment recieved teh report."),
            RuleExample.Clean("Xinhua (新华社中文版) reported the figures; the café sign read 営業中 and the word «σπίτι» means home, and the crowd chanted «Слава Україні» (glory to Ukraine)."),
            RuleExample.Clean("Write to the members: jana.novak.mp@parliament.example, tomas.berg.mp@parliament.example or lena.holm.mp@parliament.example."),
            RuleExample.Clean("He quoted the motto “Liberté, égalité, fraternité, pour tous les citoyens” in his speech."),
            RuleExample.Clean("The grower writes: >>> pak(een) [\"het huis\"] >>> pak(een) [\"het huis\", \"de zak\"] >>> pak(twee) [\"het huis\", \"de zak\", \"een pak\"]"),
        ])
    {
        Sources = "english-words.tsv for the pre-filter; SearchPioneer.Lingua 2.0 (Apache-2.0) for language identification; foreign-titles.tsv, foreign-units.tsv and foreign-calendars.tsv (Wikipedia lists of honorifics, local-government offices, units of measurement, month and era names); english-accented-words.tsv (SCOWL words with diacritics and Wikipedia, English terms with diacritical marks)",
    };

    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromLanguages(
                Language.English, Language.French, Language.Spanish, Language.Italian, Language.German,
                Language.Portuguese, Language.Russian, Language.Dutch, Language.Polish, Language.Turkish, Language.Ukrainian)
            .WithLowAccuracyMode()
            .Build());

    public RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// Loads the language identifier's models now when <paramref name="text"/> <see cref="MayHoldForeignSentence">may
    /// need them</see>. Lingua loads a language's model lazily, the first time its rule-based filter lets that language
    /// compete for a text, so building the detector alone loads nothing: the warm-up identifies the first stretch the
    /// pre-filter lets through, which loads the models the rule will then need for that sentence. Lingua keeps its
    /// models in a thread-safe cache shared by every detector, so this may run on another thread than the rule.
    /// </summary>
    public static void WarmUpFor(string text)
    {
        if (FirstForeignStretch(text) is { } stretch)
            _ = Detector.Value.DetectLanguageOf(text[stretch]);
    }

    /// <summary>
    /// A cheap, raw-text approximation of the rule's pre-filter, to decide early whether the language identifier
    /// will be asked at all: some stretch between sentence marks or line breaks with two or more lower-case words of
    /// three letters or more, under half of them English (a quoted sentence needs only two). It looks at words as runs of letters, without the
    /// tokenizer, the sentence splitter or the line labels, so it can say yes where the rule then asks nothing (a
    /// boilerplate line, a quotation); it says no only where no sentence could pass the real pre-filter.
    /// </summary>
    public static bool MayHoldForeignSentence(ReadOnlySpan<char> text) => FirstForeignStretch(text) is not null;

    /// <summary>The first stretch of <paramref name="text"/> that <see cref="MayHoldForeignSentence"/> lets through, or null.</summary>
    internal static Range? FirstForeignStretch(ReadOnlySpan<char> text)
    {
        int longLower = 0;
        int english = 0;
        int stretchStart = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '.' or '!' or '?' or '\n')
            {
                if (Foreign(longLower, english))
                    return stretchStart..i;
                longLower = english = 0;
                i++;
                stretchStart = i;
                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
                i++;
            var w = text[start..i];
            if (w.Length < 3 || !char.IsLower(w[0]))
                continue;
            longLower++;
            if (EnglishLexicon.IsWord(w) || WordLists.IsFunctionWord(w))
                english++;
        }

        return Foreign(longLower, english) ? stretchStart..text.Length : null;

        static bool Foreign(int words, int englishWords) => words >= 2 && englishWords * 2 < words;
    }

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var quotes = new LineQuoteWalker(context);
        var code = CodeLines.Of(context);
        var shortRuns = new List<TextSpan>();
        foreach (var s in context.ContentSentences)
        {
            if (code.IsCode(s.LineIndex))
                continue;
            int lower = 0;
            int longLower = 0;
            int letters = 0;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var w = context.WordSpan(t);
                if (!char.IsLetter(w[0]) || InIdentifier(context.Text, context.Tokens[t]))
                    continue;
                letters++;
                if (!char.IsLower(w[0]))
                    continue;
                lower++;
                // Words of one or two letters are shared by too many languages ("a", "la", "e", "il", "ha" are all
                // in an English word list): the share of English words counts the longer ones only.
                if (w.Length < 3)
                    continue;
                longLower++;
            }

            var language = Language.Unknown;
            bool quoted = InsideQuotation(context, quotes, s);
            if (letters >= 5 && lower >= 4 && longLower >= 3 && !HalfEnglish(context, s, longLower) && !quoted)
                language = Detector.Value.DetectLanguageOf(context.Article.Slice(s.Span));
            else if (quoted && letters >= 3 && longLower >= 2 && !HalfEnglish(context, s, longLower) && !GlossedAfter(context.Text, s.Span.End) && NoEnglishFunctionWord(context, s))
                language = ConfidentLanguage(context.Article.Slice(s.Span), QuotedSentenceConfidence);
            if (language is Language.English or Language.Unknown)
            {
                OtherScriptRuns(context, s, findings);
                TurkishCaseSuffixes(context, s, longLower, findings);
                ForeignCalendarDates(context, s, findings);
                if (longLower >= 3 && HalfEnglish(context, s, longLower))
                {
                    KeptTitlesAndUnits(context, s, findings);
                    // Not inside a quotation opened before the sentence; one the sentence opens and closes ("« … », says
                    // the mother of a pupil at the …") leaves its English part to the word's own quotation test.
                    var before = quotes.MoveTo(s);
                    if (before.Depth == 0 && before.StraightMarks % 2 == 0)
                        KeptAccentedWords(context, s, findings);
                }
                if (!quoted && !context.Shared(c => new OtherScriptShare(c)).Bilingual)
                    ShortForeignRuns(context, s, shortRuns);
            }
            else
                findings.Add(context.Flag(Rule, s.Span, $"Sentence in {language}, not translated"));
        }

        FlagShortRuns(context, shortRuns, findings);
    }

    /// <summary>
    /// The short runs written once in the article that Lingua takes for another language. A run the article writes
    /// twice or more is a term it uses on purpose (a dish, a sport, an institution it keeps naming), not a segment the
    /// translation skipped once; counted over the candidates, so the test stays linear.
    /// </summary>
    private static void FlagShortRuns(AnalysisContext context, List<TextSpan> runs, List<Finding> findings)
    {
        if (runs.Count == 0)
            return;
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in runs)
        {
            var run = context.Article.Slice(r);
            counts[run] = counts.GetValueOrDefault(run) + 1;
        }

        foreach (var r in runs)
        {
            var run = context.Article.Slice(r);
            if (counts[run] == 1 && ShortRunLanguage(run) is var language && language != Language.Unknown)
                findings.Add(context.Flag(Rule, r, $"Words in {language}, not translated"));
        }
    }

    /// <summary>Lingua's confidence needed for a quoted sentence: quotations are where English news keeps foreign words on purpose.</summary>
    public const double QuotedSentenceConfidence = 0.9;

    /// <summary>
    /// The language of a quoted sentence (with no English function word, see <see cref="NoEnglishFunctionWord"/>) or short run when Lingua is at least <paramref name="confidence"/> sure it is
    /// not English ("“We came early. Nous voulons du travail. Then we left.”"), else <see cref="Language.Unknown"/>.
    /// </summary>
    private static Language ConfidentLanguage(string sentence, double confidence)
    {
        var best = Language.Unknown;
        double bestValue = 0;
        foreach (var (language, value) in Detector.Value.ComputeLanguageConfidenceValues(sentence))
        {
            if (value > bestValue)
            {
                best = language;
                bestValue = value;
            }
        }

        return best != Language.English && bestValue >= confidence ? best : Language.Unknown;
    }

    /// <summary>
    /// No word of the sentence is an English function word in any case ("We", "do", "the"): a quoted sentence is taken
    /// for another language only when nothing in it is English grammar, since Lingua misreads short English
    /// sentences with contractions ("We don't do what's easy.").
    /// </summary>
    private static bool NoEnglishFunctionWord(AnalysisContext context, Sentence s)
    {
        Span<char> lower = stackalloc char[16];
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word)
                continue;
            var w = context.WordSpan(t);
            if (w.Length > lower.Length)
                continue;
            w.ToLowerInvariant(lower);
            if (WordLists.IsFunctionWord(lower[..w.Length]))
                return false;
        }

        return true;
    }

    /// <summary>A translation given right after (an opening bracket after the span and its closing marks): "« … » (we want work)".</summary>
    private static bool GlossedAfter(string text, int end)
    {
        int j = end;
        while (j < text.Length && (text[j] is ' ' or '\u00a0' or ',' or '.' or ':' || TextFacts.IsAnyQuote(text[j]) || text[j] is '’' or '\''))
            j++;
        return j < text.Length && text[j] is '(' or '[' or '（';
    }

    /// <summary>A translation given right before: the span is the bracketed original of what precedes it ("a sit-in (dharna)").</summary>
    private static bool GlossedBefore(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && (text[i] is ' ' or '\u00a0' || TextFacts.IsAnyQuote(text[i])))
            i--;
        return i >= 0 && text[i] is '(' or '[' or '（';
    }

    private static readonly Lazy<HashSet<string>> TurkishSuffixes = new(() =>
        new HashSet<string>(Lexicon.Load("turkish-case-suffixes.txt").Entries.Select(e => e[0]), StringComparer.Ordinal));

    /// <summary>
    /// A Turkish case suffix left on a name after an apostrophe ("Bodrum'da", "İzmir'den", "Trabzon'daki"): Turkish
    /// spelling joins case endings to proper names with an apostrophe, English drops them ("in Bodrum", "from
    /// İzmir"). Only in a sentence that is mostly English. Only the consonant-initial endings of turkish-case-suffixes.txt and stems of three letters or more,
    /// so "Sana'a", "Hawai'i" and "O'Neill" stay clean.
    /// </summary>
    private static void TurkishCaseSuffixes(AnalysisContext context, Sentence s, int longLower, List<Finding> findings)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text[tokens[t].Start]))
                continue;
            int start = tokens[t].Start;
            int end = tokens[t].End;
            // The apostrophe inside the word token, or right after it with the suffix as the next token.
            int apostrophe = text.AsSpan(start, end - start).IndexOfAny('\'', '’');
            if (apostrophe >= 0)
                apostrophe += start;
            else if (end < text.Length && text[end] is '\'' or '’')
                apostrophe = end;
            else
                continue;
            int suffixEnd = apostrophe + 1;
            while (suffixEnd < text.Length && char.IsLetter(text[suffixEnd]))
                suffixEnd++;
            if (apostrophe - start < 3 || suffixEnd - apostrophe - 1 is < 2 or > 4 || (suffixEnd < text.Length && text[suffixEnd] is '\'' or '’' or '-'))
                continue;
            var stem = text.AsSpan(start, apostrophe - start);
            // In an English sentence (three lower-case words or more, half of them English): a Turkish sentence quoted
            // on a page keeps its own endings.
            if (!IsAllLetters(stem) || !TurkishSuffixes.Value.Contains(text[(apostrophe + 1)..suffixEnd]) || longLower < 3 || !HalfEnglish(context, s, longLower))
                continue;
            findings.Add(context.Flag(Rule, new TextSpan(start, suffixEnd), $"Turkish case ending \"{text[apostrophe..suffixEnd]}\" left on a name"));
        }
    }

    private static readonly Lazy<(Dictionary<string, string> Titles, HashSet<string> Offices, Dictionary<string, bool> Units, HashSet<string> Any)> Kept = new(() =>
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var offices = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in Lexicon.Load("foreign-titles.tsv").Entries)
        {
            if (e.Length < 2)
                continue;
            if (e[1] == "office")
                offices.Add(e[0]);
            else
                titles[e[0].TrimEnd('.')] = e[0].EndsWith('.') ? e[1] + "." : e[1]; // "Eng.": the abbreviation needs its full stop
        }

        var units = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var e in Lexicon.Load("foreign-units.tsv").Entries)
            units[e[0].TrimEnd('.')] = e[0].EndsWith('.'); // "tys.": the abbreviation needs its full stop
        // Every key of the three, ignoring case: one probe turns away the words none of them holds (nearly all).
        var any = new HashSet<string>(titles.Keys.Concat(offices).Concat(units.Keys), StringComparer.OrdinalIgnoreCase);
        return (titles, offices, units, any);
    });

    /// <summary>
    /// Source-language titles, honorifics and units kept in an English sentence (foreign-titles.tsv, foreign-units.tsv):
    /// an honorific after a given name the article also writes with a surname ("Erdem Balcı" … "Erdem Bey") or before a
    /// capitalised name ("Eng. Khaled"), the title of an office used as a
    /// noun ("the wójt", "the vereadora"), and a unit or number word after a number or "per" ("36,000 mu", "30 eok won",
    /// "per jin", "15 tys. zł"). A term glossed in brackets or introduced by "so-called", and terms inside a quotation,
    /// are exempt: that is where English keeps foreign words on purpose.
    /// </summary>
    private static void KeptTitlesAndUnits(AnalysisContext context, Sentence s, List<Finding> findings)
    {
        var (titles, offices, units, any) = Kept.Value;
        var anyLookup = any.GetAlternateLookup<ReadOnlySpan<char>>();
        var titleLookup = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        var officeLookup = offices.GetAlternateLookup<ReadOnlySpan<char>>();
        var unitLookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = context.Tokens;
        var text = context.Text;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
                continue;
            var w = context.WordSpan(t);
            if (w.Length > 18 || !char.IsLetter(w[0]) || !anyLookup.Contains(w))
                continue;
            bool dotted = t + 1 < s.EndToken && tokens[t + 1].Kind == TokenKind.Punct && tokens[t + 1].Start == tokens[t].End && text[tokens[t + 1].Start] == '.';
            TextSpan? span = null;
            string? what = null;
            if (titleLookup.TryGetValue(w, out var position))
            {
                // After a given name the article also writes with a surname ("Erdem Balcı" … "Erdem Bey"), as these honorifics are
                // used; a title written as part of one historical name ("the Sultan's agent, Amin Bey") is English usage.
                if (position == "after" && t > s.FirstToken && Spaced(context, t - 1, t) && TextFacts.IsTitleWord(context.WordSpan(t - 1))
                    && !WordLists.IsFunctionWord(context.WordSpan(t - 1))
                    && context.Shared(c => new GivenNames(c)).Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t - 1)))
                {
                    span = new TextSpan(tokens[t - 1].Start, tokens[t].End);
                    what = "honorific";
                }
                else if (position.StartsWith("before", StringComparison.Ordinal))
                {
                    // An abbreviation listed with its full stop ("Eng.") needs it: "Eng" alone is a cricket score line's England.
                    bool wantsDot = position.EndsWith('.');
                    int name = wantsDot ? t + 2 : t + 1;
                    // The sentence splitter may end a sentence at the abbreviation's full stop: the name is then the next token on the line.
                    if ((!wantsDot || dotted) && name < tokens.Count && (name < s.EndToken || (wantsDot && tokens[name].LineIndex == tokens[t].LineIndex))
                        && tokens[name].Kind == TokenKind.Word && tokens[name].Start == tokens[name - 1].End + 1
                        && TextFacts.IsTitleWord(context.WordSpan(name)) && !WordLists.IsFunctionWord(context.WordSpan(name)))
                    {
                        span = new TextSpan(tokens[t].Start, tokens[name].End);
                        what = "honorific";
                    }
                }
            }
            else if (officeLookup.Contains(w))
            {
                span = tokens[t].Span;
                what = "title";
            }
            else if (unitLookup.TryGetValue(w, out bool abbreviation) && TextFacts.IsLowerWord(w) && t > s.FirstToken && tokens[t].Start == tokens[t - 1].End + 1
                     && (tokens[t - 1].Kind == TokenKind.Number || context.WordSpan(t - 1) is "per") && (!abbreviation || dotted))
            {
                span = new TextSpan(tokens[t - 1].Start, abbreviation ? tokens[t + 1].End : tokens[t].End);
                what = "unit";
            }

            if (span is not { } sp || InBrackets(text, sp.Start, sp.End) || GlossedAfter(text, sp.End) || GlossedBefore(text, sp.Start)
                || OpenQuoteBefore(text, s.Span.Start, sp.Start) || SoCalledBefore(text, sp.Start))
                continue;
            findings.Add(context.Flag(Rule, sp, $"Source-language {what} \"{context.Word(t)}\" kept, not translated"));
        }
    }

    private static readonly Lazy<Dictionary<string, (string Calendar, bool Era)>> Calendars = new(() =>
    {
        var map = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var e in Lexicon.Load("foreign-calendars.tsv").Entries)
        {
            if (e.Length >= 3)
                map[e[0]] = (e[1], e[2] == "era");
        }

        return map;
    });

    /// <summary>Ordinal words that name a day before "of" ("the first of …").</summary>
    private static readonly HashSet<string> DayOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "end", "beginning", "middle",
    };

    /// <summary>
    /// Dates of another calendar kept in an English sentence (foreign-calendars.tsv): an Iranian or Hebrew month beside a
    /// day ("1 Aban", "Aban 1", "the first of Aban", "15 Kislev"), a Japanese era with its year ("Reiwa 9", "Heisei 30")
    /// and a Buddhist Era year after a Gregorian month ("November 2568": Thai solar calendar, 543 years ahead). English
    /// news gives the Gregorian date; the month names also serve as personal names ("Azar", "Bahman"), which is why a
    /// day or year must stand beside them.
    /// </summary>
    private static void ForeignCalendarDates(AnalysisContext context, Sentence s, List<Finding> findings)
    {
        var tokens = context.Tokens;
        var lookup = Calendars.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(context.Text[tokens[t].Start]))
                continue;
            var w = context.WordSpan(t);
            bool numberAfter = t + 1 < s.EndToken && tokens[t + 1].Kind == TokenKind.Number && Spaced(context, t, t + 1);
            if (lookup.TryGetValue(w, out var cal))
            {
                TextSpan? span = null;
                if (numberAfter && context.WordSpan(t + 1).Length <= 2)
                {
                    span = new TextSpan(tokens[t].Start, tokens[t + 1].End); // "Reiwa 8", "Aban 1"
                }
                // A month may also have its day before it; an era names its year after it only.
                else if (!cal.Era && t > s.FirstToken && tokens[t - 1].Kind == TokenKind.Number && context.WordSpan(t - 1).Length <= 2 && Spaced(context, t - 1, t))
                {
                    span = new TextSpan(tokens[t - 1].Start, tokens[t].End);
                }
                else if (!cal.Era && t - 2 >= s.FirstToken && context.WordSpan(t - 1) is "of" && DayOrdinals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t - 2)))
                {
                    span = new TextSpan(tokens[t - 2].Start, tokens[t].End);
                }

                if (span is { } sp && !InBrackets(context.Text, sp.Start, sp.End) && !GlossedAfter(context.Text, sp.End))
                    findings.Add(context.Flag(Rule, sp, $"Date of the {cal.Calendar} calendar kept (\"{context.Article.Slice(sp)}\"); English news gives the Gregorian date"));
                continue;
            }

            // "November 2568": a year 543 ahead of the Gregorian one (Buddhist Era), after a Gregorian month.
            if (numberAfter && TextFacts.IsTitleWord(w) && TextFacts.IsMonthName(w, abbreviations: false) && context.WordSpan(t + 1) is { Length: 4 } year
                && year[0] == '2' && year[1] is '4' or '5' or '6')
            {
                var sp = new TextSpan(tokens[t].Start, tokens[t + 1].End);
                if (!InBrackets(context.Text, sp.Start, sp.End) && !GlossedAfter(context.Text, sp.End))
                    findings.Add(context.Flag(Rule, sp, $"Year of the Buddhist Era kept (\"{context.Article.Slice(sp)}\", Thai solar calendar); English news gives the Gregorian year"));
            }
        }
    }

    private static readonly Lazy<HashSet<string>> AccentedEnglish = new(() =>
        new HashSet<string>(Lexicon.Load("english-accented-words.tsv").Entries.Select(e => e[0]), StringComparer.Ordinal));

    /// <summary>Fewest letters of a lower-case word with a diacritic taken for a kept source-language word.</summary>
    public const int MinKeptAccentedLetters = 4;

    /// <summary>
    /// Most different lower-case words with a foreign diacritic an article may hold for any to be taken for a kept
    /// source-language word: a page with more writes about another language or quotes it on purpose (a language
    /// forum, a page of dishes or drinks), where a translation leaves one or two.
    /// </summary>
    public const int MaxKeptAccentedWords = 2;

    /// <summary>Most times per article the words around such a word are looked up across the article (each look-up reads the article once).</summary>
    public const int MaxAccentedNameLookups = 16;

    /// <summary>
    /// A lower-case word with a diacritic of another Latin alphabet (á, è, ő, ç, ã, ș, ø…) kept in an English sentence
    /// ("the lycée", "the town's önkormányzat"): names are capitalised, and English writes such a letter only in the
    /// loanwords of english-accented-words.tsv ("café", "naïve", "résumé"), so a lower-case one is nearly always a word
    /// the translation left in the source language. Four letters or more, written once in the article in any case (a
    /// word it keeps using is a term on purpose, a dish or an institution), in a noun's slot (after a determiner, a
    /// possessive or a place named on its own); not next to another foreign lower-case word
    /// or a name particle, also across a comma or "and" ("crème fraîche", "pièce de résistance": a phrase English
    /// borrowed whole; "reposado, añejo and pechuga": a list of terms), nor after a
    /// capitalised word that occurs nowhere else in the article without it ("the Académie française": a foreign name);
    /// macrons alone are Māori and Hawaiian words of New Zealand and Hawaiian English ("whānau"). Glossed, bracketed,
    /// quoted and "so-called" words are exempt, the words of foreign-titles.tsv and foreign-units.tsv are left to
    /// <see cref="KeptTitlesAndUnits"/>, and an article with more than <see cref="MaxKeptAccentedWords"/> such words is
    /// about or in another language on purpose.
    /// </summary>
    private static void KeptAccentedWords(AnalysisContext context, Sentence s, List<Finding> findings)
    {
        var tokens = context.Tokens;
        var text = context.Text;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
                continue;
            var w = context.WordSpan(t);
            if (w.Length < MinKeptAccentedLetters || !char.IsLower(w[0]) || System.Text.Ascii.IsValid(w) || !IsForeignAccented(w)
                || AccentedEnglish.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || Kept.Value.Any.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)
                || InIdentifier(text, tokens[t]) || ForeignNeighbour(context, s, t, -1) || ForeignNeighbour(context, s, t, +1))
                continue;
            var sp = tokens[t].Span;
            if (InBrackets(text, sp.Start, sp.End) || GlossedAfter(text, sp.End) || GlossedBefore(text, sp.Start)
                || OpenQuoteBefore(text, s.Span.Start, sp.Start) || SoCalledBefore(text, sp.Start))
                continue;
            var article = context.Shared(c => new AccentedWords(c));
            if (article.Count(w) > 1 || article.Distinct > MaxKeptAccentedWords)
                continue;
            // In the slot of an English noun: after a determiner or a possessive ("the líceum", "the town's jegyzője"),
            // or after a capitalised word (not the sentence's first) that names a place or body on its own elsewhere in
            // the article ("the Szeged jegyzője"), not one foreign name of two words ("the Académie française"). A word
            // after a verb ("I think enttäuscht makes …") is one mentioned on a page about the language.
            if (t <= s.FirstToken || tokens[t - 1].Kind != TokenKind.Word || !Spaced(context, t - 1, t))
                continue;
            var before = context.WordSpan(t - 1);
            bool nounSlot = Determiners.Contains(before) || (before.Length > 2 && before[^1] == 's' && before[^2] is '\'' or '’');
            if (!nounSlot && !(t > s.FirstToken + 1 && char.IsUpper(before[0]) && article.NamedAlone(context, t - 1, t)))
                continue;
            findings.Add(context.Flag(Rule, sp, $"Source-language word \"{context.Word(t)}\" kept, not translated"));
        }
    }

    /// <summary>
    /// Letters only, each an ASCII letter or a Latin letter with a diacritic (or ß, ø, æ, đ, ł…), one at least that is
    /// not a vowel with a macron: a word of another Latin alphabet.
    /// </summary>
    private static bool IsForeignAccented(ReadOnlySpan<char> w)
    {
        bool foreign = false;
        foreach (char c in w)
        {
            if (c < 128)
            {
                if (!char.IsAsciiLetter(c))
                    return false;
                continue;
            }

            if (TextFacts.LatinBase(c) == '\0')
                return false;
            if (c is not ('ā' or 'ē' or 'ī' or 'ō' or 'ū' or 'Ā' or 'Ē' or 'Ī' or 'Ō' or 'Ū'))
                foreign = true;
        }

        return foreign;
    }

    /// <summary>
    /// The word next to <paramref name="t"/> in direction <paramref name="step"/> (-1 or +1), right beside it or across a
    /// comma and "and" / "or" (a list: "reposado, añejo and pechuga"), is foreign and in lower case: a name particle
    /// ("de", "la") or no English word. Such a word is one of a phrase or a list of terms English borrows on purpose.
    /// </summary>
    private static bool ForeignNeighbour(AnalysisContext context, Sentence s, int t, int step)
    {
        var tokens = context.Tokens;
        int k = t + step;
        if (k >= s.FirstToken && k < s.EndToken && tokens[k].Kind == TokenKind.Punct && context.Text[tokens[k].Start] == ',')
            k += step;
        if (k >= s.FirstToken && k < s.EndToken && tokens[k].Kind == TokenKind.Word && context.WordSpan(k) is "and" or "or")
            k += step;
        if (k < s.FirstToken || k >= s.EndToken || tokens[k].Kind != TokenKind.Word)
            return false;
        var x = context.WordSpan(k);
        return char.IsLower(x[0]) && (TextFacts.IsNameParticle(x) || !(WordLists.IsFunctionWord(x) || EnglishLexicon.IsWord(x)));
    }

    /// <summary>
    /// The article's words with a non-ASCII Latin letter, counted in any case, made once per article when a candidate
    /// needs them (most English articles have none); and a budgeted look-up of whether a capitalised word stands
    /// elsewhere without the word after it.
    /// </summary>
    private sealed class AccentedWords
    {
        // Counts by a 64-bit FNV-1a hash of the lower-cased word: no string per word (two words of one hash, odds
        // ~1e-16 per article, would only count together).
        private readonly Dictionary<ulong, int> counts = [];
        private int lookups;

        public AccentedWords(AnalysisContext c)
        {
            var english = AccentedEnglish.Value.GetAlternateLookup<ReadOnlySpan<char>>();
            var kept = Kept.Value.Any.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int t = 0; t < c.Tokens.Count; t++)
            {
                if (c.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var w = c.WordSpan(t);
                if (System.Text.Ascii.IsValid(w) || !IsForeignAccented(w))
                    continue; // only words of Latin letters with a diacritic are ever counted
                ref int seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, FoldedHash(w), out _);
                if (seen++ == 0 && c.IsContent(c.Tokens[t].LineIndex) && w.Length >= MinKeptAccentedLetters && char.IsLower(w[0])
                    && !english.Contains(w) && !kept.Contains(w))
                    Distinct++;
            }
        }

        /// <summary>How many different lower-case words of the content the article writes with a foreign diacritic (no English loanword, no listed title or unit).</summary>
        public int Distinct { get; }

        /// <summary>How often the article writes <paramref name="w"/>, in any case.</summary>
        public int Count(ReadOnlySpan<char> w) => counts.TryGetValue(FoldedHash(w), out int n) ? n : 0;

        private static ulong FoldedHash(ReadOnlySpan<char> w)
        {
            ulong h = 14695981039346656037UL;
            foreach (char c in w)
            {
                h ^= char.ToLowerInvariant(c);
                h *= 1099511628211UL;
            }

            return h;
        }

        /// <summary>Whether the word at <paramref name="name"/> occurs elsewhere not followed by the word at <paramref name="next"/>; false once the budget is spent.</summary>
        public bool NamedAlone(AnalysisContext c, int name, int next)
        {
            if (++lookups > MaxAccentedNameLookups)
                return false;
            var n = c.WordSpan(name);
            var x = c.WordSpan(next);
            for (int t = 0; t < c.Tokens.Count; t++)
            {
                if (t != name && c.Tokens[t].Kind == TokenKind.Word && c.WordSpan(t).SequenceEqual(n)
                    && (t + 1 >= c.Tokens.Count || c.Tokens[t + 1].Kind != TokenKind.Word || !c.WordSpan(t + 1).SequenceEqual(x)))
                    return true;
            }

            return false;
        }
    }

    /// <summary>
    /// Title-case words the article writes before another Title-case word that is no listed honorific (the given name of
    /// a "Given Surname" pair); built once per article, only for an article with an honorific candidate.
    /// </summary>
    private sealed class GivenNames
    {
        public GivenNames(AnalysisContext c)
        {
            var titles = Kept.Value.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int t = 0; t + 1 < c.Tokens.Count; t++)
            {
                if (c.Tokens[t].Kind == TokenKind.Word && c.Tokens[t + 1].Kind == TokenKind.Word && Spaced(c, t, t + 1)
                    && TextFacts.IsTitleWord(c.WordSpan(t)) && TextFacts.IsTitleWord(c.WordSpan(t + 1)) && !titles.ContainsKey(c.WordSpan(t + 1)))
                    Names.Add(c.Word(t));
            }
        }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Tokens <paramref name="a"/> and <paramref name="b"/> are words one space apart.</summary>
    private static bool Spaced(AnalysisContext context, int a, int b) =>
        context.Tokens[a].Kind == TokenKind.Word && context.Tokens[b].Start == context.Tokens[a].End + 1 && context.Text[context.Tokens[a].End] == ' ';

    /// <summary>"so-called" or "known as" right before: the writer introduces the foreign term on purpose.</summary>
    private static bool SoCalledBefore(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)).TrimEnd();
        return before.EndsWith("so-called", StringComparison.OrdinalIgnoreCase) || before.EndsWith("known as", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("called", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAllLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c))
                return false;
        }

        return true;
    }

    /// <summary>
    /// Most confidence Lingua may give English for a short run of words taken as foreign. Two or three words split
    /// Lingua's confidence among related languages ("tavola rotonda": Italian 0.4, Portuguese 0.2), so the test is
    /// that English gets next to none, not that one other language gets most.
    /// </summary>
    public const double ShortRunEnglishConfidence = 0.01;

    /// <summary>The likeliest language of a short run when Lingua gives English at most <see cref="ShortRunEnglishConfidence"/>, else <see cref="Language.Unknown"/>.</summary>
    private static Language ShortRunLanguage(string run)
    {
        var values = Detector.Value.ComputeLanguageConfidenceValues(run);
        if (!values.TryGetValue(Language.English, out double english) || english > ShortRunEnglishConfidence)
            return Language.Unknown;
        var best = values.MaxBy(kv => kv.Value);
        return best.Value > 0 ? best.Key : Language.Unknown;
    }

    /// <summary>
    /// Two to four lower-case words in a row, one space apart, none of them English, left inside an English sentence
    /// ("the council set up a mesa redonda on the issue", "the posto de saúde"): at least two of five letters or more,
    /// right after an English function word, written once in the article (see <see cref="FlagShortRuns"/>),
    /// short linking words ("de", "di", "del") allowed between them. Glossed terms ("the dharna (sit-in)", "a sit-in
    /// (dharna)") and terms in quotation marks or brackets are exempt, and Lingua must give English next to no
    /// confidence (<see cref="ShortRunEnglishConfidence"/>); a single unknown word (a typo, a coinage) never fires.
    /// </summary>
    private static void ShortForeignRuns(AnalysisContext context, Sentence s, List<TextSpan> candidates)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        int t = s.FirstToken;
        while (t < s.EndToken)
        {
            if (!ForeignLowerWord(context, t, out bool isLong) || !isLong)
            {
                t++;
                continue;
            }

            int end = t, longWords = 1, words = 1;
            for (int k = t + 1; k < s.EndToken && words < 6; k++)
            {
                if (tokens[k].Start != tokens[k - 1].End + 1 || text[tokens[k - 1].End] != ' ' || !ForeignLowerWord(context, k, out bool longer))
                    break;
                words++;
                if (longer)
                {
                    longWords++;
                    end = k;
                }
            }

            var span = new TextSpan(tokens[t].Start, tokens[end].End);
            if (longWords >= 2 && AfterEnglishFunctionWord(context, s, t) && !OpenQuoteBefore(text, s.Span.Start, span.Start) && !GlossWordAfter(text, span.End)
                && end - t + 1 <= 4 && !InBrackets(text, span.Start, span.End) && !GlossedAfter(text, span.End) && !GlossedBefore(text, span.Start))
                candidates.Add(span);
            t = end + 1;
        }
    }

    /// <summary>Fewest letters of each content word of a short foreign run: four-letter unknown words are most often slang, clipped forms or lower-cased names ("perf", "doro").</summary>
    public const int MinShortRunWordLetters = 5;

    /// <summary>
    /// The run is set into English syntax: the word before it is an English function word ("a tavola rotonda", "the
    /// posto de saúde", "number of camiones"). A run after a foreign or content word ("Ich wurde ausgeraubt", "the
    /// verb eingearbeitet sein") is a quoted example on a language page or part of a longer foreign phrase.
    /// </summary>
    private static bool AfterEnglishFunctionWord(AnalysisContext context, Sentence s, int t)
    {
        if (t <= s.FirstToken || context.Tokens[t - 1].Kind != TokenKind.Word || context.Tokens[t].Start != context.Tokens[t - 1].End + 1)
            return false;
        var before = context.WordSpan(t - 1);
        return WordLists.IsFunctionWord(before) || (before.Length <= 4 && before.Equals("some", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A quotation opened in the sentence before <paramref name="at"/> and not closed: a quoted motto or title.</summary>
    private static bool OpenQuoteBefore(string text, int sentenceStart, int at)
    {
        int depth = 0;
        bool straight = false;
        for (int i = sentenceStart; i < at; i++)
        {
            char c = text[i];
            if (c == '"')
                straight = !straight;
            else if (TextFacts.IsOpeningQuote(c) && c != '‘')
                depth++;
            else if (c is '”' or '»' && depth > 0)
                depth--;
        }

        return depth > 0 || straight;
    }

    /// <summary>
    /// A lower-case word of letters only that is no English word, not part of an identifier; <paramref name="isLong"/>:
    /// four letters or more (a shorter one may only link longer ones).
    /// </summary>
    private static bool ForeignLowerWord(AnalysisContext context, int t, out bool isLong)
    {
        isLong = false;
        var tok = context.Tokens[t];
        if (tok.Kind != TokenKind.Word)
            return false;
        var w = context.WordSpan(t);
        if (!char.IsLower(w[0]) || !IsAllLetters(w) || InIdentifier(context.Text, tok) || WordLists.IsFunctionWord(w))
            return false;
        // A short word only links longer ones ("posto de saúde"): "de", "la", "di" are in an English word list too.
        if (w.Length <= 3)
            return true;
        isLong = true;
        // English loanwords written with their diacritics ("naïve", "crème brûlée") are English too.
        return w.Length >= MinShortRunWordLetters && !EnglishLexicon.IsWord(w) && !AccentedEnglish.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
    }

    /// <summary>Fewest letters of a run in a spaced script (Greek, Arabic, Hebrew, Cyrillic, Devanagari…) taken for untranslated text.</summary>
    public const int MinSpacedScriptLetters = 8;

    /// <summary>Fewest characters of a run in Chinese characters, kana or Hangul (no spaces between words).</summary>
    public const int MinUnspacedScriptChars = 5;

    /// <summary>
    /// Text in a script English does not use, inside an English sentence: a run of words in Greek, Cyrillic,
    /// Arabic, Hebrew, Devanagari, Thai, Hangul, kana or Chinese characters ("… opened the new clinic. وقال المسؤول إن …",
    /// "… matters to older residents, 路線の維持を強く要望します."). Runs alone in brackets or quotation marks
    /// are the original of a name, term or slogan given beside its translation ("Xinhua (新华社)", "«Слава Україні»") and short runs are names or
    /// single terms, so a run needs two words and eight letters, or five characters in an unspaced script.
    /// </summary>
    private static void OtherScriptRuns(AnalysisContext context, Sentence s, List<Finding> findings)
    {
        if (context.Shared(c => new OtherScriptShare(c)).Bilingual)
            return;
        var tokens = context.Tokens;
        var text = context.Text;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || ScriptOf(text[tokens[t].Start]) is not { } script)
                continue;
            int end = t, words = 0, letters = 0;
            bool unspaced = false;
            for (int k = t; k < s.EndToken; k++)
            {
                if (tokens[k].Kind == TokenKind.Punct && text[tokens[k].Start] is ',' or ';' or ':' or '-' or '،')
                    continue;
                if (tokens[k].Kind != TokenKind.Word || ScriptOf(text[tokens[k].Start]) is null)
                    break;
                end = k;
                words++;
                letters += tokens[k].Span.Length;
                unspaced |= IsUnspaced(text[tokens[k].Start]);
            }

            bool enough = unspaced ? letters >= MinUnspacedScriptChars : words >= 2 && letters >= MinSpacedScriptLetters;
            int runStart = tokens[t].Start, runEnd = tokens[end].End;
            if (InBrackets(text, runStart, runEnd))
            {
                // Alone in quotation marks: a title or slogan in its own script, which English news glosses beside it
                // ("«Весна» (Spring)", "«σπίτι» means home"); without a gloss the reader gets no English at all.
                if (IsQuoted(text, runStart) && letters >= MinQuotedScriptLetters && !GlossedAfter(text, runEnd) && !GlossedBefore(text, runStart)
                    && !GlossWordAfter(text, runEnd))
                    findings.Add(context.Flag(Rule, QuotedSpan(text, runStart, runEnd), $"Quoted {script} text with no English beside it"));
            }
            else if (enough)
                findings.Add(context.Flag(Rule, new TextSpan(runStart, runEnd), $"Text in {script} script, not translated"));
            else if (unspaced && words == 1 && BetweenLatinWords(context, s, t, end))
                findings.Add(context.Flag(Rule, new TextSpan(runStart, runEnd), $"{script} characters left inside an English sentence"));
            t = end;
        }
    }

    /// <summary>
    /// A short run of Chinese characters, kana or Hangul (under <see cref="MinUnspacedScriptChars"/>) set between
    /// a figure or an English determiner and an English word or figure, with spaces, no bracket or quotation mark: a
    /// unit, currency or word the translation skipped ("sells for 260 元 per jin", "completed a 극장골 in front of"). The original of a name in brackets ("Xinhua (新华社)") is exempt above.
    /// </summary>
    private static bool BetweenLatinWords(AnalysisContext context, Sentence s, int first, int last)
    {
        var tokens = context.Tokens;
        if (first <= s.FirstToken || last + 1 >= s.EndToken)
            return false;
        var before = tokens[first - 1];
        var after = tokens[last + 1];
        // In the slot of an English noun or unit: after a figure ("260 元") or a determiner ("completed a 극장골"); after a
        // verb or noun it is quoted text or a name ("the sign read 営業中", "the paper 人民日报 reported").
        return before.End + 1 == tokens[first].Start && tokens[last].End + 1 == after.Start
            && (before.Kind == TokenKind.Number || (before.Kind == TokenKind.Word && Determiners.Contains(context.WordSpan(first - 1))))
            && (after.Kind == TokenKind.Number || (after.Kind == TokenKind.Word && char.IsAsciiLetter(context.CharAt(last + 1))));
    }

    /// <summary>English determiners and "per", before a noun or unit.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "per", "each", "every", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Fewest letters of a run alone in quotation marks taken for an unglossed title or slogan.</summary>
    public const int MinQuotedScriptLetters = 4;

    /// <summary>Whether the run's opening mark (before spaces) is a quotation mark rather than a bracket.</summary>
    private static bool IsQuoted(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\u00a0')
            i--;
        return i >= 0 && TextFacts.IsAnyQuote(text[i]);
    }

    /// <summary>The run with its quotation marks.</summary>
    private static TextSpan QuotedSpan(string text, int start, int end)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\u00a0')
            i--;
        int j = end;
        while (j < text.Length && text[j] is ' ' or '\u00a0')
            j++;
        return new TextSpan(i, j + 1);
    }

    /// <summary>Words that introduce a translation after a quoted term: "«σπίτι» means home", "…, meaning", "or", "translated as".</summary>
    private static bool GlossWordAfter(string text, int end)
    {
        int j = end;
        while (j < text.Length && (text[j] is ' ' or '\u00a0' or ',' or '—' or '–' or ':' || TextFacts.IsAnyQuote(text[j])))
            j++;
        var rest = text.AsSpan(j, Math.Min(24, text.Length - j));
        return rest.StartsWith("mean", StringComparison.Ordinal) || rest.StartsWith("which mean", StringComparison.Ordinal)
            || rest.StartsWith("translat", StringComparison.Ordinal) || rest.StartsWith("or ", StringComparison.Ordinal)
            || rest.StartsWith("literally", StringComparison.Ordinal) || rest.StartsWith("roughly", StringComparison.Ordinal)
            || rest.StartsWith("also known as", StringComparison.Ordinal) || rest.StartsWith("known as", StringComparison.Ordinal)
            || (j > end && TextFacts.IsAnyQuote(text[j - 1]) && j < text.Length && char.IsAsciiLetter(text[j]) && text[end..j].Contains(','));
    }

    /// <summary>Share of an article's word letters in other scripts from which it is written in two scripts on purpose.</summary>
    public const double BilingualShare = 0.10;

    /// <summary>...and the fewest such letters: a short text with one foreign sentence is no bilingual page.</summary>
    public const int BilingualMinLetters = 300;

    /// <summary>
    /// Whether the article's content is bilingual by design (a language-learning post, a page quoting tweets with
    /// their translation): 10% or more of its word letters, and 300 letters or more, in other scripts. An MT leftover
    /// is a sentence or two in a page of English. Built once per article (a type of its own for <see cref="AnalysisContext.Shared{T}"/>).
    /// </summary>
    private sealed class OtherScriptShare
    {
        public OtherScriptShare(AnalysisContext c)
        {
            long all = 0, other = 0;
            for (int t = 0; t < c.Tokens.Count; t++)
            {
                if (c.Tokens[t].Kind != TokenKind.Word || !c.IsContent(c.Tokens[t].LineIndex))
                    continue;
                all += c.Tokens[t].Span.Length;
                if (ScriptOf(c.CharAt(t)) is not null)
                    other += c.Tokens[t].Span.Length;
            }

            Bilingual = other >= BilingualMinLetters && other >= BilingualShare * all;
        }

        public bool Bilingual { get; }
    }

    /// <summary>The script of a letter English text does not use, or null for Latin letters and anything else.</summary>
    internal static string? ScriptOf(char c) => c switch
    {
        >= '\u0370' and <= '\u03FF' => "Greek",
        >= '\u0400' and <= '\u04FF' => "Cyrillic",
        >= '\u0590' and <= '\u05FF' => "Hebrew",
        >= '\u0600' and <= '\u06FF' => "Arabic",
        >= '\u0900' and <= '\u097F' => "Devanagari",
        >= '\u0E00' and <= '\u0E7F' => "Thai",
        >= '\u3040' and <= '\u30FF' => "Japanese kana",
        >= '\u4E00' and <= '\u9FFF' => "Chinese",
        >= '\uAC00' and <= '\uD7AF' => "Hangul",
        _ => null,
    };

    private static bool IsUnspaced(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\u0E00' and <= '\u0E7F';

    /// <summary>The run stands alone inside brackets or quotation marks: a term or slogan quoted in its own script ("«Слава Україні»").</summary>
    private static bool InBrackets(string text, int start, int end)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\u00a0')
            i--;
        if (i < 0 || !(text[i] is '(' or '（' or '[' || TextFacts.IsAnyQuote(text[i])))
            return false;
        int j = end;
        while (j < text.Length && text[j] is ' ' or '\u00a0')
            j++;
        return j < text.Length && (text[j] is ')' or '）' or ']' || TextFacts.IsAnyQuote(text[j]));
    }

    /// <summary>
    /// Whether at least half of the sentence's <paramref name="longLower"/> lower-case words of three letters or more
    /// are English (function words or in the word list). The same words as the count above, in the same order; the
    /// lookups stop once the half is reached, which in English prose is about half-way: the lexicon lookup is most of
    /// the rule's cost. The small function-word set is asked first (the answer is the same either way).
    /// </summary>
    private static bool HalfEnglish(AnalysisContext context, Sentence s, int longLower)
    {
        int english = 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word)
                continue;
            var w = context.WordSpan(t);
            if (w.Length < 3 || !char.IsLower(w[0]) || InIdentifier(context.Text, context.Tokens[t]))
                continue;
            if ((WordLists.IsFunctionWord(w) || EnglishLexicon.IsWord(w)) && ++english * 2 >= longLower)
                return true;
        }

        return false;
    }

    /// <summary>
    /// A word joined without space to other word characters by '.', '@', '/', '_', '=' or '\\': part of an e-mail
    /// address, a link, a path or code ("jana.novak.mp@parliament.example", "/usr/local"), whose pieces are no language.
    /// </summary>
    private static bool InIdentifier(string text, Token tok)
    {
        static bool Joiner(char c) => c is '.' or '@' or '/' or '_' or '=' or '\\';
        if (tok.Start >= 2 && Joiner(text[tok.Start - 1]) && char.IsLetterOrDigit(text[tok.Start - 2]))
            return true;
        if (tok.Start >= 1 && text[tok.Start - 1] is '@' or '/' or '_' or '\\')
            return true;
        return tok.End + 1 < text.Length && Joiner(text[tok.End]) && char.IsLetterOrDigit(text[tok.End + 1]);
    }

    /// <summary>
    /// Inside a quotation: curly, angle or low marks opened before the sentence on its line and not yet closed, or
    /// the sentence itself opens with a quote mark.
    /// </summary>
    private static bool InsideQuotation(AnalysisContext context, LineQuoteWalker quotes, Sentence s)
    {
        if (quotes.MoveTo(s).Depth > 0)
            return true;
        var first = context.Tokens[s.FirstToken];
        return first.Kind == TokenKind.Punct && TextFacts.IsAnyQuote(context.Text[first.Start]);
    }
}
