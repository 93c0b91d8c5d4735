using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a long sentence of running text with no finite verb at all ("The Russian president on an
/// official visit to the North today and tomorrow at the invitation of the leader, the first in 24 years."): no
/// auxiliary or modal, no past or third-person form, no base form that could be a verb. Only English prose
/// sentences of at least <see cref="MinWords"/> words that end with a full stop count.
/// Also a shorter verbless sentence whose verb opens the next one ("The night trains from the coast and the
/// hills. Stopped at the border for an hour."): a full stop that cut the subject from its predicate, which
/// happens when an MT segment boundary falls between them.
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
        "An English prose sentence of twelve words or more, ending with a full stop, in which no word can be read as a verb; or a shorter verbless one followed by a sentence that opens with its verb.",
        "A long sentence with no finite verb is a dropped copula or a lost segment; it does not parse.",
        [
            RuleExample.Flagged("[|The Russian president on an official visit to the North today and tomorrow at the invitation of the leader, the first in 24 years.|] He wrote an article for the newspaper."),
            RuleExample.Flagged("The talks ended late. [|A new round of negotiations between the two delegations in Geneva next month with the mediation of the United Nations.|]"),
            RuleExample.Flagged("The timetable changed in May. [|The night trains from the coast and the hills. Stopped|] at the border for an hour."),
            RuleExample.Flagged("Storms closed the strait. [|The ferries from Norway and the Faroe Islands. Remained|] in port for two days."),
            RuleExample.Clean("The timetable changed in May. The night trains from the coast and the hills. Founded in 1890, the line runs daily."),
            RuleExample.Flagged("Its chair wants to collect 2,000 signatures by Easter[|. In order to force a local referendum on the pool.|]"),
            RuleExample.Flagged("The ministry cut the quota in March[|. So as to protect the remaining stocks of cod in the bay.|]"),
            RuleExample.Clean("Its chair wants to collect 2,000 signatures by Easter. In order to force a local referendum, the group needs 2,000 more."),
            RuleExample.Clean("In order to force a local referendum on the pool. That was the aim of the petition, its organisers said."),
            RuleExample.Clean("Why did they sign? In order to force a local referendum on the pool."),
            RuleExample.Clean("A long day for the crews. Stopped? Not yet. Another delay at the border. Stopping there is routine."),
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
        Sentence? previous = null;
        bool previousVerbless = false;
        int bibliographyLine = -1;
        bool bibliography = false;
        foreach (var s in context.ContentSentences)
        {
            var before = previous;
            bool beforeVerbless = previousVerbless;
            previous = s;
            previousVerbless = false;
            if (context.FinalStop(s) != '.')
                continue;
            if (before is { } p && p.LineIndex == s.LineIndex && context.FinalStop(p) == '.' && IsPurposeFragment(context, s))
            {
                findings.Add(context.Flag(Rule, new TextSpan(p.Span.End - 1, s.Span.End), "A purpose clause (\"in order to …\") cut off from its sentence by a full stop"));
                continue;
            }

            bool verb = HasPossibleVerb(context, s, out int words);
            if (verb && beforeVerbless && before is { } b && b.LineIndex == s.LineIndex && OpensWithFiniteVerb(context, s))
            {
                findings.Add(context.Flag(Rule, new TextSpan(b.Span.Start, context.Tokens[s.FirstToken].End), "A full stop separates the subject from its verb"));
                continue;
            }

            // The fragment before a cut: verbless even when its -s forms are read as plural nouns ("the flights").
            if ((verb && HasPossibleVerb(context, s, out words, pluralNouns: true)) || words < CutSubjectMinWords || !EnglishProse(context, s, out bool fewCapitals))
                continue;
            if (bibliographyLine != s.LineIndex)
            {
                bibliographyLine = s.LineIndex; // once a line: a long line of short sentences stays linear
                bibliography = IsBibliography(context.LineText(s.LineIndex));
            }

            if (bibliography)
                continue;
            previousVerbless = true;
            if (!verb && words >= MinWords && fewCapitals)
                findings.Add(context.Flag(Rule, s.Span, "No verb in this sentence"));
        }
    }

    /// <summary>Fewest words of a purpose clause standing alone that is flagged.</summary>
    public const int PurposeFragmentMinWords = 6;

    /// <summary>
    /// A sentence that is only a purpose clause: "In order to" or "So as to", a base verb, and no other word that can
    /// be a verb ("… wants to collect 2,000 signatures by Easter. In order to force a local referendum on the pool."):
    /// the full stop of a source that splits long sentences into segments, or of MT that ends one at the clause
    /// boundary. "In order to force a vote, the group collected signatures." has its main verb and stays clean.
    /// </summary>
    private static bool IsPurposeFragment(AnalysisContext context, Sentence s)
    {
        int t = s.FirstToken;
        if (s.EndToken - t < PurposeFragmentMinWords + 1 || context.Tokens[t].Kind != TokenKind.Word)
            return false;
        var first = context.WordSpan(t);
        bool opens = (first.Equals("In", StringComparison.Ordinal) && context.WordSpan(t + 1).SequenceEqual("order"))
                     || (first.Equals("So", StringComparison.Ordinal) && context.WordSpan(t + 1).SequenceEqual("as"));
        if (!opens || context.Tokens[t + 1].Kind != TokenKind.Word || !context.WordSpan(t + 2).SequenceEqual("to")
            || context.Tokens[t + 3].Kind != TokenKind.Word || !TextFacts.IsLowerWord(context.WordSpan(t + 3))
            || !EnglishLexicon.Verbs.IsBase(context.Word(t + 3)))
            return false;
        return !HasPossibleVerb(context, t + 4, s.EndToken, out int rest, pluralNouns: true) && rest + 4 >= PurposeFragmentMinWords && EnglishProse(context, s, out _);
    }

    /// <summary>A verbless sentence this short is a subject cut off from its verb only when the next sentence opens with that verb.</summary>
    private const int CutSubjectMinWords = 4;

    /// <summary>
    /// The sentence opens with a capitalised past or third-person form that cannot be a noun ("Stopped at",
    /// "Remained in"; not "Plans for"), followed by a lower-case word, and has no comma: "Founded in 1890, the line …"
    /// is a participle clause with its own subject after the comma.
    /// </summary>
    private static bool OpensWithFiniteVerb(AnalysisContext context, Sentence s)
    {
        int t = s.FirstToken;
        if (t + 1 >= s.EndToken || context.Tokens[t].Kind != TokenKind.Word || context.Tokens[t + 1].Kind != TokenKind.Word
            || !char.IsUpper(context.CharAt(t)) || !TextFacts.IsLowerWord(context.WordSpan(t + 1)))
            return false;
        var w = context.Word(t).ToLowerInvariant();
        if (!TextFacts.IsLowerWord(w) || w.EndsWith("ing", StringComparison.Ordinal) || EnglishLexicon.Verbs.BaseOf(w) is not { } b || b == w)
            return false;
        if (EnglishLexicon.Pos(w).Contains('n'))
            return false;
        for (int k = t + 1; k < s.EndToken; k++)
        {
            if (context.IsPunct(k, ','))
                return false;
        }

        return true;
    }

    /// <summary>Reference lists: their entries are titles, which have no verb ("Effectiveness of influenza vaccination in …").</summary>
    private static bool IsBibliography(ReadOnlySpan<char> line) =>
        line.Contains("et al", StringComparison.Ordinal) || line.Contains("PubMed", StringComparison.Ordinal) || line.Contains("PMID", StringComparison.Ordinal)
        || line.Contains("doi", StringComparison.Ordinal) || line.Contains("Google Scholar", StringComparison.Ordinal) || line.Contains("ISBN", StringComparison.Ordinal);

    /// <summary>
    /// Running English text: at most half of the words capitalised after the first (reference lists and name piles
    /// are not), no all-capital keywords or code ("FROM python:3.7 COPY"), and four lower-case words in five English
    /// words. <paramref name="fewCapitals"/>: at most a third capitalised, counting the first, as a long verbless
    /// sentence must have; a subject cut off from its verb is short and often names a place or two.
    /// </summary>
    private static bool EnglishProse(AnalysisContext context, Sentence s, out bool fewCapitals)
    {
        fewCapitals = false;
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

        fewCapitals = capitals * 3 <= words;
        return (capitals - 1) * 2 <= words - 1 && english * 5 >= lower * 4;
    }

    /// <summary>
    /// Any word that can be a verb here: an auxiliary, modal or contraction, a past or third-person form, or a base
    /// form that no determiner, possessive, adjective or preposition makes a noun ("an official visit", "the last").
    /// Generous on purpose: the rule wants sentences with no verb reading at all.
    /// </summary>
    private static bool HasPossibleVerb(AnalysisContext context, Sentence s, out int words, bool pluralNouns = false) =>
        HasPossibleVerb(context, s.FirstToken, s.EndToken, out words, pluralNouns);

    private static bool HasPossibleVerb(AnalysisContext context, int firstToken, int endToken, out int words, bool pluralNouns = false)
    {
        var verbs = EnglishLexicon.Verbs;
        words = 0;
        string? previous = null;
        string? beforePrevious = null;
        for (int t = firstToken; t < endToken; t++)
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
                if (verbs.BaseOf(w) is { } b && b != w && !w.EndsWith("ing", StringComparison.Ordinal)
                    && !(pluralNouns && w.EndsWith('s') && NounBefore(previous)))
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
    /// A determiner, adjective or noun before an -s form makes it a plural noun ("the flights", "night trains"):
    /// the stricter reading used for the fragment before a sentence that opens with its verb.
    /// </summary>
    private static bool NounBefore(string? previous)
    {
        if (previous is null || PluralPronouns.Contains(previous))
            return false;
        if (WordLists.IsFunctionWord(previous))
            return Nominal(previous);
        var pos = EnglishLexicon.Pos(previous.ToLowerInvariant());
        return (pos.Contains('n') || pos.Contains('a')) && !pos.Contains('v');
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
