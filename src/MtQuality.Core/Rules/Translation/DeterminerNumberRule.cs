using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a determiner whose number disagrees with the noun right after it: a singular determiner ("a",
/// "an", "this", "every", "another") before a regular plural ("this problems", "every countries"), or a plural one
/// ("these", "those") before a singular count noun ("these problem"). Only unambiguous cases count: the noun is a
/// noun and nothing else in WordNet (no verb, adjective or adverb reading, so "this shows", "those present" stay
/// clean), the plural is a regular inflection of a WordNet noun lemma and not itself a lemma ("this news", "a
/// series" stay clean), the singular has a regular plural in the word list (so zero and foreign plurals such as
/// "data", "media", "personnel" stay clean), and a plural determiner's noun is not the first half of a compound
/// ("these cancer patients", "a systems engineer"); -ing nouns are left alone ("those grappling").
/// Why it matters: source languages without articles or number on nouns (Chinese, Japanese, Russian articles)
/// leave MT to guess number; the mismatch is among the commonest fluency errors of MT in MQM annotations and rare in
/// edited English.
/// </summary>
public sealed class DeterminerNumberRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DeterminerNumber,
        "determiner-number-agreement",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "Determiner and noun disagree in number",
        "A singular determiner (a, an, this, every, another) before a regular plural noun, or these/those before a singular count noun.",
        "\"this problems\", \"these problem\" are MT guesses at number from languages that do not mark it; edited English does not print them.",
        [
            RuleExample.Flagged("The ministry said [|this problems|] would be solved by spring."),
            RuleExample.Flagged("Officials visited [|every villages|] in the valley."),
            RuleExample.Flagged("Farmers say [|these problem|] has lasted for years."),
            RuleExample.Clean("The ministry said these problems would be solved by spring."),
            RuleExample.Clean("This shows that the news was wrong; this series of talks means a lot."),
            RuleExample.Clean("These data and those present at the meeting were enough for these cancer patients."),
            RuleExample.Clean("Those who attended said every village had a means of transport."),
            RuleExample.Clean("She hired a systems engineer to write a requirements document for those grappling with it."),
            RuleExample.Clean("Export them to a requirements.txt file, ask on Q&A communities, and keep those diaper necessities close."),
        ])
    {
        Sources = "pos.tsv (WordNet 3.1 lemmas and parts of speech) and english-words.tsv (SCOWL inflected forms); LanguageTool's determiner-noun agreement rules (e.g. THIS_NNS, THESE_NN) as the model",
    };

    private static readonly HashSet<string> Singular = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "this", "every", "another" };

    private static readonly HashSet<string> Plural = new(StringComparer.OrdinalIgnoreCase) { "these", "those" };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                bool singular = Singular.Contains(context.Word(t));
                if (!singular && !Plural.Contains(context.Word(t)))
                    continue;
                int n = t + 1;
                if (context.Tokens[n].Kind != TokenKind.Word || !TextFacts.IsLowerWord(context.WordSpan(n)))
                    continue;
                var word = context.Word(n);
                // A possessive, a hyphenated compound or a file name ("this years'", "these long-term",
                // "a requirements.txt") is not a bare noun; nor is a determiner glued to what precedes it ("Q&A").
                int after = context.Tokens[n].Start + context.Tokens[n].Span.Length;
                if (after < context.Text.Length && (context.Text[after] is '\'' or '’' or '-' or '_' or '/'
                    || (context.Text[after] == '.' && after + 1 < context.Text.Length && char.IsLetterOrDigit(context.Text[after + 1]))))
                    continue;
                int before = context.Tokens[t].Start - 1;
                if (before >= 0 && !char.IsWhiteSpace(context.Text[before]) && !TextFacts.IsAnyQuote(context.Text[before]) && context.Text[before] is not ('(' or '[' or '‘' or '’' or '\''))
                    continue;
                // Either number can modify a following noun ("a systems engineer", "these cancer patients").
                bool agree = (singular ? !IsRegularPlural(word) : !IsSingularCountNoun(word)) || StartsCompound(context, n + 1, s.EndToken);
                if (agree)
                    continue;
                findings.Add(context.Flag(Rule, t, n, singular
                    ? $"\"{context.Word(t)} {word}\": a singular determiner before a plural noun"
                    : $"\"{context.Word(t)} {word}\": a plural determiner before a singular noun"));
            }
        }
    }

    private static bool NounOnly(string pos) => pos.Length > 0 && pos.AsSpan().IndexOfAnyExcept('n') < 0;

    /// <summary>A regular plural ("problems", "countries", "boxes") of a noun-only lemma, and not a lemma itself.</summary>
    public static bool IsRegularPlural(string word)
    {
        if (word.Length < 4 || word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal) || EnglishLexicon.Pos(word).Length > 0)
            return false;
        if (word.EndsWith("ies", StringComparison.Ordinal) && NounOnly(EnglishLexicon.Pos(word[..^3] + "y")))
            return true;
        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && word[^3] is 's' or 'x' or 'z' or 'h' && NounOnly(EnglishLexicon.Pos(word[..^2])))
            return true;
        return NounOnly(EnglishLexicon.Pos(word[..^1]));
    }

    /// <summary>A noun-only lemma not ending in s whose regular plural is an English word ("problem" → "problems").</summary>
    public static bool IsSingularCountNoun(string word)
    {
        if (word.Length < 3 || word[^1] == 's' || word.EndsWith("ing", StringComparison.Ordinal) || !NounOnly(EnglishLexicon.Pos(word)))
            return false;
        if (word[^1] == 'y' && word.Length > 3 && !"aeiou".Contains(word[^2]))
            return EnglishLexicon.IsWord(word[..^1] + "ies");
        if (word[^1] is 'x' or 'z' || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
            return EnglishLexicon.IsWord(word + "es");
        return EnglishLexicon.IsWord(word + "s");
    }

    /// <summary>The next word is a noun or an -s form, so the singular is a modifier ("these cancer patients", "a systems engineer"); -ing nouns are left alone ("those grappling").</summary>
    private static bool StartsCompound(AnalysisContext context, int next, int end)
    {
        if (next >= end || context.Tokens[next].Kind != TokenKind.Word)
            return false;
        var w = context.Word(next).ToLowerInvariant();
        if (WordLists.IsFunctionWord(w))
            return false;
        var pos = EnglishLexicon.Pos(w);
        if (pos.Contains('n') || !EnglishLexicon.IsWord(w))
            return true;
        // An inflected plural noun ("survivors", "sales"), not a verb form ("has", "says").
        if (pos.Length > 0 || w.Length < 4 || w[^1] != 's')
            return false;
        return EnglishLexicon.Pos(w[..^1]).Contains('n')
            || (w.EndsWith("ies", StringComparison.Ordinal) && EnglishLexicon.Pos(w[..^3] + "y").Contains('n'))
            || (w.EndsWith("es", StringComparison.Ordinal) && EnglishLexicon.Pos(w[..^2]).Contains('n'));
    }
}
