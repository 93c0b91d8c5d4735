using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a lexical verb, then a frequency or focus adverb (also, already, always, often, never, still),
/// then the determiner of its object (after "also" also a bare plural noun: "will attract also visitors"; "more" before
/// a possessive: "will use more its right"), all lower
/// case and one space apart: "the talks touched also the question",
/// "criticized harshly the decision" (manner adverbs that cannot modify a noun phrase),
/// "the army reached already the border". English puts these adverbs before the main verb ("also touched the
/// question") or after the object; verb + adverb + object is the order of French, Italian, Spanish, Portuguese
/// and German main clauses, carried over word for word by MT; the same holds for a time adverbial ("received on
/// Thursday the prime minister", "met yesterday the leaders") or a duration ("lost in three years almost 8 points", "will dredge within two years the channel", "received in the last three years about 40"), except after reporting and cognition verbs, whose
/// object may be a clause without "that" ("said on Tuesday the deal would close"), and before a date ("on Monday
/// the 5th"). Forms of be, have and do and the modals are left
/// alone ("is also the capital", "has already a plan" is at worst informal), as are verbs after a determiner
/// (nouns: "the plans also", "new plans also"), "see also" (a reference) and "still" after verbs of position ("stood still").
/// Why it matters: an object separated from its verb by a bare adverb is one of the commonest fluency slips of
/// European-language MT; on human-written web English the pattern occurs only after copulas, which are exempt.
/// </summary>
public sealed class MisplacedAdverbRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MisplacedAdverb,
        "misplaced-adverb",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Adverb or time adverbial between a verb and its object",
        "A lexical verb directly followed by also, already, always, often, never, still or a manner adverb (strongly, harshly, firmly …), or by yesterday, today, on + weekday, this + weekday or in/within (the last/next) + number + years/months/…, and then a determiner (after a duration also a quantity, after \"also\" also a bare plural noun; \"more\" before a possessive) (\"touched also the question\", \"received on Thursday the minister\").",
        "English places these adverbs before the main verb; verb + adverb + object is Romance and German word order kept by MT.",
        [
            RuleExample.Flagged("The talks lasted three hours and [|touched also the|] question of the joint fighter jet."),
            RuleExample.Flagged("By Friday the troops [|reached already the|] outskirts of the city."),
            RuleExample.Flagged("The minister [|visits often the|] region to meet local officials."),
            RuleExample.Flagged("The president [|received on Thursday the|] prime minister of Greece in Ankara."),
            RuleExample.Flagged("The chancellor [|met yesterday the|] leaders of the main unions."),
            RuleExample.Flagged("The prime minister has [|defended this Wednesday the|] new law in parliament."),
            RuleExample.Clean("The talks lasted three hours and also touched the question of the joint fighter jet."),
            RuleExample.Clean("Berlin is also the largest city, and the government has already a plan; it was still the best offer."),
            RuleExample.Clean("For the method, see also the appendix; the clock stood still the whole night."),
            RuleExample.Clean("The new plans also the subject of a vote were published on Monday."),
            RuleExample.Clean("The company said on Tuesday the deal would close in May; the council meets on Monday the 5th."),
            RuleExample.Clean("The president received the prime minister of Greece on Thursday."),
            RuleExample.Flagged("The opposition leader [|criticized harshly the|] decision of the court."),
            RuleExample.Clean("The opposition leader harshly criticized the decision; he said publicly the court was wrong and did exactly the opposite."),
            RuleExample.Clean("Food prices have risen sharply this year and fell sharply the next month."),
            RuleExample.Flagged("The prime minister [|defended this Wednesday in the Congress the|] amnesty law."),
            RuleExample.Flagged("Exporters [|lost in two years almost|] 20 per cent of their sales."),
            RuleExample.Flagged("The club [|signed in three months the|] two strikers it wanted."),
            RuleExample.Clean("Exporters lost almost a fifth of their sales in two years, and the plan is to double output in five years."),
            RuleExample.Clean("The company said in two years the plant would close; profits rose in 2023 the most since 2010."),
            RuleExample.Flagged("The president [|defended this Monday (18) the|] reform of the council."),
            RuleExample.Flagged("The exhibition will [|attract also visitors|] from abroad."),
            RuleExample.Flagged("The city will [|use more its|] right of first refusal."),
            RuleExample.Clean("The city will use its right of first refusal more often; the flats are more its business than ours, and they need more the support of the state."),
            RuleExample.Clean("The exhibition will also attract visitors from abroad; the fair drew buyers and also sellers."),
            RuleExample.Clean("The prime minister arrived this Wednesday in the capital the day after the vote, and spoke on Monday in Rome."),
            RuleExample.Flagged("The port authority hopes to [|dredge within two years the|] main channel."),
            RuleExample.Flagged("The region [|received in the last three years about|] 40 new clinics."),
            RuleExample.Flagged("The hospital [|bought from the national supplier 2,000|] new beds."),
            RuleExample.Clean("The hospital bought 2,000 new beds from the national supplier; prices fell from the peak 20 percent, and pensions start from the age of 65."),
            RuleExample.Clean("The port authority hopes to dredge the main channel within two years; the region grew mostly the same crops."),
        ])
    {
        Sources = "verb-forms.tsv and pos.tsv (WordNet 3.1) for verbs; adverb placement: Quirk et al., A Comprehensive Grammar of the English Language (1985) §8.20 ff. (adverbs do not separate a verb from its object)",
    };

    public RuleDescriptor Descriptor => Rule;

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "also", "already", "always", "often", "never", "still" };

    /// <summary>Words that make "this/the … " a time adverbial after an intransitive verb ("this year", "the next day", "the same week").</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "week", "weeks", "month", "months", "day", "days", "morning", "afternoon", "evening", "night",
        "weekend", "season", "quarter", "summer", "winter", "spring", "autumn", "fall", "time", "following", "next",
        "previous", "last", "same", "past", "first", "second", "third", "whole", "entire",
    };

    /// <summary>
    /// Manner adverbs of news verbs that never modify a noun phrase ("condemned strongly the attack", Italian
    /// "condannato duramente", French "a fermement rejeté"): unlike degree and focus adverbs ("exactly the same",
    /// "mostly the young"), they cannot belong to the object, so between verb and determiner they are misplaced.
    /// </summary>
    private static readonly HashSet<string> MannerAdverbs = new(StringComparer.Ordinal)
    {
        "strongly", "firmly", "harshly", "sharply", "fully", "categorically", "resolutely", "severely", "openly",
        "publicly", "officially", "formally", "warmly", "unanimously", "vigorously", "vehemently", "fiercely",
        "bitterly", "decisively", "energetically", "strenuously", "emphatically", "explicitly",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my", "your", "some", "many", "several",
    };

    /// <summary>Auxiliaries, copulas and modals, after which the adverb is in its English place.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having", "do", "does", "did",
        "will", "would", "can", "could", "shall", "should", "may", "might", "must", "ought", "need", "dare", "used",
    };

    /// <summary>Words that precede a noun: a "verb" after one of them is a noun ("the plans also").</summary>
    private static readonly HashSet<string> NounMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my", "your", "whose", "of",
    };

    /// <summary>Verbs of position, after which "still" is an adjective: "stood still", "kept still".</summary>
    private static readonly HashSet<string> PositionVerbs = new(StringComparer.Ordinal)
    {
        "stand", "sit", "keep", "lie", "stay", "hold", "remain", "lay",
    };

    /// <summary>Only ever an adjective in WordNet: the next word is a noun ("the new plans also").</summary>
    private static bool IsAdjective(string w)
    {
        var pos = EnglishLexicon.Pos(w.ToLowerInvariant());
        return pos.Length > 0 && pos.AsSpan().IndexOfAny("nv") < 0 && (pos.Contains('a') || pos.Contains('s'));
    }

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken + 1; t + 1 < s.EndToken; t++)
            {
                // The adverb first: it is rare, so the verb and determiner lookups run on few tokens.
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var adverb = context.Word(t);
                if (adverb is "from" && QuantityAfterSourcePhrase(context, s, t) is { } postponed)
                {
                    findings.Add(postponed);
                    continue;
                }

                // "on Thursday" and the Spanish/French/Italian "this Thursday" (este jueves, ce jeudi, questo giovedì).
                bool onWeekday = adverb is "on" or "this" && t + 2 < s.EndToken && Weekdays.Contains(context.Word(t + 1)) && Spaced(context, t, t + 1);
                // "lost in three years almost 8 points": a duration (Italian "in tre anni", Spanish "en tres años").
                // "within five years", "in the last two years" (Dutch "binnen vijf jaar", Arabic "خلال السنتين الماضيتين").
                int durationEnd = adverb is "in" or "within" ? DurationEnd(context, s, t) : -1;
                bool duration = durationEnd > 0;
                bool time = onWeekday || duration || adverb is "yesterday" or "today";
                bool manner = !time && MannerAdverbs.Contains(adverb);
                // "will use more its right": degree "more" between a verb and a possessive-led object (German "mehr",
                // Romance "più"/"más"/"plus" after the verb); before an article "more" may open the object itself.
                bool more = !time && adverb is "more" && t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Word
                            && context.WordSpan(t + 1) is "his" or "their" or "its" or "our" or "my" or "your";
                if (!time && !manner && !more && !Adverbs.Contains(adverb))
                    continue;
                int d = onWeekday ? t + 2 : duration ? durationEnd : t + 1; // the object's determiner
                if (onWeekday && d + 3 < s.EndToken && context.IsPunct(d, '(') && context.Tokens[d + 1].Kind == TokenKind.Number && context.IsPunct(d + 2, ')'))
                    d += 3; // Brazilian news style: "this Monday (18) the reform"
                if (time && d < s.EndToken && context.Tokens[d].Kind == TokenKind.Word && context.Word(d) is "in" or "at")
                    d = ObjectAfterPlace(context, s, d); // "defended this Wednesday in the Congress the law"
                if (d < 0)
                    continue;
                int v = t - 1;
                if (context.Tokens[v].Kind != TokenKind.Word || !Spaced(context, v, t) || !(Spaced(context, d - 1, d) || context.IsPunct(d - 1, ')')))
                    continue;
                // After a duration the object may also open with a quantity ("in two years almost 8 points", "in
                // three months 40 jobs"); after a weekday a number is a date ("on Monday 12 March").
                bool quantity = duration && (context.Tokens[d].Kind == TokenKind.Number
                    || (context.Tokens[d].Kind == TokenKind.Word && Approximators.Contains(context.Word(d)) && d + 1 < s.EndToken && context.Tokens[d + 1].Kind == TokenKind.Number));
                // "will attract also visitors": after "also" the object may be a bare plural noun (a noun and never a verb).
                bool barePlural = adverb is "also" && !quantity && context.Tokens[d].Kind == TokenKind.Word && IsBarePluralNoun(context, s, d);
                if (!quantity && !barePlural && (context.Tokens[d].Kind != TokenKind.Word || !Determiners.Contains(context.Word(d))))
                    continue;
                if (!IsLexicalVerb(context, s, v, adverb))
                    continue;
                var verb = context.Word(v);
                if (manner && d + 1 < s.EndToken && context.Tokens[d + 1].Kind == TokenKind.Word && TimeNouns.Contains(context.Word(d + 1)))
                    continue; // "rose sharply this year", "fell sharply the next day": a time adverbial, not an object
                if ((time || manner) && (PhrasePattern.ReportingVerbForms.Value.Contains(verb) || CognitionVerbs.Contains(EnglishLexicon.Verbs.BaseOf(verb) ?? verb) || (!duration && StartsDate(context, d, s.EndToken))))
                    continue; // "said on Monday the deal…" is a reported clause; "on Monday the 5th" a date
                var moved = context.Article.Slice(new TextSpan(context.Tokens[t].Start, context.Tokens[d - 1].End));
                findings.Add(context.Flag(Rule, v, d, time
                    ? $"\"{moved}\" between \"{verb}\" and its object: English puts the time after the object or before the subject"
                    : $"\"{adverb}\" between \"{verb}\" and its object: English puts it before the verb (\"{adverb} {verb} {context.Word(d)}\")"));
            }
        }
    }

    /// <summary>
    /// A lexical verb + "from" + a short noun phrase of content words (a determiner, then one to four words) +
    /// a quantity that opens the object ("received from the regional fund 3 million euros"): the quantity belongs
    /// before the source phrase in English ("received 3 million euros from …"). No function word may stand inside the
    /// source phrase ("from the age of 65", "from the level in 2019 of 3%" are English), and the verb may not be a
    /// verb of change ("rose from the low 40 percent"), whose "from" names a starting value.
    /// </summary>
    private static Finding? QuantityAfterSourcePhrase(AnalysisContext c, Sentence s, int t)
    {
        int v = t - 1;
        if (t + 3 >= s.EndToken || !Spaced(c, v, t) || !Spaced(c, t, t + 1) || c.Tokens[t + 1].Kind != TokenKind.Word)
            return null;
        // A past form ("received", "bought"): a plural noun or an adjective before "from" is no verb ("rates from", "absent from").
        if (!Determiners.Contains(c.Word(t + 1)) || !IsLexicalVerb(c, s, v, "from") || !EnglishLexicon.Verbs.IsPastParticiple(c.Word(v)) || EnglishLexicon.Verbs.IsBase(c.Word(v)))
            return null;
        var lemma = EnglishLexicon.Verbs.BaseOf(c.Word(v)) ?? c.Word(v);
        if (ChangeVerbs.Contains(lemma))
            return null;
        for (int k = t + 2; k < s.EndToken && k <= t + 6; k++)
        {
            if (!Spaced(c, k - 1, k))
                return null;
            if (k > t + 2 && WordOrderFacts.OpensQuantity(c, k, s.EndToken))
            {
                if (IsHeavyObject(c, s, k))
                    return null; // "expelled from its territory twelve or more foreigners, including …": heavy-NP shift, English

                var moved = c.Article.Slice(new TextSpan(c.Tokens[t].Start, c.Tokens[k - 1].End));
                return c.Flag(Rule, v, k, $"\"{moved}\" between \"{c.Word(v)}\" and its object: English puts the object first (\"{c.Word(v)} {c.Word(k)} … {c.Word(t)} …\")");
            }

            if (c.Tokens[k].Kind != TokenKind.Word || WordLists.IsFunctionWord(c.WordSpan(k)))
                return null;
        }

        return null;
    }

    /// <summary>
    /// Heavy-NP shift is English (Quirk et al. §18.39): an object that is coordinated or postmodified within its
    /// first five tokens ("twelve or more foreigners, including …", "300 workers who …") may follow the adverbial.
    /// </summary>
    private static bool IsHeavyObject(AnalysisContext c, Sentence s, int k)
    {
        for (int j = k + 1; j < s.EndToken && j <= k + 5; j++)
        {
            if (c.Tokens[j].Kind == TokenKind.Punct)
                return c.IsPunct(j, ',') || c.IsPunct(j, ';') || c.IsPunct(j, '(');
            if (c.Tokens[j].Kind != TokenKind.Word)
                continue;
            if (c.WordSpan(j) is "or" or "and" or "including" or "which" or "who" or "that" or "whose")
                return true;
            if (c.WordSpan(j) is not "of" && EnglishLexicon.Pos(c.Word(j).ToLowerInvariant()).Contains('p'))
                return false; // the object ended at a preposition phrase ("… 40 beds in March")
        }

        return false;
    }

    /// <summary>Verbs of change, after which "from" + a value is a starting point ("fell from the peak 20 percent").</summary>
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "rise", "fall", "drop", "grow", "increase", "decrease", "decline", "climb", "jump", "slip", "slide", "sink", "soar",
        "plunge", "shrink", "recover", "rebound", "move", "shift", "change", "go", "come", "cut", "reduce", "raise", "lower",
    };

    /// <summary>
    /// After a time adverbial, a place phrase of at most <see cref="MaxPlaceWords"/> words ("in the Congress of the
    /// Deputies", "in Rome") and then the object's determiner right after a noun or name, with no punctuation:
    /// the determiner's index, else -1. Two noun phrases in a row with nothing between them is the moved object.
    /// </summary>
    private static int ObjectAfterPlace(AnalysisContext c, Sentence s, int p)
    {
        for (int k = p + 1; k < s.EndToken && k <= p + MaxPlaceWords; k++)
        {
            if (c.Tokens[k].Kind != TokenKind.Word || !Spaced(c, k - 1, k))
                return -1;
            var w = c.Word(k);
            if (k > p + 1 && w is "the" or "a" or "an" or "his" or "her" or "their" or "its" && c.Tokens[k - 1].Kind == TokenKind.Word
                && !WordLists.IsFunctionWord(c.WordSpan(k - 1)) && k + 1 < s.EndToken && c.Tokens[k + 1].Kind == TokenKind.Word
                && !TimeNouns.Contains(c.Word(k + 1)))
                return k;
        }

        return -1;
    }

    /// <summary>
    /// After "in"/"within" at <paramref name="t"/>: a duration — a number and a unit ("in three years"), optionally
    /// after "the last/past/next/first" ("in the last two years") — and then the next word; that word's index, else -1.
    /// </summary>
    private static int DurationEnd(AnalysisContext c, Sentence s, int t)
    {
        int k = t + 1;
        if (k + 2 < s.EndToken && c.Tokens[k].Kind == TokenKind.Word && c.WordSpan(k) is "the"
            && c.Tokens[k + 1].Kind == TokenKind.Word && c.WordSpan(k + 1) is "last" or "past" or "next" or "first" or "coming")
            k += 2;
        if (k + 2 >= s.EndToken || !PhrasePattern.IsNumber(c, k) || c.Tokens[k + 1].Kind != TokenKind.Word || !DurationNouns.Contains(c.Word(k + 1)))
            return -1;
        for (int j = t; j <= k; j++)
        {
            if (!Spaced(c, j, j + 1))
                return -1;
        }

        return k + 2;
    }

    /// <summary>Longest place phrase looked through between a time adverbial and a moved object.</summary>
    private const int MaxPlaceWords = 7;

    private static bool Spaced(AnalysisContext c, int a, int b) => c.Tokens[a].End + 1 == c.Tokens[b].Start;

    /// <summary>A lower-case lexical verb form at <paramref name="v"/> (not an auxiliary, not a noun after a determiner or adjective).</summary>
    private static bool IsLexicalVerb(AnalysisContext context, Sentence s, int v, string adverb)
    {
        var verbs = EnglishLexicon.Verbs;
        var verb = context.Word(v);
        if (!TextFacts.IsLowerWord(context.WordSpan(v)) || Auxiliaries.Contains(verb))
            return false;
        var lemma = verbs.IsBase(verb) ? verb : verbs.BaseOf(verb);
        if (lemma is null || lemma == "see" || Auxiliaries.Contains(lemma))
            return false;
        if (adverb == "still" && PositionVerbs.Contains(lemma))
            return false;
        if (v > s.FirstToken && context.Tokens[v - 1].Kind == TokenKind.Word && (NounMarkers.Contains(context.Word(v - 1)) || IsAdjective(context.Word(v - 1))))
            return false;
        var pos = EnglishLexicon.Pos(verb);
        return pos.Length == 0 || pos.Contains('v') || verbs.IsInflected(verb); // listed, but never as a verb: no
    }

    /// <summary>
    /// A lower-case plural whose singular WordNet lists as a noun and never as a verb or adjective ("visitors",
    /// "tourists", "documents"), so that it can only be a noun phrase on its own; a plural that is also a verb
    /// form ("rises", "works") or a word after which a noun follows ("also industry leaders": the plural is a
    /// modifier) is left alone, and so is one the clause closes on before a verb.
    /// </summary>
    private static bool IsBarePluralNoun(AnalysisContext c, Sentence s, int d)
    {
        var w = c.WordSpan(d);
        if (w.Length < 4 || w[^1] != 's' || w[^2] is 's' or '\'' || !TextFacts.IsLowerWord(w))
            return false;
        var word = c.Word(d);
        if (EnglishLexicon.Verbs.IsInflected(word) || EnglishLexicon.Pos(word).Length > 0)
            return false;
        var singular = word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^1];
        if (EnglishLexicon.Pos(singular) != "n")
            return false;
        // "also visitors spent": the plural starts a new clause's subject, not the object.
        if (d + 1 < s.EndToken && c.Tokens[d + 1].Kind == TokenKind.Word)
        {
            var next = c.Word(d + 1);
            if (EnglishLexicon.Verbs.IsInflected(next) || EnglishLexicon.Pos(next) == "n")
                return false;
        }

        return true;
    }

    /// <summary>"the 5th", "the first": a date after the weekday, not an object.</summary>
    private static bool StartsDate(AnalysisContext c, int d, int end)
    {
        if (d + 1 >= end)
            return false;
        var next = c.WordSpan(d + 1);
        return next.Length > 0 && (char.IsDigit(next[0]) || Ordinals.Contains(next.ToString()));
    }

    /// <summary>Units of a duration adverbial "in + number + unit".</summary>
    private static readonly HashSet<string> DurationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "months", "weeks", "days", "decades", "hours",
    };

    /// <summary>Words that open a quantity before a number ("almost 8 points").</summary>
    private static readonly HashSet<string> Approximators = new(StringComparer.OrdinalIgnoreCase)
    {
        "almost", "nearly", "about", "around", "roughly", "some", "over", "approximately",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "thirtieth", "last", "same", "next",
    };

    /// <summary>Verbs that take a clause without "that": "said on Monday the deal would…", "believed yesterday the…".</summary>
    private static readonly HashSet<string> CognitionVerbs = new(StringComparer.Ordinal)
    {
        "think", "believe", "know", "hope", "expect", "feel", "show", "find", "learn", "agree", "decide", "suggest",
        "estimate", "predict", "fear", "realise", "realize", "understand", "indicate", "signal", "reveal", "assume",
        "guess", "conclude", "determine", "rule", "vote", "mean", "prove", "demonstrate", "recognise", "recognize",
    };
}
