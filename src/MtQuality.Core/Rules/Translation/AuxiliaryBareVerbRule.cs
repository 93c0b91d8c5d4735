using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a form of "be" followed by a bare verb ("countries are face increasing pressure", "it is
/// allow the export"): the verb must be a WordNet verb that is not an adjective, not its own past participle
/// (cut, set), and either not a noun or followed by an adverb in -ly or a determiner/object pronoun.
/// Also a modal followed by "to" and a verb ("he must to pay", "the city can to borrow"): English modals take the
/// bare infinitive, but the modal verbs of Arabic (yajib an), Turkish (-meli), Chinese (必须), Polish (musi) and
/// Russian (должен) are rendered as "must to". Only when the modal's subject opens its clause (a pronoun, a name or
/// a short noun phrase after a clause boundary), so that the English ellipsis "do whatever we must to protect",
/// "all we could to help", "as it should to" (the modal stands for a verb left out) stays clean.
/// Why it matters: MT of Romance and Slavic verb phrases drops the -ing or the participle ending, and MT of
/// modal constructions keeps the source's infinitive marker; either way the clause stops being English.
/// </summary>
public sealed class AuxiliaryBareVerbRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.AuxiliaryBareVerb,
        "auxiliary-bare-verb",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "\"be\" followed by a bare verb, or a modal followed by \"to\"",
        "A form of \"be\" directly followed by the base form of a verb (not a participle, adjective or noun use); a modal + \"to\" + verb whose subject opens the clause (not the ellipsis \"whatever we must to protect\").",
        "\"are face\", \"is allow\" are MT slips for \"are facing\", \"is allowed\", and \"must to pay\" keeps the infinitive marker of the source's modal verb; human writers rarely make them.",
        [
            RuleExample.Flagged("Many farmers [|are face|] increasingly high costs."),
            RuleExample.Flagged("The new law [|is allow|] the export of grain."),
            RuleExample.Clean("Many farmers are facing increasingly high costs."),
            RuleExample.Clean("The shop is open and the price is set; it is time the council acted."),
            RuleExample.Clean("The rooms are cut off from the main building and were hit by shells."),
            RuleExample.Flagged("The owner of the bakery also [|must to|] repay the loan, and the town council [|can to|] borrow more."),
            RuleExample.Flagged("She said that they [|should to|] wait, and the rule, which [|would to|] apply in May, was dropped."),
            RuleExample.Clean("We will do whatever we must to keep the school open, and all we could to help the families."),
            RuleExample.Clean("The budget works as it should to meet demand; a visit is a must to see, and the will to fight is strong."),
            RuleExample.Clean("From May to June the farm can take visitors, and they must pay a small fee."),
            RuleExample.Clean("The nation's will to resist held, and so did the political will to rebuild the port."),
        ])
    {
        Sources = "pos.tsv and verb-forms.tsv (WordNet 3.1); LanguageTool's BE_VB pattern family as the model; modal + to: Swan & Smith, Learner English (2nd ed., Cambridge University Press 2001), the Arabic, Turkish and Chinese chapters on modal verbs followed by \"to\"; Quirk et al., A Comprehensive Grammar of the English Language (1985) §3.40 on the bare infinitive after central modals",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "must", "can", "could", "should", "would", "will", "may", "might", "shall", "cannot",
    };

    /// <summary>Adverbs that may stand between a subject and its modal ("he also must").</summary>
    private static readonly HashSet<string> MidAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "still", "now", "then", "therefore", "thus", "just", "really", "certainly", "probably", "surely", "already", "too",
    };

    /// <summary>Relative pronouns that are the modal's subject themselves ("the rule, which must to apply").</summary>
    private static readonly HashSet<string> RelativeSubjects = new(StringComparer.OrdinalIgnoreCase) { "which", "who" };

    /// <summary>Words that open a noun phrase subject: the central determiners, and "every", "each".</summary>
    private static bool IsSubjectDeterminer(string w) => WordOrderFacts.NounPhraseOpeners.Contains(w) || w.Equals("every", StringComparison.OrdinalIgnoreCase) || w.Equals("each", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words after which a new clause, and so its subject, starts.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "so", "because", "if", "when", "while", "although", "though", "since", "then", "where", "that", "said", "says",
    };

    /// <summary>Heads that an elliptical "… we can to help" hangs from ("all that we can to help").</summary>
    private static readonly HashSet<string> EllipsisHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "everything", "anything", "something", "nothing", "much", "little", "whatever", "what", "best", "most", "more", "less",
    };

    /// <summary>Most words of a noun-phrase subject before its modal ("the owner of the bakery").</summary>
    private const int MaxSubjectWords = 7;

    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase) { "am", "is", "are", "was", "were" };

    private static readonly HashSet<string> ObjectStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "their", "its", "his", "her", "our", "my", "your", "him", "them", "us", "me", "all", "any", "some", "more",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var verbs = EnglishLexicon.Verbs;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || !Be.Contains(context.Word(t)))
                    continue;
                int v = t + 1;
                if (context.Tokens[v].Kind != TokenKind.Word || !TextFacts.IsLowerWord(context.WordSpan(v)))
                    continue;
                var word = context.Word(v);
                if (!verbs.IsBase(word) || verbs.BaseIsParticiple(word) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
                    continue;
                var pos = EnglishLexicon.Pos(word);
                if (!pos.Contains('v') || pos.AsSpan().IndexOfAny("ardpcox") >= 0)
                    continue;
                if (pos.Contains('n'))
                {
                    if (v + 1 >= s.EndToken || context.Tokens[v + 1].Kind != TokenKind.Word)
                        continue;
                    var next = context.Word(v + 1);
                    bool adverb = next.EndsWith("ly", StringComparison.Ordinal) && EnglishLexicon.Pos(next.ToLowerInvariant()).Contains('r');
                    if (!adverb && !(ObjectStarters.Contains(next) && !pos.Contains('n')))
                        continue;
                }
                else if (v + 1 < s.EndToken && context.Tokens[v + 1].Kind == TokenKind.Word && context.Word(v + 1) is "to" or "of")
                {
                    continue;
                }

                findings.Add(context.Flag(Rule, t, v, $"\"{context.Word(t)} {word}\": a participle or -ing form is expected"));
            }

            for (int t = s.FirstToken + 1; t + 2 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || !Modals.Contains(context.Word(t)) || !ModalTakesTo(context, s, t, verbs))
                    continue;
                findings.Add(context.Flag(Rule, t, t + 1,
                    $"\"{context.Word(t)} to {context.Word(t + 2)}\": a modal takes the bare infinitive (\"{context.Word(t)} {context.Word(t + 2)}\"); \"to\" is the source's infinitive marker (Arabic yajib an, Turkish -meli, Chinese 必须)"));
                t += 2;
            }
        }
    }

    /// <summary>
    /// Modal <paramref name="t"/> is followed by "to" and a verb, and its subject opens a clause: a subject pronoun,
    /// a relative who/which, or a short noun phrase (determiner or capitalised name first), after the sentence
    /// start, a punctuation mark or a clause opener, with at most two mid-position adverbs before the modal.
    /// </summary>
    private static bool ModalTakesTo(AnalysisContext c, Sentence s, int t, VerbTable verbs)
    {
        if (!c.WordPair(t) || !c.WordPair(t + 1) || c.WordSpan(t + 1) is not "to")
            return false;
        var verb = c.Word(t + 2);
        if (!TextFacts.IsLowerWord(verb) || !verbs.IsBase(verb) || !EnglishLexicon.Pos(verb).Contains('v') || WordLists.IsFunctionWord(verb))
            return false;
        int k = t - 1;
        for (int skipped = 0; skipped < 2 && k >= s.FirstToken && c.Tokens[k].Kind == TokenKind.Word && MidAdverbs.Contains(c.Word(k)); skipped++)
            k--;
        if (k < s.FirstToken || c.Tokens[k].Kind != TokenKind.Word)
            return false;
        var w = c.Word(k);
        if (RelativeSubjects.Contains(w))
            return true;
        if (WordOrderFacts.SubjectPronouns.Contains(w))
            return OpensClause(c, s, k);
        // The noun: "a must to see", "the will to fight", "America's will to win", "the political will to act".
        if (IsSubjectDeterminer(w) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)
            || w.EndsWith('\'') || w.EndsWith('’') || (!char.IsUpper(w[0]) && !EnglishLexicon.Pos(w.ToLowerInvariant()).Contains('n')))
            return false;

        // A noun phrase ("the owner of the bakery", "Anna Berg"): back over nouns, adjectives, names, determiners and
        // "of" to a clause boundary, within MaxSubjectWords words; its first word is a determiner or a capital.
        for (int j = k; j > k - MaxSubjectWords; j--)
        {
            var x = c.Word(j);
            if (!IsSubjectDeterminer(x) && x is not "of"
                && (WordLists.IsFunctionWord(x) || EllipsisHeads.Contains(x) || WordOrderFacts.SubjectPronouns.Contains(x) || EnglishLexicon.Verbs.IsInflected(x.ToLowerInvariant())))
                return false;
            bool opener = IsSubjectDeterminer(x) || char.IsUpper(x[0]);
            if (j - 1 < s.FirstToken || c.Tokens[j - 1].Kind != TokenKind.Word || ClauseOpeners.Contains(c.Word(j - 1)))
                return opener && x is not "of" && OpensClause(c, s, j);
        }

        return false;
    }

    /// <summary>The subject starting at <paramref name="start"/> opens its clause (not "all that we can to help").</summary>
    private static bool OpensClause(AnalysisContext c, Sentence s, int start)
    {
        int b = start - 1;
        if (b < s.FirstToken || c.Tokens[b].Kind != TokenKind.Word)
            return true;
        if (!ClauseOpeners.Contains(c.Word(b)))
            return false;
        // "that" opens a clause after a verb ("said that they"), not after an ellipsis head ("all that we").
        return c.Word(b) is not "that" || b - 1 < s.FirstToken || c.Tokens[b - 1].Kind != TokenKind.Word || !EllipsisHeads.Contains(c.Word(b - 1));
    }
}
