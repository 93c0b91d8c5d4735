using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;
using static MtQuality.Core.Rules.Translation.WordOrderFacts;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a lexical verb placed before its subject where English allows no inversion:
/// (1) a statement that opens with a past verb form + "by" + a quantity and then the subject ("Dropped by 8%
/// were the sales of the firm", "Grew by 3 points the share of …"), the verb-first order of Greek, Slavic and
/// Romance news leads; (2) a clause that opens with "without" or "despite" + a short noun phrase and then a verb
/// and a quantity or determiner ("without water stay about 300 homes"), where the subject follows the verb
/// as in Slavic and Greek; (3) a statement that opens with "That" or "This" as the object of a present-tense
/// verb of saying and then the speaker ("This writes the city council in its report"), Dutch, German and
/// Scandinavian verb-second order.
/// English inverts a lexical verb only after a locative or directional opener with a verb of being or motion
/// ("Here comes the bus", "On the hill stood a castle"), after a fronted participle with "be" and a place
/// ("Gone are the days", "Attached is the report") and in quotations ("…, said the minister"); none of these
/// shapes has a quantity phrase, a "without/despite" phrase or a demonstrative object in front, so they stay clean.
/// Why it matters: the reader meets the verb before knowing what it is about and has to rebuild the sentence.
/// </summary>
public sealed class VerbBeforeSubjectRule : IRule
{
    /// <summary>Longest noun phrase after "without"/"despite" before the verb.</summary>
    public const int MaxPhraseWords = 4;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.VerbBeforeSubject,
        "verb-before-subject",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Lexical verb before its subject",
        "A statement opening with a past verb + \"by\" + a quantity then the subject; a clause opening with \"without\"/\"despite\" + noun phrase then a verb and its subject; \"That/This\" + says/writes/reports + the speaker; \"Said the …\" + \"that\" with no quotation; \"For/Against the … voted\" + the number of voters.",
        "English puts the subject before a lexical verb except after place openers with verbs of being or motion and in quotations; verb-first order is kept from the source language.",
        [
            RuleExample.Flagged("Athens – [|Dropped by 8% were the|] sales of new cars in March, the industry group said."),
            RuleExample.Flagged("After the storm, [|without heating remain nearly|] 300 homes in the valley."),
            RuleExample.Flagged("The plant will close in June. [|This writes the city council|] in its annual report."),
            RuleExample.Clean("Here comes the bus. Gone are the days of cheap fuel, and on the hill stood a castle."),
            RuleExample.Clean("Sales of new cars dropped by 8% in March. Attached is the report, said the minister."),
            RuleExample.Clean("Without water, about 300 homes stay dark. Despite the rain the crowd stayed, and without doubt the show went on."),
            RuleExample.Clean("That said, the council agreed. This writes off the debt, and that says a lot about the deal."),
            RuleExample.Clean("With the new job comes the responsibility of running the office."),
            RuleExample.Flagged("[|Said the director of the works department|], Khaled Al-Momani, that the lamps will cut costs."),
            RuleExample.Clean("Said the director: \"The lamps will cut costs.\" Added the mayor, smiling, \"That is the plan.\" Said the word that ended it all, and left."),
            RuleExample.Flagged("[|For the document voted 17 deputies|], against — 19."),
            RuleExample.Clean("For the document, 17 deputies voted in favour. Against the odds, 17 deputies voted for it; for the first time voters chose 17 deputies."),
        ])
    {
        Sources = "inversion of subject and lexical verb (locative, participial and quotative inversion only): Quirk et al., A Comprehensive Grammar of the English Language (1985) §18.23–18.24; Birner, The Discourse Function of Inversion in English (1996); Huddleston & Pullum (2002) ch. 16 §5; pos.tsv and verb-forms.tsv (WordNet 3.1) for verbs",
    };

    public RuleDescriptor Descriptor => Rule;

    /// <summary>Verbs of saying in the present that a V2 source puts before the speaker ("Dat schrijft …", "Das sagt …").</summary>
    private static readonly HashSet<string> SayingPresent = new(StringComparer.Ordinal) { "says", "writes", "reports" };

    /// <summary>Forms of "be" that can stand between a fronted participle and the subject.</summary>
    private static readonly HashSet<string> Be = new(StringComparer.Ordinal) { "is", "are", "was", "were" };

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            if (CasingFacts.IsHeadlineLike(context, s.LineIndex))
                continue;
            int p = FirstWord(context, s);
            if (p < 0)
                continue;
            int start = PastDateline(context, s, p);
            if (QuantityFirst(context, s, start) is { } q)
                findings.Add(q);
            else if (DemonstrativeObject(context, s, p) is { } d)
                findings.Add(d);
            else if (ReportingVerbFirst(context, s, p) is { } r)
                findings.Add(r);
            else if (VoteCountAfterVerb(context, s, p) is { } vc)
                findings.Add(vc);
            else
            {
                for (int t = p; t + 2 < s.EndToken; t++)
                {
                    if (!IsWord(context, t) || context.WordSpan(t).Length < 7)
                        continue;
                    // The opener at a clause start: the sentence's first word or after a comma.
                    if (t != p && !(t > s.FirstToken && context.IsPunct(t - 1, ',')))
                        continue;
                    if (WithoutPhrase(context, s, t) is { } f)
                    {
                        findings.Add(f);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>"Athens – Dropped": a dateline of one to three capitalised words and a dash before the statement.</summary>
    private static int PastDateline(AnalysisContext c, Sentence s, int p)
    {
        for (int t = p; t < s.EndToken && t < p + 4; t++)
        {
            if (c.Tokens[t].Kind == TokenKind.Punct)
                return c.WordSpan(t) is "–" or "—" or "-" && t + 1 < s.EndToken && IsWord(c, t + 1) ? t + 1 : p;
            if (!TextFacts.IsTitleWord(c.WordSpan(t)))
                return p;
        }

        return p;
    }

    /// <summary>(1) Past verb form + "by" + quantity (+ "is/are/was/were") + the subject's determiner.</summary>
    private Finding? QuantityFirst(AnalysisContext c, Sentence s, int v)
    {
        if (v + 3 >= s.EndToken || !TextFacts.IsTitleWord(c.WordSpan(v)) || !c.WordPair(v) || c.WordSpan(v + 1) is not "by")
            return null;
        var verb = c.Word(v).ToLowerInvariant();
        if (!verb.EndsWith("ed", StringComparison.Ordinal) || EnglishLexicon.Verbs.BaseOf(verb) is null || EnglishLexicon.Pos(verb).Contains('n'))
            return null;
        if (!OpensQuantity(c, v + 2, s.EndToken))
            return null;
        // Past the quantity: numbers, "%", and unit words ("percent", "points", "thousand").
        int k = v + 2;
        int units = 0;
        while (k < s.EndToken && units < 5)
        {
            if (c.Tokens[k].Kind == TokenKind.Number || c.IsPunct(k, '%'))
            {
                k++;
                continue;
            }

            if (!IsWord(c, k))
                return null;
            var w = c.Word(k);
            if (Be.Contains(w) || NounPhraseOpeners.Contains(w))
                break;
            if (!TextFacts.IsLowerWord(c.WordSpan(k)) || (WordLists.IsFunctionWord(c.WordSpan(k)) && !Approximators.Contains(w)))
                return null;
            units++;
            k++;
        }

        if (k + 1 >= s.EndToken || !IsWord(c, k))
            return null;
        if (Be.Contains(c.Word(k)))
            k++;
        if (!IsWord(c, k) || !NounPhraseOpeners.Contains(c.Word(k)) || !TextFacts.IsLowerWord(c.WordSpan(k)))
            return null;
        return c.Flag(Rule, v, k, $"\"{c.Word(v)}\" opens the statement and the subject follows it: English puts the subject first (\"the … {verb} by …\")");
    }

    /// <summary>(3) "That/This" + says/writes/reports + the speaker ("the" + 1–3 content words), then the end or a preposition.</summary>
    private Finding? DemonstrativeObject(AnalysisContext c, Sentence s, int p)
    {
        if (p + 3 >= s.EndToken || c.WordSpan(p) is not ("That" or "This") || !c.WordPair(p) || !c.WordPair(p + 1))
            return null;
        if (!SayingPresent.Contains(c.Word(p + 1)) || c.WordSpan(p + 2) is not "the")
            return null;
        int k = p + 3;
        int words = 0;
        while (k < s.EndToken && IsWord(c, k) && !WordLists.IsFunctionWord(c.WordSpan(k)) && words < 3)
        {
            words++;
            k++;
            if (k < s.EndToken && !Spaced(c, k - 1))
                break;
        }

        // "says the obvious", "says the same": a head that is an adjective used as a noun is an object, not a speaker.
        if (words == 0 || EnglishLexicon.Pos(c.Word(k - 1).ToLowerInvariant()) is { Length: > 0 } head && !head.Contains('n'))
            return null;
        // The speaker ends the clause or is followed by a place or time ("in a letter", "on Tuesday"); "of" or
        // "that" would make the noun phrase an object ("writes the history of …").
        if (k < s.EndToken && IsWord(c, k))
        {
            var next = c.Word(k);
            if (next is not ("in" or "on" or "at" or "to"))
                return null;
        }
        else if (k < s.EndToken && !c.IsPunct(k, '.') && !c.IsPunct(k, ','))
        {
            return null;
        }

        return c.Flag(Rule, p, k - 1, $"\"{c.Word(p)} {c.Word(p + 1)} the …\": the object is fronted and the speaker follows the verb; English writes \"the … {c.Word(p + 1)} this\" or \"according to the …\"");
    }

    /// <summary>Past reporting verbs that Arabic (and Classical Greek-style Romanian) news puts first: "وقال", "وأضاف", "وأكد".</summary>
    private static readonly HashSet<string> ReportingPast = new(StringComparer.Ordinal)
    {
        "Said", "Added", "Stated", "Stressed", "Explained", "Noted", "Confirmed", "Announced", "Indicated", "Emphasized", "Emphasised", "Affirmed", "Declared",
    };

    /// <summary>Most words between the fronted reporting verb and the "that" of its complement clause.</summary>
    private const int MaxReportedSubjectWords = 16;

    /// <summary>
    /// (4) "Said the director of the works department, Eng. Khaled Al-Momani, that the project …": a statement
    /// opening with a past reporting verb, then a determiner and the speaker, then "that" and the reported clause,
    /// with no quotation mark or colon in the sentence. Arabic news opens with the verb (wa-qāla mudīr … inna …);
    /// English inverts "said" only with a quotation ("Said the director: “…”", "…, said the director"), so the
    /// complementiser "that" after the inverted speaker is what tells the two apart.
    /// </summary>
    private Finding? ReportingVerbFirst(AnalysisContext c, Sentence s, int p)
    {
        if (p + 4 >= s.EndToken || !ReportingPast.Contains(c.Word(p)) || !c.WordPair(p) || c.WordSpan(p + 1) is not ("the" or "a" or "an"))
            return null;
        // The speaker may hold an abbreviated title ("Eng. Khaled Al-Momani") that the segmenter ends the sentence
        // at: the scan runs on to the end of the line, past a full stop after a short capitalised word.
        int end = c.LineTokens(s.LineIndex).End;
        int words = 0;
        int lastSubject = p + 1;
        for (int k = p + 2; k < end; k++)
        {
            if (c.Tokens[k].Kind == TokenKind.Punct)
            {
                char ch = c.CharAt(k);
                if (ch is ':' or '"' or '“' or '”' or '«' or '»' or '„' or '‘' or '?' or '!' or ';')
                    return null;
                if (ch == '.' && !(IsWord(c, k - 1) && TextFacts.IsTitleWord(c.WordSpan(k - 1)) && c.WordSpan(k - 1).Length <= 4))
                    return null;
                continue;
            }

            // The complementiser opens a clause (a determiner, a pronoun, a name, a number); a relative "that" is
            // followed by its verb ("the word that ended it").
            if (IsWord(c, k) && c.WordSpan(k) is "that")
                return words > 0 && k + 1 < end && OpensClause(c, k + 1) ? c.Flag(Rule, p, lastSubject, $"\"{c.Word(p)}\" opens the statement before its speaker: English writes \"the … {c.Word(p).ToLowerInvariant()} that\"") : null;
            if (++words > MaxReportedSubjectWords)
                return null;
            if (IsWord(c, k) && words <= 6 && !(k > p + 2 && c.IsPunct(k - 1, ',')) && lastSubject == k - 1)
                lastSubject = k;
        }

        return null;
    }

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "he", "she", "it", "they", "we", "there" };

    /// <summary>A word that can open a clause after "that": a determiner, a subject pronoun, a capitalised name or a number.</summary>
    private static bool OpensClause(AnalysisContext c, int k) =>
        c.Tokens[k].Kind == TokenKind.Number
        || (IsWord(c, k) && (NounPhraseOpeners.Contains(c.Word(k)) || SubjectPronouns.Contains(c.Word(k)) || TextFacts.IsTitleWord(c.WordSpan(k))));

    /// <summary>
    /// (5) "For the document voted 17 deputies, against — 19": a statement opening with "For" or "Against" and a
    /// short noun phrase, then "voted" and the number of voters. Russian, Ukrainian and Polish put the count after the
    /// verb (za dokument progolosovali 17 deputatov); English writes "17 deputies voted for the document".
    /// </summary>
    private Finding? VoteCountAfterVerb(AnalysisContext c, Sentence s, int p)
    {
        if (p + 3 >= s.EndToken || c.WordSpan(p) is not ("For" or "Against") || !c.WordPair(p))
            return null;
        for (int k = p + 1; k < s.EndToken && k <= p + 5; k++)
        {
            if (!IsWord(c, k) || !Spaced(c, k - 1))
                return null;
            if (c.WordSpan(k) is "voted" && k > p + 1 && k + 1 < s.EndToken && PhrasePattern.IsNumber(c, k + 1))
                return c.Flag(Rule, p, k + 1 + (k + 2 < s.EndToken && IsWord(c, k + 2) ? 1 : 0),
                    $"\"{c.Word(p)} … voted\" + the number of voters: the subject follows the verb; English writes \"{c.Word(k + 1)} … voted {c.Word(p).ToLowerInvariant()} …\"");
            if (k > p + 1 && WordLists.IsFunctionWord(c.WordSpan(k)) && c.WordSpan(k) is not ("of" or "it" or "this" or "that"))
                return null;
        }

        return null;
    }

    /// <summary>(2) "without/despite" + a short noun phrase + a finite verb that is only a verb + a quantity or determiner.</summary>
    private Finding? WithoutPhrase(AnalysisContext c, Sentence s, int t)
    {
        var prep = c.WordSpan(t);
        if (!prep.Equals("without", StringComparison.OrdinalIgnoreCase) && !prep.Equals("despite", StringComparison.OrdinalIgnoreCase))
            return null;
        for (int k = t + 1; k < s.EndToken && k <= t + MaxPhraseWords + 1; k++)
        {
            if (!IsWord(c, k) || !Spaced(c, k - 1))
                return null;
            var w = c.Word(k);
            if (k >= t + 2 && IsVerbOnly(w) && !EnglishLexicon.Verbs.IsPastParticiple(w))
            {
                if (k + 1 >= s.EndToken || !Spaced(c, k))
                    return null;
                if (!OpensQuantity(c, k + 1, s.EndToken) && !(IsWord(c, k + 1) && NounPhraseOpeners.Contains(c.Word(k + 1)) && TextFacts.IsLowerWord(c.WordSpan(k + 1))))
                    return null;
                return c.Flag(Rule, t, k + 1, $"\"{w}\" follows the \"{c.Word(t)}\" phrase and precedes its subject: English puts the subject first");
            }

            if (k > t + 1 && WordLists.IsFunctionWord(c.WordSpan(k)))
                return null;
        }

        return null;
    }
}
