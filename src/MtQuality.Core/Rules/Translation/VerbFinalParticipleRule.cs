using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;
using static MtQuality.Core.Rules.Translation.WordOrderFacts;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a perfect whose participle comes after its object and an adverb stands between "have" and the
/// object: "the club has already over 300 members recruited", "the firm had by then two new plants
/// opened". Dutch and German put the participle at the end of the clause ("heeft … verzameld", "hat …
/// gesammelt"), Japanese, Korean and Turkish put every verb last; MT that keeps the order leaves "has" looking like
/// possession and the participle stranded after the object. The adverb slot is what tells the two apart: English
/// "have + object + participle" is causative or resultative ("had his licence revoked", "has the backing
/// needed", "had the roof repaired") and has no adverb between "have" and the object.
/// The object is a determiner, possessive or quantity phrase of at most <see cref="MaxObjectWords"/> words;
/// the participle is regular or irregular, not also a noun, and is followed by the end of the
/// clause or a preposition.
/// Why it matters: the verb the sentence is about arrives last, after the reader has taken "has" for "owns".
/// </summary>
public sealed class VerbFinalParticipleRule : IRule
{
    public const int MaxObjectWords = 6;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.VerbFinalParticiple,
        "verb-final-participle",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Participle after its object (verb-final perfect)",
        "has/have/had + an adverb + a determiner or quantity phrase + a past participle that ends the clause (\"has already over 300 members recruited\").",
        "English puts the participle right after \"have\"; a participle after the object is Dutch, German or verb-final order kept by MT.",
        [
            RuleExample.Flagged("The sailing club [|has already over 300 new members recruited|] in the spring."),
            RuleExample.Flagged("By March the firm [|had by then two new plants opened|] in the north."),
            RuleExample.Clean("The driver had his licence revoked, and the school has the backing needed for the plan."),
            RuleExample.Clean("The sailing club has already recruited over 300 new members in the spring."),
            RuleExample.Clean("The town has now the largest port in the region, and has also a plan approved by the council."),
            RuleExample.Clean("She had already the keys in her hand."),
            RuleExample.Flagged("The city council [|has with 14 to 11 votes decided|] not to renovate the pool."),
            RuleExample.Clean("The city council has, with 14 votes to 11, decided not to renovate the pool; she has with her 20 letters signed by the mayor."),
        ])
    {
        Sources = "the perfect and the causative/resultative have + object + participle: Quirk et al., A Comprehensive Grammar of the English Language (1985) §3.49 ff., §16.52; verb-final and verb-second clause structure: Zwart, The Syntax of Dutch (2011); pos.tsv and verb-forms.tsv (WordNet 3.1)",
    };

    public RuleDescriptor Descriptor => Rule;

    /// <summary>Degree adverbs that premodify a numeral and so belong to the object ("has fully 20,000 staff"; Quirk et al. §7.56).</summary>
    private static readonly HashSet<string> NumberModifiers = new(StringComparer.Ordinal)
    {
        "fully", "nearly", "almost", "roughly", "approximately", "exactly", "precisely", "barely", "just", "only",
        "well", "easily", "fewer", "altogether", "upwards",
    };

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int h = s.FirstToken; h + 3 < s.EndToken; h++)
            {
                if (!IsWord(context, h) || context.WordSpan(h) is not ("has" or "have" or "had") || !Spaced(context, h))
                    continue;
                if (WithPhraseParticiple(context, s, h) is > 0 and var wp)
                {
                    findings.Add(context.Flag(Rule, h, wp,
                        $"\"{context.Word(wp)}\" comes after the \"with\" phrase: English writes \"{context.Word(h)} {context.Word(wp)}\" first, or sets the phrase off with commas"));
                    h = wp;
                    continue;
                }

                int o = AfterAdverbs(context, s, h + 1);
                if (o < 0)
                    continue;
                int end = ParticipleAfterObject(context, s, o);
                if (end < 0)
                    continue;
                findings.Add(context.Flag(Rule, h, end,
                    $"\"{context.Word(end)}\" comes after its object: English writes \"{context.Word(h)} {context.Word(end)}\" + object"));
                h = end;
            }
        }
    }

    /// <summary>Objects of "with" that make "have with" possession ("has with him a letter").</summary>
    private static readonly HashSet<string> WithPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "him", "her", "it", "them", "us", "me", "you", "himself", "herself", "itself", "themselves",
    };

    /// <summary>
    /// "The council has with 14 to 11 votes decided not to …": has/have/had, then a "with" phrase holding a number
    /// (a vote count, a share) and no comma, then a past participle that ends the clause or is followed by "not" or
    /// "to". German puts the participle after every adverbial (hat mit 14 zu 11 Stimmen beschlossen); English sets
    /// such a phrase off with commas or puts it after the verb. The participle's index, else -1.
    /// </summary>
    private static int WithPhraseParticiple(AnalysisContext c, Sentence s, int h)
    {
        int w = h + 1;
        if (w + 2 >= s.EndToken || !IsWord(c, w) || c.WordSpan(w) is not "with" || !Spaced(c, h) || !Spaced(c, w))
            return -1;
        if (IsWord(c, w + 1) && WithPronouns.Contains(c.Word(w + 1)))
            return -1;
        bool number = false;
        for (int k = w + 1; k < s.EndToken && k <= w + MaxObjectWords; k++)
        {
            if (c.Tokens[k].Kind == TokenKind.Number)
            {
                number = true;
                continue;
            }

            if (!IsWord(c, k) || !Spaced(c, k - 1))
                return -1;
            var word = c.Word(k);
            if (k > w + 1 && number && IsStrandedParticiple(word)
                && (EndsClause(c, s, k) || (k + 1 < s.EndToken && IsWord(c, k + 1) && c.Word(k + 1) is "not" or "to")))
                return k;
            if (!TextFacts.IsLowerWord(c.WordSpan(k)))
                return -1;
        }

        return -1;
    }

    /// <summary>One or two adverbs ("already", "meanwhile", "by then", "so far") and then the object's first word, else -1.</summary>
    private static int AfterAdverbs(AnalysisContext c, Sentence s, int k)
    {
        int adverbs = 0;
        while (k < s.EndToken && adverbs < 2 && IsWord(c, k))
        {
            var w = c.Word(k);
            if (w is "by" && k + 1 < s.EndToken && c.WordSpan(k + 1) is "then" or "now")
            {
                k += 2;
                adverbs++;
                continue;
            }

            if (w is "so" && k + 1 < s.EndToken && c.WordSpan(k + 1) is "far")
            {
                k += 2;
                adverbs++;
                continue;
            }

            // An adverb that is not also a verb, adjective or function word: "already", "meanwhile", "recently".
            var pos = EnglishLexicon.Pos(w);
            if (!TextFacts.IsLowerWord(c.WordSpan(k)) || !pos.Contains('r') || pos.AsSpan().IndexOfAny("vadpcox") >= 0 || w is "not" or "never" || NumberModifiers.Contains(w))
                break;
            k++;
            adverbs++;
        }

        return adverbs > 0 && k < s.EndToken && Spaced(c, k - 1) ? k : -1;
    }

    /// <summary>
    /// From the object's first word: a noun phrase opened by a determiner or a quantity, up to
    /// <see cref="MaxObjectWords"/> content words (and "of", "than"), then a participle that ends the clause.
    /// The participle's index, else -1.
    /// </summary>
    private static int ParticipleAfterObject(AnalysisContext c, Sentence s, int o)
    {
        if (!IsWord(c, o) && c.Tokens[o].Kind != TokenKind.Number)
            return -1;
        bool quantity = OpensQuantity(c, o, s.EndToken);
        if (!quantity && !(NounPhraseOpeners.Contains(c.Word(o)) && TextFacts.IsLowerWord(c.WordSpan(o))))
            return -1;
        int words = 0;
        for (int k = o + 1; k < s.EndToken && k <= o + MaxObjectWords + 2; k++)
        {
            if (!Spaced(c, k - 1) && !(c.Tokens[k].Kind == TokenKind.Number || c.Tokens[k - 1].Kind == TokenKind.Number))
                return -1;
            if (c.Tokens[k].Kind == TokenKind.Number)
                continue;
            if (!IsWord(c, k))
                return -1;
            var w = c.Word(k);
            if (words > 0 && IsStrandedParticiple(w) && EndsClause(c, s, k))
                return k;
            if (WordLists.IsFunctionWord(c.WordSpan(k)) && w is not ("of" or "than") && !(quantity && Approximators.Contains(w)))
                return -1;
            words++;
        }

        return -1;
    }

    /// <summary>A lower-case past participle that is not also a noun lemma ("recruited", "collected", "opened", "built").</summary>
    private static bool IsStrandedParticiple(string w)
    {
        if (w.Length < 4 || !char.IsLower(w[0]) || !EnglishLexicon.Verbs.IsPastParticiple(w))
            return false;
        var pos = EnglishLexicon.Pos(w);
        return !pos.Contains('n');
    }

    /// <summary>The end of the clause after the participle: punctuation, the sentence's end, a preposition or a coordinator.</summary>
    private static bool EndsClause(AnalysisContext c, Sentence s, int k)
    {
        if (k + 1 >= s.EndToken || !IsWord(c, k + 1))
            return true;
        if (!Spaced(c, k))
            return true;
        var pos = EnglishLexicon.Pos(c.Word(k + 1).ToLowerInvariant());
        return (pos.Contains('p') || c.Word(k + 1) is "and" or "but" or "or") && c.Word(k + 1) is not ("by" or "to" or "that");
    }
}
