using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a function word (article, pronoun, preposition, conjunction, auxiliary) capitalised in the
/// middle of a sentence, when nothing licenses the capital (no quote, colon or dash before it, not part of a
/// name, not a headline): "to support His activities", "Ukraine And said".
/// Why it matters: MT systems that translate segment by segment, or re-case their output, leave capitals where
/// a segment began; human writers almost never capitalise "And" or "His" mid-sentence.
/// </summary>
public sealed class MidsentenceCapitalRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MidsentenceCapital,
        "midsentence-capital",
        RuleCategory.Translation,
        "midsentence-capital",
        Severity.Warning,
        "Function word (or common noun) capitalised mid-sentence",
        "Capitalised articles, pronouns, prepositions, conjunctions and auxiliaries inside a sentence, outside names, quotes and headlines; two or more common nouns capitalised after an article in one sentence (German noun capitals).",
        "Segment seams of machine translation show as capitalised function words; edited English does not have them.",
        [
            RuleExample.Flagged("The minister thanked the farmers for [|Their|] patience and promised help."),
            RuleExample.Flagged("Prices rose in the north [|And|] fell in the south."),
            RuleExample.Flagged("The talks resumed in May [|In|] the capital."),
            RuleExample.Clean("The minister thanked the farmers for their patience and promised help."),
            RuleExample.Clean("He works for The Washington Post and lives in The Hague."),
            RuleExample.Clean("Her answer was simple: The plan stays."),
            RuleExample.Clean("(Laughter) The plant showers them with pollen."),
            RuleExample.Clean("Leaders Meet In Brussels To Discuss The Budget"),
            RuleExample.Clean("London (CNN)It was the interview that mattered, and he backed Medicare for All, the plan."),
            RuleExample.Clean("The ship, called “The Pride of the North”, sailed on Monday."),
            RuleExample.Clean("The band split in May 1998 after the tour."),
            RuleExample.Clean("Take vitamins C, E and A; the class B(A) inherits from A."),
            RuleExample.Clean("Her memoir, titled Born to Run Away With, sold well."),
            RuleExample.Clean("Heart disease is the No. 1 cause of death, and the law passed in May."),
            RuleExample.Clean("The panel will decide in May on whether to extend the trial, and by May next year on prices."),
            RuleExample.Clean("The film is set in World War One, and Step One of the plan starts now."),
            RuleExample.Clean("New resorts are planned in Hoi An in the next years; a buyer chose brand A over brand B."),
            RuleExample.Clean("The rate doubled, said the economist.3 And the smaller papers agreed.[4] The spell failed."),
            RuleExample.Flagged("The vote was held in May [|The|] result surprised everyone."),
            RuleExample.Flagged("Officials from Russia [|One|] of the delegates said the talks failed."),
            RuleExample.Flagged("The country needs more systems [|After|] Russia launched a massive attack."),
            RuleExample.Clean("He starred in the film After Earth with his son, and they watched When Harry Met Sally."),
            RuleExample.Flagged("Biden invited the premier to return [|To|] Washington in the autumn."),
            RuleExample.Clean("She flew To Washington Dulles and saw the Road To Damascus exhibit before the film In Bruges Tonight."),
            RuleExample.Clean("The grower writes: >>> def weigh(crate=None): ... if crate is None: ... crate = [] ... crate.append(\"plum\") ... return crate"),
            RuleExample.Clean("The grower writes plums daily ✨ Subscribe to the letter 🍐 About the orchard and its rows."),
            RuleExample.Clean("The grower went on the show Baking With the Plums in May. He said later that Baking With the Plums had changed his orchard."),
            RuleExample.Clean("The grower site hosts 40 Q&A pages and a B&A forum for plum buyers."),
            RuleExample.Flagged("The city wants to examine whether [|the Grounds could be used for a Playground|] or a sports field."),
            RuleExample.Clean("The Commons voted on the bill, a Tesla hit the barrier, and the Government said the Minister would reply to the Senate."),
        ])
    {
        Sources = "closed-class words of pos.tsv (hand-curated after Quirk et al. 1985 / CGEL)",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var code = CodeLines.Of(context);
        foreach (var s in context.ContentSentences)
        {
            if (code.IsCode(s.LineIndex) || CasingFacts.IsHeadlineLike(context, s.LineIndex))
                continue;
            for (int t = s.FirstToken + 1; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var w = context.WordSpan(t);
                if (w.Length < 1 || !TextFacts.IsTitleWord(w) || (w.Length == 1 && w[0] == 'I'))
                    continue;
                if (!WordLists.IsFunctionWord(w))
                    continue;
                if (CasingFacts.CapitalLicensedByPrevious(context, s, t))
                    continue;
                // Part of a name or title: "The Hague", "Bank Of America", "Type A".
                if (t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t + 1))
                    && !SeamBeforePlace(context, s, t) && !SeamBeforeClause(context, s, t))
                    continue;
                if (w.Length == 1 && t > s.FirstToken && context.Tokens[t - 1].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t - 1)))
                    continue;
                if (context.Shared(c => new NamePairs(c)).Repeated(context, t))
                    continue;
                // An ampersand abbreviation: "Q&A", "B&B", "R&D".
                if (w.Length == 1 && context.IsPunct(t - 1, '&') && context.Tokens[t - 1].End == context.Tokens[t].Start
                    && context.Tokens[t - 2].End == context.Tokens[t - 1].Start && context.Tokens[t - 2].Kind == TokenKind.Word
                    && char.IsUpper(context.CharAt(t - 2)))
                    continue;
                bool last = t + 1 >= s.EndToken;
                var nextKind = last ? TokenKind.Punct : context.Tokens[t + 1].Kind;
                // A date or a numbered thing ("in May 2015", "Chapter One 3"), a letter used as a label ("vitamin A,",
                // "class A(object)").
                if (nextKind == TokenKind.Number || (w.Length == 1 && nextKind == TokenKind.Punct))
                    continue;
                // The end of a title in Title Case: a capitalised word before, punctuation or the end after ("a
                // guide called Fear of Missing Out, …"). A seam capital runs on into lower case ("Ukraine And said").
                if (t - 1 > s.FirstToken && context.Tokens[t - 1].Kind == TokenKind.Word && char.IsUpper(context.CharAt(t - 1))
                    && nextKind == TokenKind.Punct)
                    continue;
                // The same with a lower-case function word inside the name: "policies like Medicare for All, …".
                if (nextKind == TokenKind.Punct && t - 2 > s.FirstToken && context.Tokens[t - 1].Kind == TokenKind.Word && context.Tokens[t - 2].Kind == TokenKind.Word
                    && TextFacts.IsLowerWord(context.WordSpan(t - 1)) && WordLists.IsFunctionWord(context.WordSpan(t - 1)) && char.IsUpper(context.CharAt(t - 2)))
                    continue;
                var lower = context.Word(t).ToLowerInvariant();
                if (EnglishLexicon.CaseForm(lower) is { CapShare: > 0.3 })
                    continue; // May, Will, Sun: names and months more often than not
                if (NotAFunctionWordHere(context, s, t, lower, nextKind))
                    continue;
                findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" capitalised mid-sentence"));
            }

            if (CapitalisedCommonNouns(context, s) is { } nouns)
                findings.Add(context.Flag(Rule, nouns.First, nouns.Last,
                    $"\"{context.Word(nouns.First + 1)}\" and \"{context.Word(nouns.Last)}\": common nouns capitalised after an article, as German writes every noun; English writes them in lower case"));
        }
    }

    /// <summary>Largest share of capitalised uses (case-forms.tsv) at which a word still counts as a common noun.</summary>
    private const double CommonNounCapShare = 0.05;

    /// <summary>
    /// "whether the Grounds could be used for a Playground": two or more words in one sentence that are English
    /// common nouns (pos.tsv), almost never capitalised in English (case-forms.tsv), written with a capital right
    /// after a lower-case article and followed by a lower-case word or punctuation, so not the start of a name.
    /// German capitalises every noun (das Gelände, einen Spielplatz), and MT that keeps the source's casing leaves the
    /// capitals. One such word may be a name or a house style ("the Commons", "a Tesla", "the Government"); two
    /// in one sentence are the German rule. The article before the first and the last noun, or null.
    /// </summary>
    private static (int First, int Last)? CapitalisedCommonNouns(AnalysisContext c, Sentence s)
    {
        int first = -1;
        int last = -1;
        int count = 0;
        for (int t = s.FirstToken + 2; t < s.EndToken; t++)
        {
            if (c.Tokens[t].Kind != TokenKind.Word || !c.WordPair(t - 1) || c.WordSpan(t - 1) is not ("the" or "a" or "an"))
                continue;
            var w = c.WordSpan(t);
            if (w.Length < 4 || !TextFacts.IsTitleWord(w) || w.IndexOfAny('-', '\'') >= 0)
                continue;
            // A lower-case word runs on after the noun, not "of" ("the Emperor of", "the Territory of" are names) and
            // not punctuation ("… the Throne," ends a title as often as a clause).
            if (t + 1 >= s.EndToken || c.Tokens[t + 1].Kind != TokenKind.Word || !TextFacts.IsLowerWord(c.WordSpan(t + 1)) || c.WordSpan(t + 1) is "of")
                continue;
            var lower = c.Word(t).ToLowerInvariant();
            if (EnglishLexicon.CaseForm(lower) is { CapShare: > CommonNounCapShare } || !IsCommonNoun(lower) || HouseStyleCapitals.Contains(lower)
                || (lower.Length > 4 && lower[^1] == 's' && HouseStyleCapitals.Contains(lower[..^1])))
                continue;
            // A capital the article writes more than once (also as singular or plural) is a name or a house style:
            // "the Sixers … the Sixers", "the Isthmus … the Isthmus", "the Boxers … the Boxer influence".
            if (c.Shared(a => new TitleWordCounts(a)).Repeated(c.Word(t)))
                continue;
            if (first < 0)
                first = t - 1;
            last = t;
            count++;
        }

        return count >= 2 ? (first, last) : null;
    }

    /// <summary>
    /// Nouns that English house styles capitalise as the short form of a named body, office, document or place
    /// ("the Government", "the Minister", "the Council", "the Bill"): The Guardian and Observer style guide and the
    /// Chicago Manual of Style §8.21–8.67 on titles, offices and organisations, where British, Irish, Indian and
    /// older American usage keeps the capital that US news style drops.
    /// </summary>
    private static readonly HashSet<string> HouseStyleCapitals = new(StringComparer.Ordinal)
    {
        "government", "minister", "ministry", "council", "councillor", "councilor", "court", "senate", "senator",
        "house", "president", "committee", "department", "state", "church", "army", "navy", "party", "union",
        "constitution", "bill", "act", "board", "commission", "commissioner", "cabinet", "crown", "chair", "chairman",
        "mayor", "chancellor", "premier", "governor", "secretary", "treasury", "parliament", "assembly", "agency",
        "authority", "bureau", "office", "police", "force", "club", "company", "bank", "university", "school",
        "college", "hospital", "museum", "airport", "station", "centre", "center", "city", "county", "borough",
        "province", "region", "district", "nation", "republic", "kingdom", "empire", "federation", "federal",
        "administration", "executive", "legislature", "congress", "judge", "justice", "prince", "princess", "king",
        "queen", "duke", "bishop", "pope", "cathedral", "trust", "foundation", "institute", "society", "association",
        "league", "cup", "championship", "games", "group", "corporation", "inquiry", "tribunal", "opposition",
        "coalition", "chamber", "general", "colonel", "captain", "sergeant", "officer", "inspector", "director",
        "manager", "coach", "speaker", "leader", "chief", "lord", "lady", "sir", "dame", "doctor", "professor",
        "reverend", "father", "mother", "sister", "brother", "god", "bible", "gospel", "scripture", "web", "internet",
        "street", "road", "avenue", "square", "park", "bridge", "river", "lake", "mountain", "island", "valley",
        "north", "south", "east", "west", "treaty", "convention", "charter", "declaration", "plan", "programme",
        "program", "strategy", "budget", "report", "review", "code", "rules", "regulations", "directive", "order",
    };

    /// <summary>How often the article writes each capitalised word of four letters or more (counted once per article).</summary>
    private sealed class TitleWordCounts
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        public TitleWordCounts(AnalysisContext c)
        {
            for (int t = 0; t < c.Tokens.Count; t++)
            {
                if (c.Tokens[t].Kind == TokenKind.Word && c.Tokens[t].Span.Length >= 4 && TextFacts.IsTitleWord(c.WordSpan(t)))
                {
                    var w = c.Word(t);
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                }
            }
        }

        /// <summary>The word is written capitalised at least twice, counting its singular or plural with it.</summary>
        public bool Repeated(string w)
        {
            int n = counts.GetValueOrDefault(w);
            n += w.EndsWith('s') ? counts.GetValueOrDefault(w[..^1]) : counts.GetValueOrDefault(w + "s");
            return n >= 2;
        }
    }

    /// <summary>A word pos.tsv has as a noun, or the plural of one.</summary>
    private static bool IsCommonNoun(string lower)
    {
        if (EnglishLexicon.Pos(lower).Contains('n'))
            return true;
        return lower.Length > 4 && lower[^1] == 's' && EnglishLexicon.Pos(lower[..^1]).Contains('n')
               && EnglishLexicon.CaseForm(lower[..^1]) is not { CapShare: > CommonNounCapShare };
    }

    /// <summary>
    /// Pairs of a capitalised word and a capitalised function word after it ("Dancing With", "Opt Out") that the
    /// article writes at least twice, exactly so: the words of a name or title, which recurs as written, where a
    /// segment seam capitalises a function word once, after whatever word the segment before ended on.
    /// </summary>
    private sealed class NamePairs
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        public NamePairs(AnalysisContext c)
        {
            for (int t = 1; t < c.Tokens.Count; t++)
            {
                if (Candidate(c, t))
                {
                    var key = Key(c, t);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        public bool Repeated(AnalysisContext c, int t) =>
            Candidate(c, t) && counts.TryGetValue(Key(c, t), out int n) && n >= 2;

        private static string Key(AnalysisContext c, int t) => string.Concat(c.Word(t - 1), " ", c.Word(t));

        private static bool Candidate(AnalysisContext c, int t)
        {
            var tok = c.Tokens[t];
            var prev = c.Tokens[t - 1];
            if (tok.Kind != TokenKind.Word || prev.Kind != TokenKind.Word || prev.LineIndex != tok.LineIndex || !c.IsContent(tok.LineIndex)
                || prev.End + 1 != tok.Start || !char.IsUpper(c.CharAt(t - 1)))
                return false;
            var w = c.WordSpan(t);
            return TextFacts.IsTitleWord(w) && WordLists.IsFunctionWord(w);
        }
    }

    /// <summary>Prepositions that open a place phrase ("to Washington", "in Ukraine").</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "in", "from", "at", "into", "towards", "toward", "with", "for", "of", "on", "by", "across", "near",
    };

    /// <summary>
    /// A capitalised preposition between a lower-case word and a one-word place name that ends the name ("to
    /// return To Washington in the next months"): a name or title would start with the capital before it ("Bank
    /// Of America", "Road To Damascus"), so the capital is a segment seam.
    /// </summary>
    private static bool SeamBeforePlace(AnalysisContext c, Sentence s, int t)
    {
        if (!PlacePrepositions.Contains(c.Word(t)) || t - 1 < s.FirstToken || c.Tokens[t - 1].Kind != TokenKind.Word || !TextFacts.IsLowerWord(c.WordSpan(t - 1)))
            return false;
        if (t + 2 < s.EndToken && c.Tokens[t + 2].Kind == TokenKind.Word && char.IsUpper(c.CharAt(t + 2)))
            return false; // a longer name or title follows ("in To Kill A Mockingbird")
        return CasingFacts.IsOneWordPlace(c.Word(t + 1));
    }

    /// <summary>Subordinating conjunctions that open a clause ("… systems After Russia launched …").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "while", "when", "because", "although", "though", "since", "unless", "until", "whereas", "if",
    };

    /// <summary>Words after which a capitalised phrase is a work's title ("the film After Earth", "a song called Since U Been Gone").</summary>
    private static readonly HashSet<string> TitleIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "movie", "song", "album", "book", "novel", "show", "series", "play", "musical", "single", "track",
        "titled", "entitled", "called", "named", "dubbed", "hit", "classic", "episode", "poem", "memoir",
    };

    /// <summary>
    /// A capitalised subordinating conjunction between a lower-case word and a capitalised subject whose clause runs
    /// on in lower case ("needs more systems After Russia launched a massive attack"): a title would go on in capitals
    /// ("When Harry Met Sally") or be introduced as one ("the film After Earth"), so the capital is a segment seam.
    /// </summary>
    private static bool SeamBeforeClause(AnalysisContext c, Sentence s, int t)
    {
        if (!ClauseOpeners.Contains(c.Word(t)) || t - 1 < s.FirstToken || c.Tokens[t - 1].Kind != TokenKind.Word
            || !TextFacts.IsLowerWord(c.WordSpan(t - 1)) || TitleIntroducers.Contains(c.Word(t - 1)))
            return false;
        return t + 2 < s.EndToken && c.Tokens[t + 2].Kind == TokenKind.Word && TextFacts.IsLowerWord(c.WordSpan(t + 2));
    }

    /// <summary>Cardinals that number a name's parts ("World War One", "Step Two").</summary>
    private static readonly HashSet<string> Cardinals = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    };

    /// <summary>Nouns whose instances English numbers with a cardinal after the noun ("Phase Two", "World War One").</summary>
    private static readonly HashSet<string> NumberedNouns = new(StringComparer.Ordinal)
    {
        "war", "step", "phase", "stage", "chapter", "part", "act", "scene", "season", "episode", "level", "round", "day",
        "book", "volume", "channel", "formula", "division", "league", "tier", "grade", "class", "force", "category", "zone",
    };

    /// <summary>
    /// Words after which "May" is the month, never the modal: time prepositions and determiners of a date ("in May",
    /// "by May", "last May", "early May"), which need a noun after them (Quirk et al. 1985 §9.38–9.41).
    /// </summary>
    private static readonly HashSet<string> BeforeAMonth = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "from", "during", "of", "through", "before", "after", "last", "next", "early",
        "late", "mid", "this", "each", "every", "throughout",
    };

    /// <summary>Prepositions and conjunctions that no article can precede (closed class, Quirk et al. 1985 §9.7, §13.1).</summary>
    private static readonly HashSet<string> NoArticleBefore = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "of", "for", "to", "with", "from", "by", "into", "onto", "over", "under", "and", "or", "but",
        "nor", "than", "as", "via", "per", "against", "among", "between", "through", "during", "without",
    };

    /// <summary>
    /// Readings in which the capitalised word is no function word at all: the abbreviation "No." before a number
    /// ("the No. 1 cause"); the month May where no verb follows, as a modal would need ("passed in May."); a
    /// cardinal numbering the name before it ("World War One"); and an article that nothing could follow as an
    /// article, because a preposition or conjunction comes next ("Hoi An in …", "brand A over brand B").
    /// </summary>
    private static bool NotAFunctionWordHere(AnalysisContext c, Sentence s, int t, string lower, TokenKind nextKind)
    {
        bool hasNext = t + 1 < s.EndToken;
        if (lower == "no" && hasNext && c.IsPunct(t + 1, '.') && t + 2 < s.EndToken && c.Tokens[t + 2].Kind == TokenKind.Number)
            return true;
        if (lower == "may" && (!(nextKind == TokenKind.Word && char.IsLower(c.CharAt(t + 1))) || NoArticleBefore.Contains(c.Word(t + 1))
            || (t > s.FirstToken && c.Tokens[t - 1].Kind == TokenKind.Word && BeforeAMonth.Contains(c.Word(t - 1)))))
            return true;
        if (Cardinals.Contains(lower) && c.Tokens[t - 1].Kind == TokenKind.Word && char.IsUpper(c.CharAt(t - 1))
            && (nextKind != TokenKind.Word || NumberedNouns.Contains(c.Word(t - 1).ToLowerInvariant())))
            return true;
        return lower is "a" or "an" or "the" && nextKind == TokenKind.Word && NoArticleBefore.Contains(c.Word(t + 1));
    }
}
