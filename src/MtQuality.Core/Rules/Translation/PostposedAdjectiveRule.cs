using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: a relational or classifying adjective placed after its noun, Romance order kept in English:
/// "a ceasefire immediate and unconditional", "the crisis economic of the country", "the aid humanitarian to
/// Gaza". The adjective is one English never postposes (economic, political, humanitarian, nuclear, bilateral,
/// immediate, unconditional …: Quirk et al. §7.21 ff. list the postposed adjectives, and these are not among
/// them) and is not also a noun; the word before it is a plain noun after a determiner; a function word or
/// punctuation follows, so "the government economic team" (a noun adjunct) stays clean.
/// Why it matters: noun + adjective is the order of French, Spanish, Italian and Portuguese; MT that keeps it
/// produces phrases no English writer would.
/// </summary>
public sealed class PostposedAdjectiveRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PostposedAdjective,
        "postposed-adjective",
        RuleCategory.Translation,
        "word-order",
        Severity.Warning,
        "Adjective after its noun",
        "Determiner + noun + a relational or classifying adjective English always places before the noun (economic, political, humanitarian, immediate …), then a function word or punctuation.",
        "\"A ceasefire immediate\", \"the crisis economic\" keep Romance noun-adjective order; English puts these adjectives first.",
        [
            RuleExample.Flagged("The council called for [|a ceasefire immediate|] and the release of the hostages."),
            RuleExample.Flagged("Experts discussed [|the crisis economic|] of the country with the minister."),
            RuleExample.Flagged("Trucks carried [|the aid humanitarian|] to the border on Monday."),
            RuleExample.Clean("The council called for an immediate ceasefire and the release of the hostages."),
            RuleExample.Clean("The government economic team met the secretary general, and the attorney general spoke to the public."),
            RuleExample.Clean("The talks were political, the aid was humanitarian and the crisis economic in nature, analysts said."),
        ])
    {
        Sources = "pos.tsv (WordNet 3.1) for nouns and adjectives; the adjectives English does not postpose: Quirk et al., A Comprehensive Grammar of the English Language (1985) §7.21–7.23 (postposition is limited to a closed set and to adjectives with complements)",
    };

    /// <summary>Relational and classifying adjectives that English places before the noun (none is also a common noun).</summary>
    private static readonly HashSet<string> PrenominalOnly = new(StringComparer.Ordinal)
    {
        "economic", "political", "diplomatic", "humanitarian", "judicial", "legislative", "fiscal", "monetary", "nuclear",
        "regional", "territorial", "electoral", "constitutional", "parliamentary", "presidential", "governmental",
        "ministerial", "municipal", "institutional", "strategic", "geopolitical", "environmental", "industrial",
        "agricultural", "bilateral", "multilateral", "unilateral", "immediate", "unconditional", "definitive",
        "budgetary", "sanitary", "migratory", "socioeconomic",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "every", "each",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken + 2; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word || !PrenominalOnly.Contains(context.Word(t)))
                    continue;
                int n = t - 1;
                int d = t - 2;
                if (!context.WordPair(d) || !context.WordPair(n) || !Determiners.Contains(context.Word(d)))
                    continue;
                var noun = context.Word(n);
                if (!TextFacts.IsLowerWord(noun) || !IsPlainNoun(noun))
                    continue;
                // A function word or punctuation next: the adjective ends the noun phrase ("… immediate and …").
                if (t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Word && !WordLists.IsFunctionWord(context.WordSpan(t + 1)))
                    continue;
                // "… was humanitarian and the crisis economic in nature": a gapped copula, the adjective is a predicate.
                if (t + 2 < s.EndToken && context.WordSpan(t + 1) is "in" && context.WordSpan(t + 2) is "nature" or "character" or "origin" or "scope")
                    continue;
                findings.Add(context.Flag(Rule, d, t, $"\"{noun} {context.Word(t)}\": English puts \"{context.Word(t)}\" before the noun"));
            }
        }
    }

    /// <summary>
    /// A noun that is not also an adjective or adverb ("general", "elect" and "present" are excluded this way); a
    /// dictionary word WordNet lacks ("ceasefire") or a plural counts when it has no adjective, adverb or verb shape.
    /// </summary>
    private static bool IsPlainNoun(string word)
    {
        var pos = EnglishLexicon.Pos(word);
        if (pos.Length > 0)
            return pos.Contains('n') && !pos.Contains('a') && !pos.Contains('r');
        if (word.EndsWith('s') && EnglishLexicon.Pos(word[..^1]) is { Length: > 0 } singular)
            return singular.Contains('n') && !singular.Contains('a');
        return EnglishLexicon.IsWord(word) && EnglishLexicon.Verbs.BaseOf(word) is null
               && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("al", StringComparison.Ordinal) && !word.EndsWith("ic", StringComparison.Ordinal);
    }
}
