using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a present perfect ("has/have" + past participle) whose own clause names a finished past time:
/// "yesterday", "last week/night/year/Monday/March…", "two days ago", or "on" + a weekday right after the participle
/// ("has announced on Monday"; a weekday later in the clause may be a future event's: "has called a vote on Monday"),
/// or closing a short object of a verb whose object is the finished event ("has rendered its verdict on Tuesday") ("The premier has been received yesterday at
/// the White House", "the ministry has announced three days ago"). English uses the simple past with a finished
/// past time; Italian, French, Spanish, German and Portuguese use their compound past (passato prossimo, passé
/// composé, pretérito perfecto, Perfekt), and MT renders it word for word as "has + participle".
/// Left alone: a perfect infinitive or a modal perfect ("seems to have met yesterday", "may have left last
/// week"), a time after since/until/from/than/by/before/after ("has risen since last year", "than a year ago"),
/// "the last week" (the past seven days, fine with the perfect), and a time that belongs to a later verb or clause
/// ("has denied the report published yesterday", "has said that they met last week").
/// Why it matters: the tense clash is ungrammatical in English and one of the most regular traces of MT from
/// European languages in news ("has declared yesterday"); edited English news does not write it.
/// </summary>
public sealed class PerfectWithPastTimeRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PerfectWithPastTime,
        "perfect-with-past-time",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "Present perfect with a finished past time",
        "\"has/have\" + past participle in the same clause as yesterday, last + week/month/year/night/weekday/month name, or \"… ago\", or followed by on + weekday (directly, or after the short object of a completed-event verb: \"has signed the law on Monday\").",
        "English uses the simple past with a finished past time (\"was received yesterday\"); \"has been received yesterday\" is the Romance or German compound past translated word for word.",
        [
            RuleExample.Flagged("The premier [|has been received|] yesterday at the White House by the president."),
            RuleExample.Flagged("The ministry [|has announced|] three days ago that the border will reopen."),
            RuleExample.Flagged("Both leaders [|have signed|] the agreement last Friday in Rome."),
            RuleExample.Flagged("The company [|has already presented|] its results last week."),
            RuleExample.Flagged("The court [|has ruled|] on Tuesday that the contract was void."),
            RuleExample.Flagged("The parliament [|has approved|] the budget law on Thursday."),
            RuleExample.Flagged("The jury [|has delivered|] its verdict on Friday after two days of deliberation."),
            RuleExample.Clean("The union has called a strike on Monday, and the parliament approved the budget law on Thursday."),
            RuleExample.Clean("The ministry has published a report on Monday mornings since 2020; it has signed the deal on Tuesday's agenda."),
            RuleExample.Clean("The court ruled on Tuesday that the contract was void, and the union has called a strike on Monday."),
            RuleExample.Clean("The market has focused on Monday's figures, and the shop has been closed on Sundays."),
            RuleExample.Clean("The premier was received yesterday at the White House by the president."),
            RuleExample.Clean("Prices have risen since last year, and output is 5% higher than a year ago."),
            RuleExample.Clean("The envoy seems to have met the rebels yesterday, and they may have left last week."),
            RuleExample.Clean("They couldn't have met the rebels yesterday, and she wouldn’t have signed it last week."),
            RuleExample.Clean("The ministry has denied the report published yesterday by the newspaper."),
            RuleExample.Clean("She has said that they met last week, and sales have doubled over the last year."),
            RuleExample.Clean("He has lived there for years; he had arrived two days ago when the storm hit."),
        ])
    {
        Sources = "verb-forms.tsv (past participles, WordNet 3.1 + english-verbs-irregular); the tense rule: Quirk et al., A Comprehensive Grammar of the English Language (1985) §4.22 (the present perfect does not combine with adverbials of definite past time); the Romance/German compound past as its source: the Time in Translation parallel-corpus studies (van der Klis, Le Bruyn & de Swart, 2017 ff.)",
    };

    /// <summary>Words after "last" that name a finished period.</summary>
    private static readonly HashSet<string> Periods = new(StringComparer.OrdinalIgnoreCase)
    {
        "night", "week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter", "season", "term",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Words that open a time phrase bound to something other than the perfect ("since last year").</summary>
    private static readonly HashSet<string> Binders = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "until", "till", "from", "than", "by", "before", "after", "as", "of", "over", "during", "throughout", "through",
    };

    /// <summary>"the last week", "his last year": the period up to now, which the perfect takes.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
    };

    /// <summary>Words that start a new clause or phrase: a time past them is not the perfect's.</summary>
    private static readonly HashSet<string> ClauseStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if", "though",
        "although", "whereas", "unlike", "compared", "like",
    };

    /// <summary>Words allowed between the auxiliary and the participle.</summary>
    private static readonly HashSet<string> Inserts = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "already", "just", "not", "never", "then", "again", "finally", "recently", "now", "even", "only", "reportedly",
    };

    /// <summary>Modals and "to" before "have": a modal or infinitive perfect, which takes a past time.</summary>
    private static readonly HashSet<string> ModalOrTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "may", "might", "must", "could", "would", "should", "will", "shall", "can", "cannot", "'ll", "’ll",
    };

    private const int Window = 10;

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var verbs = EnglishLexicon.Verbs;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 2 < s.EndToken; t++)
            {
                var aux = context.WordSpan(t);
                if (context.Tokens[t].Kind != TokenKind.Word || !(aux is "has" or "have"))
                    continue;
                if (aux is "have" && t > s.FirstToken && (ModalOrTo.Contains(context.Word(PreviousWord(context, s, t))) || NotAfterModal(context, s, t) || AfterNegatedModal(context, t)))
                    continue;
                int p = t + 1;
                while (p < s.EndToken && p <= t + 3 && context.Tokens[p].Kind == TokenKind.Word && Inserts.Contains(context.Word(p)))
                    p++;
                if (p >= s.EndToken || context.Tokens[p].Kind != TokenKind.Word || !TextFacts.IsLowerWord(context.WordSpan(p)) || !verbs.IsPastParticiple(context.Word(p)))
                    continue;
                int participle = p;
                if (context.WordSpan(p) is "been" && p + 1 < s.EndToken && context.Tokens[p + 1].Kind == TokenKind.Word && verbs.IsPastParticiple(context.Word(p + 1)))
                    participle = p + 1;
                if ((OnWeekday(context, s, participle + 1) ?? PastTimeInClause(context, s, participle + 1) ?? WeekdayAfterObject(context, s, participle)) is { } marker)
                    findings.Add(context.Flag(Rule, t, participle, $"\"{context.Article.Slice(new TextSpan(context.Tokens[t].Start, context.Tokens[participle].End))}\" with \"{marker}\": English uses the simple past with a finished past time"));
                t = participle;
            }
        }
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>
    /// "on Monday" directly after the participle ("has announced on Monday"): the day of a finished event. Not a
    /// possessive ("on Monday's figures") or a plural ("on Sundays", a habit); a weekday after an object may be a
    /// later event's ("has called a vote on Monday"), so only the adjacent one counts.
    /// </summary>
    private static string? OnWeekday(AnalysisContext context, Sentence s, int t)
    {
        if (t + 1 >= s.EndToken || context.Tokens[t].Kind != TokenKind.Word || context.Tokens[t + 1].Kind != TokenKind.Word
            || !context.WordSpan(t).Equals("on", StringComparison.OrdinalIgnoreCase) || !Weekdays.Contains(context.Word(t + 1)))
            return null;
        int after = context.Tokens[t + 1].End;
        if (after < context.Text.Length && context.Text[after] is '\'' or '’')
            return null;
        return "on " + context.Word(t + 1);
    }

    /// <summary>
    /// Participles of verbs whose object is the finished event itself ("has signed the treaty", "has rendered its
    /// verdict"): a weekday closing their clause dates that event, so it is a finished past time. Verbs that
    /// announce, plan or call for something ("has called a strike on Monday", "has scheduled a vote") are not here:
    /// their weekday may be the future event's.
    /// </summary>
    private static readonly HashSet<string> CompletedEventParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "approved", "adopted", "rendered", "delivered", "issued", "published", "released", "arrested",
        "killed", "won", "lost", "beaten", "defeated", "elected", "appointed", "sentenced", "convicted", "acquitted",
        "rejected", "passed", "launched", "opened", "inaugurated", "presented", "unveiled", "received", "visited",
    };

    /// <summary>
    /// "has rendered its decision on Tuesday": a participle of <see cref="CompletedEventParticiples"/>, an object of
    /// at most four words (no verb, preposition or clause opener in it), then "on" + weekday (not "on Monday mornings").
    /// </summary>
    private static string? WeekdayAfterObject(AnalysisContext context, Sentence s, int participle)
    {
        if (!CompletedEventParticiples.Contains(context.Word(participle)))
            return null;
        for (int k = participle + 1; k < s.EndToken && k <= participle + 5; k++)
        {
            if (context.Tokens[k].Kind != TokenKind.Word)
                return null;
            var w = context.Word(k);
            if (w.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                if (k == participle + 1 || OnWeekday(context, s, k) is not { } marker)
                    return null;
                // "on Monday mornings": a habit, not a date.
                int after = k + 2;
                return after < s.EndToken && context.Tokens[after].Kind == TokenKind.Word && context.Word(after) is "mornings" or "afternoons" or "evenings" or "nights"
                    ? null
                    : marker;
            }

            if (!TextFacts.IsLowerWord(context.WordSpan(k)) || WordLists.IsFunctionWord(context.WordSpan(k)) && !Determiners.Contains(w) && w is not ("a" or "an")
                || EnglishLexicon.Verbs.IsPastParticiple(w) || ClauseStarts.Contains(w) || Binders.Contains(w))
                return null;
        }

        return null;
    }

    private static int PreviousWord(AnalysisContext context, Sentence s, int t)
    {
        int q = t - 1;
        while (q > s.FirstToken && context.Tokens[q].Kind != TokenKind.Word)
            q--;
        return q;
    }

    /// <summary>"couldn't have", "wouldn’t have", "mustn't have": a contracted negative before "have" is a modal's.</summary>
    private static bool AfterNegatedModal(AnalysisContext context, int t)
    {
        var before = context.Text.AsSpan(0, context.Tokens[t].Start).TrimEnd();
        return before.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || before.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"could not have", "would never have": a negated or adverb-split modal perfect.</summary>
    private static bool NotAfterModal(AnalysisContext context, Sentence s, int t)
    {
        int q = PreviousWord(context, s, t);
        return q > s.FirstToken && Inserts.Contains(context.Word(q)) && ModalOrTo.Contains(context.Word(PreviousWord(context, s, q)));
    }

    /// <summary>The finished past-time phrase in the clause that starts at <paramref name="from"/>, or null.</summary>
    private static string? PastTimeInClause(AnalysisContext context, Sentence s, int from)
    {
        var verbs = EnglishLexicon.Verbs;
        int words = 0;
        for (int t = from; t < s.EndToken && words < Window; t++)
        {
            var tok = context.Tokens[t];
            if (tok.Kind == TokenKind.Punct)
            {
                if (context.CharAt(t) is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '—' or '–')
                    return null;
                continue;
            }

            words++;
            var w = context.WordSpan(t);
            var word = context.Word(t);
            if (ClauseStarts.Contains(word) || Binders.Contains(word))
                return null;
            // A later verb form owns what follows ("the report published yesterday", "agreed to meet last week").
            if (TextFacts.IsLowerWord(w) && (verbs.IsPastParticiple(word) || (word is "to" && t + 1 < s.EndToken && verbs.IsBase(context.Word(t + 1)))
                                             || (w.EndsWith("ing") && verbs.IsInflected(word))))
                return null;
            if (w is "yesterday")
                return "yesterday";
            if (w is "last" && !(t > from && Determiners.Contains(context.Word(t - 1))) && t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Word && Periods.Contains(context.Word(t + 1)))
                return $"last {context.Word(t + 1)}";
            if (w is "ago")
                return "ago";
        }

        return null;
    }
}
