using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// Closed word classes and small clause-shape tests shared by the word-order rules that look at where the subject,
/// the finite verb and the object stand. The classes are English closed categories (Huddleston &amp; Pullum,
/// The Cambridge Grammar of the English Language, 2002, ch. 5–7; Quirk et al., A Comprehensive Grammar of the
/// English Language, 1985, §18.21–18.24 on subject–operator inversion); open-class words come from pos.tsv and
/// verb-forms.tsv (WordNet 3.1).
/// </summary>
internal static class WordOrderFacts
{
    /// <summary>Nominative personal pronouns: a subject and nothing else.</summary>
    public static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "you", "he", "she", "it", "they",
    };

    /// <summary>Central determiners that open a noun phrase (articles, demonstratives, possessives).</summary>
    public static readonly HashSet<string> NounPhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    };

    /// <summary>
    /// Openers after which English itself inverts subject and operator (Quirk et al. §18.24; CGEL ch. 6 §7,
    /// negative and restrictive fronted elements; "so/such" + degree; the literary "thus/well/long/often";
    /// comparative "as/than"), and interrogatives, which make the clause a question. Any of them in the fronted
    /// element leaves the inversion alone.
    /// </summary>
    public static readonly HashSet<string> InvertingOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "not", "never", "nor", "neither", "none", "nothing", "nowhere", "only", "little", "few", "rarely", "seldom",
        "hardly", "scarcely", "barely", "so", "such", "thus", "hence", "well", "long", "often", "much", "many", "less",
        "least", "as", "than", "here", "there", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "whether", "whatever", "wherever", "however", "if", "though", "although", "even", "too", "likewise", "equally",
        "also", "just", "rather", "better", "more", "most",
        // focusing subjuncts, restrictive and particularising (Quirk et al. §8.116–8.118): "By this alone can …"
        "alone", "especially", "particularly", "chiefly", "mainly", "mostly", "merely", "solely", "simply", "purely",
        "exclusively", "principally", "primarily", "specifically", "notably", "precisely", "exactly",
    };

    /// <summary>
    /// Operators that a verb-second source moves before the subject: modals and perfect have. Not "do": do-support
    /// is English's own device and comes with English's own inversions ("Especially do I recommend …"), which MT of
    /// a verb-second clause does not produce.
    /// </summary>
    public static readonly HashSet<string> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "can", "could", "shall", "should", "may", "might", "must", "has", "have", "had",
    };

    /// <summary>Words that open a quantity before a number ("about 40", "nearly 300").</summary>
    public static readonly HashSet<string> Approximators = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "almost", "nearly", "roughly", "approximately", "some", "over", "more", "less", "fewer", "up",
    };

    public static bool IsWord(AnalysisContext c, int t) => c.Tokens[t].Kind == TokenKind.Word;

    /// <summary>Tokens a and a + 1 one space apart (no punctuation between).</summary>
    public static bool Spaced(AnalysisContext c, int a) =>
        a + 1 < c.Tokens.Count && c.Tokens[a].End + 1 == c.Tokens[a + 1].Start;

    /// <summary>A lower-case base verb form (or "be"/"have"), not an -ing form.</summary>
    public static bool IsBaseVerb(string w)
    {
        if (w.Length < 2 || !char.IsLower(w[0]) || w.EndsWith("ing", StringComparison.Ordinal))
            return false;
        if (w is "be" or "have" or "do")
            return true;
        return EnglishLexicon.Verbs.IsBase(w) && EnglishLexicon.Pos(w).Contains('v');
    }

    /// <summary>A lower-case word that WordNet has as a verb and as nothing else ("remain", "collect" is not).</summary>
    public static bool IsVerbOnly(string w)
    {
        if (w.Length < 2 || !char.IsLower(w[0]))
            return false;
        var pos = EnglishLexicon.Pos(w);
        if (pos.Length > 0)
            return pos == "v";
        var lemma = EnglishLexicon.Verbs.BaseOf(w);
        return lemma is not null && EnglishLexicon.Pos(lemma) == "v" && !w.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>A number token, or a spelled or approximate quantity that opens one ("about 40", "nearly 300").</summary>
    public static bool OpensQuantity(AnalysisContext c, int t, int end) =>
        PhrasePattern.IsNumber(c, t)
        || (IsWord(c, t) && Approximators.Contains(c.Word(t)) && t + 1 < end && PhrasePattern.IsNumber(c, t + 1))
        || (IsWord(c, t) && c.Word(t) is "more" or "less" or "fewer" && t + 2 < end && c.WordSpan(t + 1) is "than" && PhrasePattern.IsNumber(c, t + 2));

    /// <summary>The first word token of the sentence, past opening quotes and brackets; -1 when there is none.</summary>
    public static int FirstWord(AnalysisContext c, Sentence s)
    {
        for (int t = s.FirstToken; t < s.EndToken && t < s.FirstToken + 3; t++)
        {
            if (IsWord(c, t))
                return t;
        }

        return -1;
    }
}
