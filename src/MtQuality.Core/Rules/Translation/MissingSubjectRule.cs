using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a subordinate clause with no subject: a conjunction directly followed by an auxiliary and a
/// verb form ("when had participated in the summit", "because was injured", "if is necessary", "although will be
/// decided"), also with an adverb between the auxiliary and the verb ("because was still recovering", "when had
/// already left"). Italian, Spanish and Portuguese drop subject pronouns ("quando aveva partecipato", "porque estaba
/// herido"); MT that translates word for word leaves the English clause without one.
/// Also a statement that opens with the auxiliary itself, after a full stop in running text ("… in the old
/// quarter. Was rebuilt after the flood.", "Is expected to reopen in May."): the source sentence had a dropped
/// subject, or a segment boundary cut the subject off into the sentence before.
/// Left alone: questions (a sentence ending in "?"), "as"/"than" ellipsis ("as is the case", "than was expected",
/// which English allows), and anything where a word other than a verb form follows the auxiliary ("when had he
/// left", "when is the vote"); at a sentence start, also the first sentence of a line (headings, list items,
/// notes), sentences that do not end with a full stop, and inversions ("Had it rained, …", "Were they to leave").
/// Why it matters: English requires a subject in every finite clause; its absence reads as broken text and is a
/// reliable trace of pro-drop source languages.
/// </summary>
public sealed class MissingSubjectRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MissingSubject,
        "missing-subject",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "Clause without a subject",
        "A subordinating conjunction directly followed by an auxiliary and a participle, -ing form, base verb or adjective (\"when had participated\", \"because was injured\", \"if is necessary\").",
        "English finite clauses need a subject; a dropped pronoun is the Romance pro-drop translated word for word.",
        [
            RuleExample.Flagged("Meloni had visited Washington in January, [|when had participated|] in the summit."),
            RuleExample.Flagged("The striker left the pitch [|because was injured|] in the first half."),
            RuleExample.Flagged("The mayor will close the schools [|if is necessary|] to protect the pupils."),
            RuleExample.Flagged("The date is not fixed, [|although will be decided|] next week."),
            RuleExample.Flagged("The captain watched from the stands [|because was still recovering|] from an injury."),
            RuleExample.Flagged("The chapel stands above the old quarter. [|Was rebuilt|] after the flood of 1910 by the town guild."),
            RuleExample.Flagged("The new ferry line has been delayed twice. [|Is expected|] to start in the spring."),
            RuleExample.Flagged("Police searched the depot at dawn. [|Were detained|] four drivers and a clerk."),
            RuleExample.Clean("The new ferry line has been delayed twice. Is it expected to start in the spring? Had it rained, the race would have stopped."),
            RuleExample.Clean("Was rebuilt after the flood of 1910 by the town guild."),
            RuleExample.Clean("Notes from the meeting: Was agreed that the depot stays open. Is the depot open?"),
            RuleExample.Clean("The captain watched from the stands because he was still recovering from an injury."),
            RuleExample.Clean("Meloni had visited Washington in January, when she had taken part in the summit."),
            RuleExample.Clean("Turnout was higher than was expected, as is often the case in close races."),
            RuleExample.Clean("When had he left the building? Nobody knew when is the vote."),
            RuleExample.Clean("The plan failed because it was rushed, and the old mill, which once was a school, closed after it was sold."),
            RuleExample.Clean("He joined the firm in 2010 and since has risen to chief executive, but once had been a teacher."),
        ])
    {
        Sources = "verb-forms.tsv and pos.tsv (WordNet 3.1); English subject requirement vs Romance null subjects: Quirk et al., A Comprehensive Grammar of the English Language (1985) §10.3; Rizzi (1982) and the pro-drop literature for the source languages; omitted subject pronouns in English written by Italian and Spanish speakers (\"Is raining\"): Swan & Smith (eds.), Learner English, 2nd ed. (CUP 2001), the Italian and Spanish/Catalan chapters",
    };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "when", "because", "although", "though", "since", "while", "whilst", "after", "before", "until", "whereas", "if", "unless", "once",
    };

    private static readonly HashSet<string> PerfectAux = new(StringComparer.Ordinal) { "has", "have", "had" };

    private static readonly HashSet<string> BeAux = new(StringComparer.Ordinal) { "is", "are", "was", "were" };

    /// <summary>Adverbs that may stand between an auxiliary and its verb ("was still recovering", "had already left").</summary>
    private static readonly HashSet<string> MidAdverbs = new(StringComparer.Ordinal)
    {
        "still", "already", "also", "just", "never", "always", "recently", "again", "now", "only",
    };

    private static readonly HashSet<string> ModalAux = new(StringComparer.Ordinal) { "will", "would", "can", "could", "should", "must" };

    /// <summary>
    /// Auxiliaries that open a subjectless statement. "Have", "can", "would" and the like are left out: they open
    /// imperatives ("Have a look.") and polite questions written without a question mark.
    /// </summary>
    private static readonly HashSet<string> OpeningAux = new(StringComparer.Ordinal) { "Was", "Were", "Is", "Are", "Has", "Had", "Will" };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var verbs = EnglishLexicon.Verbs;
        Sentence? previous = null;
        foreach (var s in context.ContentSentences)
        {
            var before = previous;
            previous = s;
            var stop = context.FinalStop(s);
            if (stop == '?')
                continue;
            if (stop == '.' && before is { } b && b.LineIndex == s.LineIndex && context.FinalStop(b) == '.')
                FindOpeningAuxiliary(context, s, findings);
            for (int t = s.FirstToken; t + 2 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || context.Tokens[t + 1].Kind != TokenKind.Word || context.Tokens[t + 2].Kind != TokenKind.Word)
                    continue;
                // The auxiliary first: it rules out almost every position without allocating.
                if (!TextFacts.IsLowerWord(context.WordSpan(t + 1)) || !TextFacts.IsLowerWord(context.WordSpan(t + 2)))
                    continue;
                var aux = context.Word(t + 1);
                if (!PerfectAux.Contains(aux) && !BeAux.Contains(aux) && !ModalAux.Contains(aux))
                    continue;
                var conj = context.Word(t).ToLowerInvariant();
                if (!Conjunctions.Contains(conj) || (t > s.FirstToken && !TextFacts.IsLowerWord(context.WordSpan(t))))
                    continue;
                int v = t + 2;
                if (MidAdverbs.Contains(context.Word(v)) && v + 1 < s.EndToken && context.Tokens[v + 1].Kind == TokenKind.Word && TextFacts.IsLowerWord(context.WordSpan(v + 1)))
                    v++; // "because was still recovering"
                var verb = context.Word(v);
                // "once was a city": adverbial "once" before a copula; "and since has risen", "but once had been": an
                // adverb inside a coordinated predicate, whose subject is the first clause's.
                if ((conj == "once" && BeAux.Contains(aux))
                    || (conj is "since" or "once" or "before" && t > s.FirstToken && context.WordSpan(t - 1) is "and" or "but" or "or"))
                    continue;
                bool verbal = PerfectAux.Contains(aux) ? verbs.IsPastParticiple(verb) && !IsAlsoNoun(verb)
                    : BeAux.Contains(aux) ? (verbs.IsPastParticiple(verb) && !IsAlsoNoun(verb)) || IsIngVerb(verb) || IsPredicateAdjective(context, s, v)
                    : ModalAux.Contains(aux) && (verb is "be" or "have" || (verbs.IsBase(verb) && !IsAlsoNoun(verb)));
                if (!verbal)
                    continue;
                int end = v;
                if (verb is "be" or "been" or "have" && end + 1 < s.EndToken && context.Tokens[end + 1].Kind == TokenKind.Word && verbs.IsPastParticiple(context.Word(end + 1)))
                    end++; // "although will be decided"
                findings.Add(context.Flag(Rule, t, end, $"\"{context.Article.Slice(new TextSpan(context.Tokens[t].Start, context.Tokens[end].End))}\": the clause has no subject"));
                t = end;
            }
        }
    }

    /// <summary>
    /// A statement in running text that opens with an auxiliary and its verb ("… quarter. Was rebuilt after …"). The
    /// caller has checked that it ends with a full stop and follows a sentence ending with one on the same line.
    /// </summary>
    private static void FindOpeningAuxiliary(AnalysisContext context, Sentence s, List<Finding> findings)
    {
        int t = s.FirstToken;
        if (t + 2 >= s.EndToken || context.Tokens[t].Kind != TokenKind.Word || context.Tokens[t + 1].Kind != TokenKind.Word)
            return;
        var opening = context.Word(t);
        if (!OpeningAux.Contains(opening) || !TextFacts.IsLowerWord(context.WordSpan(t + 1)))
            return;
        var aux = opening.ToLowerInvariant();
        var verbs = EnglishLexicon.Verbs;
        int v = t + 1;
        if (MidAdverbs.Contains(context.Word(v)) && context.Tokens[v + 1].Kind == TokenKind.Word && TextFacts.IsLowerWord(context.WordSpan(v + 1)))
            v++; // "Was also rebuilt"
        var verb = context.Word(v);
        bool verbal = PerfectAux.Contains(aux) ? verbs.IsPastParticiple(verb) && !IsAlsoNoun(verb)
            : BeAux.Contains(aux) ? (verbs.IsPastParticiple(verb) && !IsAlsoNoun(verb)) || IsIngVerb(verb) || IsPredicateAdjective(context, s, v)
            : verb is "be" or "have" || (verbs.IsBase(verb) && !IsAlsoNoun(verb));
        if (!verbal)
            return;
        int end = v;
        if (verb is "be" or "been" or "have" && end + 1 < s.EndToken && context.Tokens[end + 1].Kind == TokenKind.Word && verbs.IsPastParticiple(context.Word(end + 1)))
            end++; // "Will be reopened"
        findings.Add(context.Flag(Rule, t, end, $"\"{context.Article.Slice(new TextSpan(context.Tokens[t].Start, context.Tokens[end].End))}\": the sentence opens with its verb and has no subject"));
    }

    /// <summary>A noun reading would make the word a subject ("when was chaos", "if is cut"): only unambiguous verb forms count.</summary>
    private static bool IsAlsoNoun(string word) => EnglishLexicon.Pos(word).Contains('n');

    private static bool IsIngVerb(string word) => word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && EnglishLexicon.Verbs.IsInflected(word);

    /// <summary>
    /// An adjective that is not also a determiner or preposition ("injured"), or one with a noun reading
    /// ("necessary", "possible") where only the adjective fits: before "to", "that", "for" or punctuation.
    /// </summary>
    private static bool IsPredicateAdjective(AnalysisContext context, Sentence s, int t)
    {
        var word = context.Word(t);
        var pos = EnglishLexicon.Pos(word);
        if (!pos.Contains('a') || pos.Contains('d') || pos.Contains('p') || WordLists.IsFunctionWord(word))
            return false;
        if (!pos.Contains('n'))
            return true;
        return t + 1 >= s.EndToken || context.Tokens[t + 1].Kind == TokenKind.Punct || context.Word(t + 1) is "to" or "that" or "for";
    }
}
