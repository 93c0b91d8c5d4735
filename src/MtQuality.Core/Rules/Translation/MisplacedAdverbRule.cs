using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a lexical verb, then a frequency or focus adverb (also, already, always, often, never, still),
/// then the determiner of its object, all lower case and one space apart: "the talks touched also the question",
/// "the army reached already the border". English puts these adverbs before the main verb ("also touched the
/// question") or after the object; verb + adverb + object is the order of French, Italian, Spanish, Portuguese
/// and German main clauses, carried over word for word by MT. Forms of be, have and do and the modals are left
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
        "Adverb between a verb and its object",
        "A lexical verb directly followed by also, already, always, often, never or still and then a determiner (\"touched also the question\").",
        "English places these adverbs before the main verb; verb + adverb + object is Romance and German word order kept by MT.",
        [
            RuleExample.Flagged("The talks lasted three hours and [|touched also the|] question of the joint fighter jet."),
            RuleExample.Flagged("By Friday the troops [|reached already the|] outskirts of the city."),
            RuleExample.Flagged("The minister [|visits often the|] region to meet local officials."),
            RuleExample.Clean("The talks lasted three hours and also touched the question of the joint fighter jet."),
            RuleExample.Clean("Berlin is also the largest city, and the government has already a plan; it was still the best offer."),
            RuleExample.Clean("For the method, see also the appendix; the clock stood still the whole night."),
            RuleExample.Clean("The new plans also the subject of a vote were published on Monday."),
        ])
    {
        Sources = "verb-forms.tsv and pos.tsv (WordNet 3.1) for verbs; adverb placement: Quirk et al., A Comprehensive Grammar of the English Language (1985) §8.20 ff. (adverbs do not separate a verb from its object)",
    };

    public RuleDescriptor Descriptor => Rule;

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "also", "already", "always", "often", "never", "still" };

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
        var verbs = EnglishLexicon.Verbs;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken + 1; t + 1 < s.EndToken; t++)
            {
                // The adverb first: it is rare, so the verb and determiner lookups run on few tokens.
                if (context.Tokens[t].Kind != TokenKind.Word || !Adverbs.Contains(context.Word(t)))
                    continue;
                int v = t - 1;
                int d = t + 1;
                if (context.Tokens[v].Kind != TokenKind.Word || context.Tokens[d].Kind != TokenKind.Word
                    || context.Tokens[v].End + 1 != context.Tokens[t].Start || context.Tokens[t].End + 1 != context.Tokens[d].Start)
                    continue;
                var verb = context.Word(v);
                if (!TextFacts.IsLowerWord(context.WordSpan(v)) || !Determiners.Contains(context.Word(d)) || Auxiliaries.Contains(verb))
                    continue;
                var lemma = verbs.IsBase(verb) ? verb : verbs.BaseOf(verb);
                if (lemma is null || lemma == "see" || Auxiliaries.Contains(lemma))
                    continue;
                if (context.Word(t) == "still" && PositionVerbs.Contains(lemma))
                    continue;
                if (v > s.FirstToken && context.Tokens[v - 1].Kind == TokenKind.Word && (NounMarkers.Contains(context.Word(v - 1)) || IsAdjective(context.Word(v - 1))))
                    continue;
                var pos = EnglishLexicon.Pos(verb);
                if (pos.Length > 0 && !pos.Contains('v') && !verbs.IsInflected(verb))
                    continue; // listed, but never as a verb
                findings.Add(context.Flag(Rule, v, d, $"\"{context.Word(t)}\" between \"{verb}\" and its object: English puts it before the verb (\"{context.Word(t)} {verb} {context.Word(d)}\")"));
            }
        }
    }
}
