using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;
using static MtQuality.Core.Rules.Translation.WordOrderFacts;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a statement that opens with an adverbial — a preposition phrase, a time or sequence adverb, or
/// a demonstrative — and then, with no comma, puts a modal, "do" or perfect "have" before the subject and the
/// subject before its verb: "In spring will the council present its plan", "Afterwards must the road be
/// widened"; after a fronted time ("From 1 November is the cycle path closed") also a passive "be", and a past
/// verb before a subject and its infinitive ("On Tuesday decided the board to close the library"). This is the verb-second order of Dutch, German and the Scandinavian languages (and a common
/// rendering of Greek, Slavic and Korean topic-first clauses), where any first element pulls the finite verb
/// ahead of the subject. English inverts subject and operator only after negative or restrictive openers
/// (never, only, not only, rarely, seldom, hardly, little, nor, neither, so, such — Quirk et al. §18.24) and
/// in questions; those openers anywhere in the fronted element, a question mark, a comma before the operator
/// (conditional "should/had the …" after a connective) and headline lines are left alone, as is "may I".
/// Why it matters: the clause reads as a question or as archaic verse; the reader has to rebuild it.
/// </summary>
public sealed class FrontedAdverbialInversionRule : IRule
{
    /// <summary>Longest fronted element looked through (words and numbers, no punctuation).</summary>
    public const int MaxFrontedWords = 6;

