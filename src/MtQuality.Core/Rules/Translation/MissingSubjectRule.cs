using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a subordinate clause with no subject: a conjunction directly followed by an auxiliary and a
/// verb form ("when had participated in the summit", "because was injured", "if is necessary", "although will be
/// decided"), also with an adverb between the auxiliary and the verb ("because was still recovering", "when had
/// already left"). Italian, Spanish and Portuguese drop subject pronouns ("quando aveva partecipato", "porque estaba
/// herido"); MT that translates word for word leaves the English clause without one.
/// Left alone: questions (a sentence ending in "?"), "as"/"than" ellipsis ("as is the case", "than was expected",
/// which English allows), and anything where a word other than a verb form follows the auxiliary ("when had he
/// left", "when is the vote").
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
            RuleExample.Clean("The captain watched from the stands because he was still recovering from an injury."),
            RuleExample.Clean("Meloni had visited Washington in January, when she had taken part in the summit."),
            RuleExample.Clean("Turnout was higher than was expected, as is often the case in close races."),
            RuleExample.Clean("When had he left the building? Nobody knew when is the vote."),
            RuleExample.Clean("The plan failed because it was rushed, and the old mill, which once was a school, closed after it was sold."),
            RuleExample.Clean("He joined the firm in 2010 and since has risen to chief executive, but once had been a teacher."),
        ])
    {
        Sources = "verb-forms.tsv and pos.tsv (WordNet 3.1); English subject requirement vs Romance null subjects: Quirk et al., A Comprehensive Grammar of the English Language (1985) §10.3; Rizzi (1982) and the pro-drop literature for the source languages",
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

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var verbs = EnglishLexicon.Verbs;
        foreach (var s in context.ContentSentences)
        {
            if (context.FinalStop(s) == '?')
                continue;
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
