using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a long sentence of running text with no finite verb at all ("The Russian president on an
/// official visit to the North today and tomorrow at the invitation of the leader, the first in 24 years."): no
/// auxiliary or modal, no past or third-person form, no base form that could be a verb. Only English prose
/// sentences of at least <see cref="MinWords"/> words that end with a full stop count.
/// Left alone: headlines (no full stop), lists, reference entries and code (capitals, keywords, symbols), short
/// fragments of style ("Not any more."), and any sentence with a word that can be read as a verb.
/// Why it matters: Italian and Spanish news drops the copula in a lead ("Putin in visita a Pyongyang…"), and MT and
/// careless merging of segments lose the verb; a long sentence without one does not parse.
/// </summary>
public sealed class VerblessSentenceRule : IRule
{
    /// <summary>Shorter sentences may be fragments of style.</summary>
    public const int MinWords = 12;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.VerblessSentence,
        "verbless-sentence",
        RuleCategory.Translation,
        "broken-sentence",
        Severity.Warning,
        "Sentence without a verb",
        "An English prose sentence of twelve words or more, ending with a full stop, in which no word can be read as a verb.",
        "A long sentence with no finite verb is a dropped copula or a lost segment; it does not parse.",
        [
            RuleExample.Flagged("[|The Russian president on an official visit to the North today and tomorrow at the invitation of the leader, the first in 24 years.|] He wrote an article for the newspaper."),
            RuleExample.Flagged("The talks ended late. [|A new round of negotiations between the two delegations in Geneva next month with the mediation of the United Nations.|]"),
            RuleExample.Clean("The Russian president is on an official visit to the North today and tomorrow at the invitation of the leader. He wrote an article."),
            RuleExample.Clean("Analysts expect further cuts from the central bank in the coming months because of weaker growth. They agree on that."),
            RuleExample.Clean("A new round of negotiations between the two delegations in Geneva next month with the mediation of the United Nations"),
            RuleExample.Clean("Not any more. Read the full report on the website of the ministry before the vote next week in the capital."),
            RuleExample.Clean("12. Nagai Y et al. Drug eruption due to bosentan in a patient with systemic sclerosis of the skin. Mod Rheumatol. 2006."),
            RuleExample.Clean("The plums were sold out early. Between the Plum Rinse and the sour acids, you kind of owe them an apology."),
        ])
    {
        Sources = "verb-forms.tsv and pos.tsv (WordNet 3.1); the copula-less lead of Italian and Spanish news style (e.g. Serianni, Grammatica italiana, on the nominal style of headlines and leads)",
    };

    private static readonly HashSet<string> Finite = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "does", "do", "did", "will", "would", "can", "could",
        "shall", "should", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't",
        "don't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "let", "lets", "said", "says",
    };

    /// <summary>Pronouns after which a base form is a present verb ("they agree", "which remain").</summary>
    private static readonly HashSet<string> PluralPronouns = new(StringComparer.OrdinalIgnoreCase) { "i", "we", "you", "they", "who", "which", "that" };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            if (context.FinalStop(s) != '.' || HasPossibleVerb(context, s, out int words) || words < MinWords || !EnglishProse(context, s)
                || IsBibliography(context.LineText(s.LineIndex)))
                continue;
            findings.Add(context.Flag(Rule, s.Span, "No verb in this sentence"));
        }
    }

    /// <summary>Reference lists: their entries are titles, which have no verb ("Effectiveness of influenza vaccination in …").</summary>
    private static bool IsBibliography(ReadOnlySpan<char> line) =>
        line.Contains("et al", StringComparison.Ordinal) || line.Contains("PubMed", StringComparison.Ordinal) || line.Contains("PMID", StringComparison.Ordinal)
        || line.Contains("doi", StringComparison.Ordinal) || line.Contains("Google Scholar", StringComparison.Ordinal) || line.Contains("ISBN", StringComparison.Ordinal);

    /// <summary>
    /// Running English text: at most a third of the words capitalised (reference lists and name piles are not), no
    /// all-capital keywords or code ("FROM python:3.7 COPY"), and four lower-case words in five English words.
    /// </summary>
    private static bool EnglishProse(AnalysisContext context, Sentence s)
    {
        int words = 0;
        int capitals = 0;
        int lower = 0;
        int english = 0;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word)
            {
                if (context.CharAt(t) is '/' or '=' or '{' or '}' or '<' or '>' or '|' or '#' or '@')
                    return false;
                continue;
            }

            var w = context.WordSpan(t);
            words++;
            if (w.Length > 1 && TextFacts.IsAllCaps(w))
                return false;
            if (char.IsUpper(w[0]))
                capitals++;
            else if (TextFacts.IsLowerWord(w))
            {
                lower++;
                if (EnglishLexicon.IsWord(w) || WordLists.IsFunctionWord(w))
                    english++;
            }
        }

        return capitals * 3 <= words && english * 5 >= lower * 4;
    }

    /// <summary>
    /// Any word that can be a verb here: an auxiliary, modal or contraction, a past or third-person form, or a base
    /// form that no determiner, possessive, adjective or preposition makes a noun ("an official visit", "the last").
    /// Generous on purpose: the rule wants sentences with no verb reading at all.
    /// </summary>
    private static bool HasPossibleVerb(AnalysisContext context, Sentence s, out int words)
    {
        var verbs = EnglishLexicon.Verbs;
        words = 0;
        string? previous = null;
        string? beforePrevious = null;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word)
                continue;
            words++;
            var word = context.Word(t);
            var w = previous is null && word.Length > 1 && char.IsUpper(word[0]) ? word.ToLowerInvariant() : word;
            if (Finite.Contains(w) || w.Contains('\'') || w.Contains('’'))
                return true;
            if (TextFacts.IsLowerWord(w))
            {
                if (verbs.BaseOf(w) is { } b && b != w && !w.EndsWith("ing", StringComparison.Ordinal))
                    return true; // a past form or a third-person -s form
                if (verbs.IsBase(w) && (!Nominal(previous) || Downtoner(beforePrevious, previous)))
                    return true;
            }

            beforePrevious = previous;
            previous = w;
        }

        return false;
    }

    /// <summary>
    /// The informal downtoners "kind of" and "sort of" (Quirk et al. 1985, §8.104), which a verb follows as often as
    /// a noun does ("you kind of owe them", "we sort of agree"): their "of" does not make the next word a noun.
    /// </summary>
    private static bool Downtoner(string? first, string? second) =>
        second is "of" && first is not null && (first.Equals("kind", StringComparison.OrdinalIgnoreCase) || first.Equals("sort", StringComparison.OrdinalIgnoreCase));

    /// <summary>After these a verb-or-noun word is a noun ("the visit", "an official visit", "of support").</summary>
    private static bool Nominal(string? previous)
    {
        if (previous is null)
            return false;
        if (WordLists.IsFunctionWord(previous))
            return !PluralPronouns.Contains(previous) && previous is not ("also" or "not" or "never" or "often" or "only" or "then" or "to");
        var pos = EnglishLexicon.Pos(previous.ToLowerInvariant());
        return pos.Contains('a') && !pos.Contains('v');
    }
}