    /// <summary>Longest subject noun phrase between the operator and the verb.</summary>
    public const int MaxSubjectWords = 4;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.FrontedAdverbialInversion,
        "fronted-adverbial-inversion",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Operator before the subject after an ordinary fronted adverbial (verb-second order)",
        "A statement opening with a preposition phrase, time adverb or demonstrative, then a modal, do or have, then the subject and its verb, with no comma and no negative or restrictive opener (\"Next year will the town build …\").",
        "English puts the subject first after an ordinary adverbial; verb-second order is Dutch, German and Scandinavian word order kept by MT.",
        [
            RuleExample.Flagged("[|Next spring will the council present|] its plan for the harbour."),
            RuleExample.Flagged("The old bridge closes in May. [|Afterwards must the road be widened|] before traffic returns."),
            RuleExample.Flagged("[|In the summer have the farmers harvested|] less grain than usual."),
            RuleExample.Flagged("[|Tomorrow will he open|] the new library in the old town."),
            RuleExample.Clean("Never will the council forget that winter, and only then did the farmers sell their land."),
            RuleExample.Clean("Next spring the council will present its plan; afterwards the road must be widened."),
            RuleExample.Clean("In the summer will the farmers harvest enough grain?"),
            RuleExample.Clean("In the meantime may I thank the volunteers. So did the mayor, and nor could the critics deny it."),
            RuleExample.Clean("In that case, should the talks fail, the strike goes ahead. Not only did the price rise but the quality fell."),
            RuleExample.Clean("Among the guests were the mayor and his wife. Here comes the bus."),
            RuleExample.Flagged("[|From 1 November is the cycle path closed|] for two years, the water board said."),
            RuleExample.Flagged("[|In the spring were the new trams delivered|] to the depot in the north."),
            RuleExample.Flagged("[|Since Monday is the road between the two villages on the west bank closed|] to lorries."),
            RuleExample.Flagged("[|On Tuesday decided the town board in the north to close|] the branch library."),
            RuleExample.Clean("On Tuesday the town board decided to close the branch. On Tuesday came the news that the board wanted to close it."),
            RuleExample.Clean("In the centre is the town hall built in 1850. From 1 November the cycle path is closed, and in May was the best month."),
        ])
    {
        Sources = "subject–operator inversion and its licensing openers: Quirk et al., A Comprehensive Grammar of the English Language (1985) §18.21–18.24; Huddleston & Pullum, The Cambridge Grammar of the English Language (2002) ch. 6 §7 and ch. 16; verb-second order: Zwart, The Syntax of Dutch (2011); pos.tsv and verb-forms.tsv (WordNet 3.1) for verbs",
    };

    public RuleDescriptor Descriptor => Rule;

    /// <summary>Demonstratives and time words that open a time noun phrase ("next year", "this week").</summary>
    private static readonly HashSet<string> TimeDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "that", "next", "last", "every", "each",
    };

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            if (context.FinalStop(s) == '?' || CasingFacts.IsHeadlineLike(context, s.LineIndex))
                continue;
            int p = FirstWord(context, s);
            if (p < 0 || !IsOpener(context, p, s.EndToken, out int maxFronted))
                continue;
            for (int a = p + 1; a < s.EndToken && a <= p + maxFronted; a++)
            {
                // Punctuation ends the search: after a comma the operator opens a condition or a question.
                if (context.Tokens[a].Kind == TokenKind.Punct || !Spaced(context, a - 1))
                    break;
                if (!IsWord(context, a))
                    continue;
                var w = context.Word(a);
                if (InvertingOpeners.Contains(w))
                    break;
                // "From 1 November is the cycle path closed": a form of "be" before a subject and its participle after a
                // fronted time adverbial (verb-second passive); locative inversion ("Among the guests was the mayor") has
                // no participle after its subject and is not opened by a time.
                bool beOperator = w is "is" or "are" or "was" or "were" && TextFacts.IsLowerWord(context.WordSpan(a)) && HasTimeWord(context, p, a);
                if (!beOperator && (!Operators.Contains(w) || !TextFacts.IsLowerWord(context.WordSpan(a))))
                {
                    // A verb or "to" inside the fronted element means it is a clause with its own subject or an infinitive.
                    if (w is "to" || IsVerbOnly(w) || (EnglishLexicon.Verbs.IsInflected(w) && !EnglishLexicon.Pos(w).Contains('n')))
                    {
                        // "On Tuesday decided the board to close the branch": a past verb before its subject, then its
                        // infinitive, after a fronted time (verb-second with a lexical verb).
                        if (w is not "to" && TextFacts.IsLowerWord(context.WordSpan(a)) && EnglishLexicon.Verbs.IsPast(w) && HasTimeWord(context, p, a)
                            && !HasClauseWord(context, p + 1, a)
                            && InfinitiveAfterSubject(context, s, a) is >= 0 and var inf)
                            findings.Add(context.Flag(Rule, p, inf,
                                $"\"{context.Word(a)}\" before its subject after \"{context.Article.Slice(new TextSpan(context.Tokens[p].Start, context.Tokens[a - 1].End))}\": English keeps subject before verb here (verb-second order)"));
                        break;
                    }
                    continue;
                }

                int v = VerbAfterSubject(context, s, a);
                if (v >= 0)
                {
                    findings.Add(context.Flag(Rule, p, v,
                        $"\"{context.Word(a)}\" before the subject after \"{context.Article.Slice(new TextSpan(context.Tokens[p].Start, context.Tokens[a - 1].End))}\": English keeps subject before verb here (verb-second order)"));
                }

                break;
            }
        }
    }

    /// <summary>
    /// A preposition (its phrase up to <see cref="MaxFrontedWords"/> words), a time determiner ("next year": two
    /// words) or a time or sequence adverb (one word) at the start of the statement; <paramref name="maxFronted"/> is
    /// how far the operator may stand from it.
    /// </summary>
    private static bool IsOpener(AnalysisContext c, int p, int end, out int maxFronted)
    {
        maxFronted = 0;
        var span = c.WordSpan(p);
        if (!TextFacts.IsTitleWord(span) || p + 2 >= end)
            return false;
        var w = span.ToString().ToLowerInvariant();
        if (InvertingOpeners.Contains(w) || w is "like" or "but" or "and" or "or" or "yet" or "then")
            return false;
        var pos = EnglishLexicon.Pos(w);
        if (pos.Contains('p'))
        {
            // "To have the work done …": an infinitive, not a preposition phrase.
            if (w is "to" && IsWord(c, p + 1) && IsBaseVerb(c.Word(p + 1)))
                return false;
            maxFronted = MaxFrontedWords;
            return true;
        }

        if (TimeDeterminers.Contains(w))
        {
            maxFronted = 2;
            return true;
        }

        // A word that is an adverb and never a verb, adjective or function word ("tomorrow", "afterwards", "meanwhile").
        maxFronted = 1;
        return pos.Contains('r') && pos.AsSpan().IndexOfAny("vadpcox") < 0;
    }

    /// <summary>
    /// After the operator at <paramref name="a"/>: a subject (a nominative pronoun, a determiner + 1–4 words, or a
    /// one- to three-word name) and then the verb the operator governs (a base form after a modal or do, a past
    /// participle after have), at most one adverb between. The verb's index (or that of a participle after "be"), else -1.
    /// </summary>
    private static int VerbAfterSubject(AnalysisContext c, Sentence s, int a)
    {
        int k = a + 1;
        if (k >= s.EndToken || !IsWord(c, k) || !Spaced(c, a))
            return -1;
        var op = c.Word(a).ToLowerInvariant();
        bool perfect = op is "has" or "have" or "had" or "is" or "are" or "was" or "were";
        var first = c.Word(k);
        int minVerb;
        int maxVerb;
        if (SubjectPronouns.Contains(first) && TextFacts.IsLowerWord(c.WordSpan(k)) || first == "I")
        {
            // "In this spirit must we live", "may I thank …": first-person inversion is the orator's figure and a
            // polite formula, English of its own; news prose translated from a verb-second source reports in the third person.
            if (first is "I" or "we")
                return -1;
            minVerb = k + 1;
            maxVerb = k + 2;
        }
        else if (NounPhraseOpeners.Contains(first) && TextFacts.IsLowerWord(c.WordSpan(k)))
        {
            minVerb = k + 2;
            // A passive after "be" keeps its participle for the clause's end, after the subject's own preposition
            // phrases ("is the cycle path on the dike between the two villages closed").
            maxVerb = k + 1 + (op is "is" or "are" or "was" or "were" ? MaxPassiveSubjectWords : MaxSubjectWords);
        }
        else if (TextFacts.IsTitleWord(c.WordSpan(k)) && !WordLists.IsFunctionWord(c.WordSpan(k)))
        {
            minVerb = k + 1;
            maxVerb = k + 3;
        }
        else
        {
            return -1;
        }

        for (int v = k + 1; v <= maxVerb && v < s.EndToken; v++)
        {
            if (!IsWord(c, v) || !Spaced(c, v - 1))
                return -1;
            var w = c.Word(v);
            if (v >= minVerb && (perfect ? IsParticiple(w) : IsBaseVerb(w)))
            {
                if (w is "be" or "been" && v + 1 < s.EndToken && Spaced(c, v) && IsWord(c, v + 1) && EnglishLexicon.Verbs.IsPastParticiple(c.Word(v + 1)))
                    return v + 1;
                return v;
            }

            // Inside the subject only content words (and "of"); a function word means the clause has another shape.
            // A passive subject may hold preposition phrases ("on the dike between Lemmer and the harbour").
            if (WordLists.IsFunctionWord(c.WordSpan(v)) && w is not "of"
                && !(maxVerb - k > MaxSubjectWords + 1 && (SubjectPrepositions.Contains(w) || NounPhraseOpeners.Contains(w) || w is "and")))
                return -1;
        }

        return -1;
    }

    /// <summary>
    /// After the verb at <paramref name="a"/>: a subject opened by a determiner (up to <see cref="MaxPassiveSubjectWords"/>
    /// words, its preposition phrases included), then "to" and a base verb. The base verb's index, else -1.
    /// </summary>
    private static int InfinitiveAfterSubject(AnalysisContext c, Sentence s, int a)
    {
        int k = a + 1;
        if (k + 2 >= s.EndToken || !IsWord(c, k) || !Spaced(c, a) || !NounPhraseOpeners.Contains(c.Word(k)) || !TextFacts.IsLowerWord(c.WordSpan(k)))
            return -1;
        for (int v = k + 2; v + 1 < s.EndToken && v <= k + MaxPassiveSubjectWords; v++)
        {
            if (!IsWord(c, v) || !Spaced(c, v - 1))
                return -1;
            var w = c.Word(v);
            if (w is "to")
                return IsWord(c, v + 1) && Spaced(c, v) && IsBaseVerb(c.Word(v + 1)) ? v + 1 : -1;
            if (w is "that" || (WordLists.IsFunctionWord(c.WordSpan(v)) && !(SubjectPrepositions.Contains(w) || NounPhraseOpeners.Contains(w) || w is "and")))
                return -1;
            if (IsVerbOnly(w) || EnglishLexicon.Verbs.IsPast(w))
                return -1; // a clause of its own ("the news that the board wanted to …")
        }

        return -1;
    }

    /// <summary>
    /// A subject pronoun or a subordinating word among the fronted words ("In the year since I asked …", "On the next day
    /// I issued …"): the verb has its subject before it.
    /// </summary>
    private static bool HasClauseWord(AnalysisContext c, int from, int a)
    {
        for (int k = from; k < a; k++)
        {
            if (!IsWord(c, k))
                continue;
            var w = c.Word(k);
            if (w is "I" || SubjectPronouns.Contains(w) || w is "since" or "when" or "while" or "as" or "because" or "after" or "before" or "until" or "that" or "which" or "who")
                return true;
        }

        return false;
    }

    /// <summary>Longest passive subject, its preposition phrases included, between "be" and the participle.</summary>
    public const int MaxPassiveSubjectWords = 12;

    /// <summary>Prepositions of a subject's place and part phrases ("the path on the dike", "the road between two towns").</summary>
    private static readonly HashSet<string> SubjectPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "on", "in", "at", "between", "along", "near", "from", "to", "across", "over", "under", "through",
    };

    /// <summary>Nouns of time that make a fronted phrase a time adverbial ("in the spring", "from next week").</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "tomorrow", "yesterday", "tonight", "week", "weeks", "month", "months", "year", "years", "day", "days", "weekend",
        "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night", "season",
    };

    /// <summary>A month, a weekday, a year in figures or a time noun among the fronted words from <paramref name="p"/> to before <paramref name="a"/>.</summary>
    private static bool HasTimeWord(AnalysisContext c, int p, int a)
    {
        for (int k = p; k < a; k++)
        {
            var w = c.WordSpan(k);
            if (c.Tokens[k].Kind == TokenKind.Number ? w.Length == 4 : TextFacts.IsCalendarName(w) || TimeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
                return true;
        }

        return false;
    }

    private static bool IsParticiple(string w) =>
        w.Length > 2 && char.IsLower(w[0]) && EnglishLexicon.Verbs.IsPastParticiple(w) && EnglishLexicon.Pos(w).AsSpan().IndexOfAny("nx") < 0;
}
