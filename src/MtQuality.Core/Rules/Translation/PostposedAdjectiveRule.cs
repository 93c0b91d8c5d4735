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
/// Also a plural noun heading its phrase followed by two relational adjectives (-al, -ic, -an, -ese, -ish, -ary)
/// joined by "and"/"or" and then a function word or punctuation ("suppliers regional and national to …");
/// qualitative pairs ("people young and old") and a pair before a noun stay clean.
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
            RuleExample.Flagged("The extension covers only [|the beaches urban|]; the others keep their usual season."),
            RuleExample.Clean("The extension covers only the urban beaches; the council rural affairs team and the people cultural leaders met."),
            RuleExample.Clean("The council called for an immediate ceasefire and the release of the hostages."),
            RuleExample.Clean("The government economic team met the secretary general, and the attorney general spoke to the public."),
            RuleExample.Clean("The talks were political, the aid was humanitarian and the crisis economic in nature, analysts said."),
            RuleExample.Flagged("The fair drew [|suppliers regional and national|] to the old hall."),
            RuleExample.Flagged("[|The value new|] of the integration ticket will be the same as the single fare."),
            RuleExample.Clean("The new value of the ticket is the same; there is nothing new of note, and the house, old of style, was sold to a family new to the town."),
            RuleExample.Clean("The fair drew regional and national suppliers, people young and old, and the funds available; in modern times political and commercial interests meet."),
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
        // Relational adjectives of place, sector and domain (Quirk et al. §7.37 on classifying adjectives, attributive only).
        "urban", "rural", "suburban", "metropolitan", "coastal", "provincial", "federal", "communal", "cultural", "educational",
        "commercial", "residential", "financial", "technological", "ecological", "pedagogical", "touristic",
    };

    /// <summary>
    /// Qualitative adjectives that English does not postpose after a determiner + noun (Quirk et al. §7.21: only
    /// "something new", "the people present" and the like); between a noun and its "of" complement they are the
    /// noun-adjective order of Portuguese, Spanish, Italian and French ("o valor novo da", "el precio actual del").
    /// None is also a common noun.
    /// </summary>
    private static readonly HashSet<string> QualitativeBeforeOf = new(StringComparer.Ordinal)
    {
        "new", "current", "previous", "former", "main", "annual", "entire", "actual", "old", "big", "biggest",
        "largest", "highest", "lowest",
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
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                // A qualitative adjective counts only with "of" next: "the value new of the ticket" (o valor novo do).
                bool beforeOf = QualitativeBeforeOf.Contains(context.Word(t)) && context.WordPair(t) && context.WordSpan(t + 1) is "of";
                if (!beforeOf && !PrenominalOnly.Contains(context.Word(t)))
                    continue;
                int n = t - 1;
                int d = t - 2;
                if (!context.WordPair(d) || !context.WordPair(n) || !Determiners.Contains(context.Word(d)))
                    continue;
                var noun = context.Word(n);
                // "that an agricultural …": an article is no noun, whatever WordNet's letter-name entry says.
                if (!TextFacts.IsLowerWord(noun) || WordLists.IsFunctionWord(noun) || !IsPlainNoun(noun))
                    continue;
                // A function word or punctuation next: the adjective ends the noun phrase ("… immediate and …").
                if (t + 1 < s.EndToken && context.Tokens[t + 1].Kind == TokenKind.Word && !WordLists.IsFunctionWord(context.WordSpan(t + 1)))
                    continue;
                // "… was humanitarian and the crisis economic in nature": a gapped copula, the adjective is a predicate.
                if (t + 2 < s.EndToken && context.WordSpan(t + 1) is "in" && context.WordSpan(t + 2) is "nature" or "character" or "origin" or "scope")
                    continue;
                findings.Add(context.Flag(Rule, d, t, $"\"{noun} {context.Word(t)}\": English puts \"{context.Word(t)}\" before the noun"));
            }

            CoordinatedAfterNoun(context, s, findings);
        }
    }

    /// <summary>
    /// A plural noun that opens its noun phrase, then two relational adjectives joined by "and"/"or" and then a
    /// function word or punctuation: "firms regional and national", "farms organic and conventional".
    /// </summary>
    private static void CoordinatedAfterNoun(AnalysisContext context, Sentence s, List<Finding> findings)
    {
        for (int c = s.FirstToken + 2; c + 1 < s.EndToken; c++)
        {
            if (context.Tokens[c].Kind != TokenKind.Word || context.WordSpan(c) is not ("and" or "or"))
                continue;
            int n = c - 2;
            if (!context.WordPair(n) || !context.WordPair(c - 1) || !context.WordPair(c))
                continue;
            var a1 = context.Word(c - 1);
            var a2 = context.Word(c + 1);
            if (!IsRelational(a1) || !IsRelational(a2))
                continue;
            var noun = context.Word(n);
            if (!IsPluralNoun(noun))
                continue;
            // The noun heads its phrase (after a function word, a verb, punctuation or the start), not after an
            // adjective or another noun ("modern times political …", "trade unions local …" are longer phrases).
            if (n > s.FirstToken && context.Tokens[n - 1].Kind == TokenKind.Word && !WordLists.IsFunctionWord(context.WordSpan(n - 1))
                && EnglishLexicon.Pos(context.Word(n - 1).ToLowerInvariant()) is { Length: > 0 } before && !before.Contains('v')
                && !EnglishLexicon.Verbs.IsInflected(context.Word(n - 1)))
                continue;
            // The pair ends the noun phrase: "… local and national over …", not "… local and national rules".
            if (c + 2 < s.EndToken && context.Tokens[c + 2].Kind == TokenKind.Word && !WordLists.IsFunctionWord(context.WordSpan(c + 2)))
                continue;
            findings.Add(context.Flag(Rule, n, c + 1, $"\"{noun} {a1} {context.Word(c)} {a2}\": English puts the adjectives before the noun (\"{a1} {context.Word(c)} {a2} {noun}\")"));
        }
    }

    /// <summary>A lower-case regular plural whose singular WordNet has as a noun and not as an adjective ("companies", "farms").</summary>
    private static bool IsPluralNoun(string w)
    {
        if (w.Length < 4 || w[^1] != 's' || w[^2] == 's' || !TextFacts.IsLowerWord(w) || EnglishLexicon.Pos(w).Length > 0)
            return false;
        var singular = w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y" : w[..^1];
        var pos = EnglishLexicon.Pos(singular);
        if (pos.Length == 0 && w.EndsWith("es", StringComparison.Ordinal))
            pos = EnglishLexicon.Pos(w[..^2]);
        return pos.Contains('n') && !pos.Contains('a');
    }

    /// <summary>
    /// A lower-case relational adjective by its derivational suffix (-al, -ic, -an, -ian, -ese, -ish, -ary:
    /// Quirk et al. App. I.41 ff.; Biber et al. 1999 §7.4 on classifying adjectives), listed as an adjective in WordNet.
    /// Qualitative adjectives ("young", "old", "available", "present") have other shapes and may follow a noun in English.
    /// </summary>
    private static bool IsRelational(string w) =>
        w.Length > 4 && TextFacts.IsLowerWord(w) && EnglishLexicon.Pos(w).Contains('a')
        && (w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) || w.EndsWith("an", StringComparison.Ordinal)
            || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ary", StringComparison.Ordinal));

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
        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && EnglishLexicon.Pos(word[..^2]) is { Length: > 0 } stem)
            return stem.Contains('n') && !stem.Contains('a'); // "beaches", "churches", "boxes"
        return EnglishLexicon.IsWord(word) && EnglishLexicon.Verbs.BaseOf(word) is null
               && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("al", StringComparison.Ordinal) && !word.EndsWith("ic", StringComparison.Ordinal);
    }
}
