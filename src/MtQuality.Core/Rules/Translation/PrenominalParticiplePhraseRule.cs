using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a participle phrase placed between a determiner and its noun with the participle's own
/// complement in front of it: "the by hail damaged growers", "the in 2019 built bridge", "a from the fund financed
/// school". German, Dutch, Hungarian, Finnish, Turkish and the Slavic languages build such extended attributes
/// ("die vom Hochwasser beschädigte Brücke", "the by the flood damaged bridge"); English puts the phrase after the
/// noun ("the growers damaged by hail") and allows before a noun only a bare or adverb-led participle ("the recently
/// built bridge"). The shape is a determiner (an article or its/their/our: demonstratives and his/her double as
/// pronouns, "put this in a file"), right after it a preposition, one to four words of its object (words
/// or figures, no punctuation or clause words), a past participle that is not also a noun nor a participle of naming
/// ("called", "named"), and a lower-case noun or adjective.
/// Left alone: sentence adverbials that English does put there ("the by now familiar routine", "a by no means easy
/// task", "the by then widely accepted view" — the preposition's object is a time or degree word), "above" and
/// "below" ("the above mentioned report"), hyphenated compounds ("the by-election", "the in-laws"), and a
/// participle that is also a noun or adjective only.
/// Why it matters: the reader meets a preposition where the noun phrase should start and has to re-parse the
/// phrase once the participle arrives; edited English never prints it.
/// </summary>
public sealed class PrenominalParticiplePhraseRule : IRule
{
    /// <summary>Most words of the preposition's object before the participle.</summary>
    public const int MaxObjectWords = 4;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.PrenominalParticiplePhrase,
        "prenominal-participle-phrase",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Participle phrase with its complement before the noun",
        "A determiner, then a preposition and its object, then a past participle and the noun (\"the by hail damaged growers\", \"the in 2019 built bridge\").",
        "English puts a participle with a complement after the noun (\"the growers damaged by hail\"); before the noun is the extended attribute of German, Dutch, Hungarian, Finnish, Turkish or Slavic syntax kept by MT.",
        [
            RuleExample.Flagged("[|The by hail damaged|] orchards will get compensation only in spring."),
            RuleExample.Flagged("Traffic on [|the in 2019 built|] bridge has doubled, the council said."),
            RuleExample.Flagged("Pupils moved into [|a from the regional fund financed|] school in the autumn."),
            RuleExample.Clean("The orchards damaged by hail will get compensation; the recently built bridge and the newly opened school are busy."),
            RuleExample.Clean("It was the by now familiar routine, a by no means easy task and the by then widely accepted view of the board."),
            RuleExample.Clean("See the above mentioned report, the by-election result and the in-laws who came from the city."),
            RuleExample.Clean("Put this in a file called data, translate this into our built environment and act on an after advice that called it off."),
            RuleExample.Clean("The at times heated debate, the at first glance simple plan and the at home team's win; a to be confirmed date."),
        ])
    {
        Sources = "extended (prenominal) attributes: Duden, Die Grammatik (9th ed. 2016) on erweiterte Partizipialattribute; Zwart, The Syntax of Dutch (2011); Kenesei et al., Hungarian (Routledge Descriptive Grammars, 1998) on participial modifiers; English premodification by participles: Quirk et al., A Comprehensive Grammar of the English Language (1985) §17.98–17.103; pos.tsv and verb-forms.tsv (WordNet 3.1)",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "our",
    };

    /// <summary>Prepositions that open a participle's complement in an extended attribute.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "from", "in", "with", "for", "at", "on", "since", "during", "under", "after", "before", "through", "into",
    };

    /// <summary>Objects that make the preposition phrase a sentence adverbial English places there ("by now", "by no means", "by then", "by far", "by and large", "at least").</summary>
    private static readonly HashSet<string> AdverbialObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "now", "then", "far", "no", "and", "all", "least", "most", "large", "turns", "contrast", "comparison", "general", "particular",
        "fact", "part", "effect", "short", "any", "some", "itself", "themselves", "way", "times", "first", "last", "once", "length",
        "turn", "time", "principle", "theory", "practice", "sum", "total",
    };

    /// <summary>Determiners that may open the preposition's object ("from the regional fund", "in its first year").</summary>
    private static readonly HashSet<string> ObjectDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "those", "every", "each", "all",
    };

    /// <summary>Participles of naming, which take a name or a predicate after them, not a head noun ("a file called data").</summary>
    private static readonly HashSet<string> NamingParticiples = new(StringComparer.Ordinal)
    {
        "called", "named", "titled", "entitled", "dubbed", "known", "labelled", "labeled", "termed", "nicknamed",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var tokens = context.Tokens;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 3 < s.EndToken; t++)
            {
                if (!context.WordPair(t) || !Determiners.Contains(context.Word(t)) || !Prepositions.Contains(context.Word(t + 1)))
                    continue;
                if (!TextFacts.IsLowerWord(context.Word(t + 1)) || context.Text[tokens[t + 1].End] is '-' or '‐')
                    continue;
                int participle = ParticipleAfterObject(context, s, t + 2);
                if (participle < 0)
                    continue;
                findings.Add(context.Flag(Rule, t, participle, $"\"{context.Word(t)} {context.Word(t + 1)} … {context.Word(participle)}\": the participle's complement stands before it and the noun (extended attribute); English writes the phrase after the noun"));
                t = participle;
            }
        }
    }

    /// <summary>
    /// From the preposition's object at <paramref name="from"/>: one to <see cref="MaxObjectWords"/> words or figures
    /// (no punctuation, the first not an adverbial object), then a past participle that is not a noun, then a lower-case
    /// noun or adjective. The participle's token, or -1.
    /// </summary>
    private static int ParticipleAfterObject(AnalysisContext context, Sentence s, int from)
    {
        var tokens = context.Tokens;
        if (tokens[from].Kind == TokenKind.Word && AdverbialObjects.Contains(context.Word(from)))
            return -1;
        for (int k = from + 1; k <= from + MaxObjectWords && k + 1 < s.EndToken; k++)
        {
            var prev = tokens[k - 1];
            if (prev.Kind is not (TokenKind.Word or TokenKind.Number) || tokens[k].Start != prev.End + 1 || context.Text[prev.End] != ' ')
                return -1;
            if (tokens[k].Kind != TokenKind.Word)
                continue;
            var w = context.Word(k);
            // The object is a noun phrase: determiners and content words, no clause words ("advice that called").
            var last = context.Word(k - 1);
            if (tokens[k - 1].Kind == TokenKind.Word && WordLists.IsFunctionWord(last) && !ObjectDeterminers.Contains(last))
                return -1;
            if (!TextFacts.IsLowerWord(w) || !EnglishLexicon.Verbs.IsPastParticiple(w) || EnglishLexicon.Pos(w).Contains('n') || WordLists.IsFunctionWord(w))
                continue;
            if (NamingParticiples.Contains(w))
                return -1;
            // The head: a lower-case noun or adjective right after the participle, spaced, not a verb form or function word.
            int head = k + 1;
            if (tokens[head].Kind != TokenKind.Word || tokens[head].Start != tokens[k].End + 1 || context.Text[tokens[k].End] != ' ')
                return -1;
            var noun = context.Word(head);
            if (!TextFacts.IsLowerWord(noun) || WordLists.IsFunctionWord(noun))
                return -1;
            var pos = EnglishLexicon.Pos(noun);
            return pos.Contains('n') || pos.Contains('a') || DeterminerNumberRule.IsPluralOfNounSense(noun) ? k : -1;
        }

        return -1;
    }
}
