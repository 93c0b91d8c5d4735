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
/// Also a cardinal above one before a singular count noun that ends its phrase ("removed 300 barrier on the
/// road", "two bridge were closed"): the number is in digits (not a year, not a decimal) or spelled out (two to
/// twelve, the tens), stands after a verb, a preposition or the start of the clause (not after a noun or "a":
/// "Article 5", "a 3 bedroom"), and the noun is followed by punctuation, a preposition, a conjunction or a verb,
/// not by another noun or "old" ("a 20 kilometre road", "5 year old"); measure words that English leaves singular
/// after a number ("two dozen", "50 head of cattle", "six foot tall", "10 million", "5 percent") are left alone; a
/// magnitude word joins the number ("40 million rupee,").
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
        "A singular determiner (a, an, this, every, another) before a regular plural noun, these/those before a singular count noun, or a number above one before a singular count noun that ends its phrase.",
        "\"this problems\", \"these problem\", \"300 barrier\" are MT guesses at number from languages that do not mark it on the noun after a numeral (Chinese, Japanese, Korean, Turkish, Persian; Arabic counts 11 and up with a singular noun); edited English does not print them.",
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
            RuleExample.Flagged("Crews removed [|300 barrier|] on the coast road, and [|two hospital|] were closed."),
            RuleExample.Clean("Of the 30 staff, 12 work from home, and two bridge the gap; the two meet on Monday."),
            RuleExample.Flagged("The firm sold [|12,500 ticket|] in the first week."),
            RuleExample.Flagged("The project, at a cost of [|40 million rupee|], will shorten the journey by seven minutes."),
            RuleExample.Clean("The project, at a cost of 40 million rupees, is a 40 million dollar plan; 2 million head of cattle and 3 million people moved."),
            RuleExample.Clean("A kilogram of tomatoes costs 7,000 dong, a bowl of noodles 30 baht and a ticket 5,000 rupiah."),
            RuleExample.Flagged("The pupils of the [|two school|] will learn in one building, and [|many kind|] of vegetable is scarce in [|several village|]."),
            RuleExample.Clean("The pupils of the two schools will learn in the two school buildings; many kinds of vegetable, these kind of things, the 5 year old, several hundred and many a time."),
            RuleExample.Clean("Crews built a 20 kilometre road in 2019; the 5 year old girl is six foot tall and sold two dozen eggs."),
            RuleExample.Clean("Prices rose 5 percent; 10 million people voted under Article 5 and Rule 12 of the charter, and a 3 bedroom flat costs more."),
            RuleExample.Clean("The farm keeps 50 head of cattle; she won 2.5 point in the test at 5 pm, and 3-year bonds fell."),
            RuleExample.Clean("The fund pays for some 4,000 hospital and nursing beds in towns of 5,000 population, and 5-10-15 fertilizer."),
        ])
    {
        Sources = "pos.tsv (WordNet 3.1 lemmas and parts of speech) and english-words.tsv (SCOWL inflected forms); LanguageTool's determiner-noun agreement rules (e.g. THIS_NNS, THESE_NN) as the model; number + singular noun: Swan & Smith, Learner English (2nd ed., Cambridge University Press 2001), the Chinese, Japanese, Korean and Arabic chapters on plural marking after numerals",
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
                if (NumberBeforeSingular(context, s, t) is { } ns)
                {
                    findings.Add(context.Flag(Rule, ns.Number, ns.Noun,
                        $"\"{context.Text[context.Tokens[ns.Number].Start..context.Tokens[ns.Noun].End]}\": a number above one before a singular noun (the plural \"{context.Word(ns.Noun)}s\" or similar is needed)"));
                    t = ns.Noun;
                    continue;
                }

                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                bool singular = Singular.Contains(context.Word(t));
                bool quantifier = !singular && Quantifiers.Contains(context.Word(t));
                if (!singular && !quantifier && !Plural.Contains(context.Word(t)))
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
                // "many kind of vegetable": a plural quantifier before a singular noun of kind ("these kind of" is informal English, left alone).
                bool kindOf = quantifier && KindNouns.Contains(word) && n + 1 < s.EndToken && context.Tokens[n + 1].Kind == TokenKind.Word && context.WordSpan(n + 1) is "of";
                // Either number can modify a following noun ("a systems engineer", "these cancer patients").
                // "several river and harbor bills": a coordinated modifier, whose noun comes later.
                bool coordinated = quantifier && n + 1 < s.EndToken && context.Tokens[n + 1].Kind == TokenKind.Word && context.WordSpan(n + 1) is "and" or "or";
                bool agree = coordinated || (!kindOf && ((singular ? !IsRegularPlural(word) : !IsSingularCountNoun(word)) || StartsCompound(context, n + 1, s.EndToken)));
                if (agree)
                    continue;
                findings.Add(context.Flag(Rule, t, n, singular
                    ? $"\"{context.Word(t)} {word}\": a singular determiner before a plural noun"
                    : $"\"{context.Word(t)} {word}\": a plural determiner before a singular noun"));
            }
        }
    }

    /// <summary>Auxiliaries that follow a plural subject ("the two school will learn"): the noun before them is the subject, not a verb.</summary>
    private static readonly HashSet<string> AuxiliariesAfterSubject = new(StringComparer.Ordinal)
    {
        "will", "would", "can", "could", "must", "should", "may", "might", "are", "were", "have", "had", "do", "did",
    };

    /// <summary>Quantifiers that take a plural count noun as "these" does ("many problems", "several villages"; Quirk et al. §5.23).</summary>
    /// <remarks>"Numerous" and "various" also mean "large" and "varied" before a singular ("a numerous army", "various
    /// circulation" in older English), so they are not on the list.</remarks>
    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase) { "many", "several", "multiple" };

    /// <summary>Nouns of kind that a plural quantifier puts in the plural before "of" ("many kinds of", not "many kind of").</summary>
    private static readonly HashSet<string> KindNouns = new(StringComparer.Ordinal) { "kind", "type", "sort", "variety", "form", "category" };

    /// <summary>Spelled-out cardinals above one that take a plural noun.</summary>
    private static readonly HashSet<string> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };

    /// <summary>Measure and number nouns English leaves singular after a number ("two dozen", "50 head", "six foot tall").</summary>
    private static readonly HashSet<string> SingularMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        "dozen", "score", "hundred", "thousand", "million", "billion", "trillion", "head", "foot", "stone", "pound", "percent",
        "cent", "sail", "brace", "yoke", "gross", "grand", "fold", "odd", "hour", "o'clock", "point", "time", "ton", "tonne",
        // Zero plurals and collective nouns: "two aircraft", "400 people", "5 yen".
        "people", "police", "staff", "personnel", "crew", "folk", "offspring", "youth", "clergy", "militia", "infantry",
        "cavalry", "artillery", "cattle", "livestock", "poultry", "aircraft", "spacecraft", "hovercraft", "craft", "sheep",
        "deer", "fish", "salmon", "trout", "cod", "moose", "elk", "bison", "buffalo", "swine", "yen", "yuan", "baht",
        "rand", "won", "euro", "horsepower", "population",
        // Currencies English leaves invariable after a number (their English names in ISO 4217 and the issuing banks' usage): "7,000 dong".
        "dong", "kip", "riel", "kyat", "renminbi", "rupiah", "naira", "tenge", "som", "lari", "manat", "afghani", "lek", "loti", "vatu", "tala", "pa'anga", "ngultrum",
    };

    /// <summary>Function words after which a numeral counts something (prepositions and coordinators).</summary>
    private static readonly HashSet<string> CountingFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "on", "in", "at", "for", "with", "by", "from", "to", "over", "under", "about", "around", "nearly", "almost",
        "against", "and", "or", "but", "including", "than", "some",
    };

    /// <summary>Words after a number that begin a further modifier of it ("5 year old", "20 mile long").</summary>
    private static readonly HashSet<string> MeasureAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "old", "long", "wide", "high", "tall", "deep", "thick", "strong", "plus", "odd", "or",
    };

    /// <summary>
    /// "300 barrier on", "two bridge were": a cardinal above one, after a verb, preposition or clause start, before a
    /// singular count noun that ends its phrase. The number and noun tokens, or null.
    /// </summary>
    private static (int Number, int Noun)? NumberBeforeSingular(AnalysisContext c, Sentence s, int t)
    {
        var tok = c.Tokens[t];
        if (tok.Kind == TokenKind.Number)
        {
            var digits = c.WordSpan(t);
            if (digits.IndexOfAny('.', '-', '–') >= 0)
                return null; // a decimal, a range or a code ("2.5", "5-10-15")
            long value = 0;
            foreach (var ch in digits)
            {
                if (ch == ',')
                    continue;
                value = Math.Min(value * 10 + (ch - '0'), 1_000_000_000);
            }

            // A year ("in 2019 census") names, it does not count.
            if (value < 2 || (digits.Length == 4 && value is >= 1000 and <= 2100))
                return null;
        }
        else if (tok.Kind != TokenKind.Word || !Cardinals.Contains(c.Word(t)))
        {
            return null;
        }

        int n = t + 1;
        if (n >= s.EndToken || c.Tokens[n].Kind != TokenKind.Word || c.Tokens[n].Start != tok.End + 1 || c.Text[tok.End] != ' ')
            return null;
        var noun = c.Word(n);
        // "62 million shekel": a magnitude word belongs to the number, and the noun after it counts as after a cardinal.
        if (noun is "hundred" or "thousand" or "million" or "billion" or "trillion" && n + 1 < s.EndToken && c.Tokens[n + 1].Kind == TokenKind.Word
            && c.Tokens[n + 1].Start == c.Tokens[n].End + 1 && c.Text[c.Tokens[n].End] == ' ')
            noun = c.Word(++n);
        if (!TextFacts.IsLowerWord(noun) || SingularMeasures.Contains(noun))
            return null;
        // A noun with a verb reading ("attack", "work") may be the verb of a numeral subject ("of 30 staff, 12 work
        // from home"): it counts only after a verb or a preposition, where the numeral cannot be the subject.
        bool nounOnly = IsSingularCountNoun(noun);
        if (!nounOnly && !IsCountNounWithVerbReading(noun))
            return null;
        // A hyphenated or possessive noun, or a code ("3 km/h"), is not a bare noun.
        int after = c.Tokens[n].End;
        if (after < c.Text.Length && c.Text[after] is '\'' or '’' or '-' or '_' or '/')
            return null;

        // Before the number: the clause start, punctuation, or a verb or preposition, not a noun or article
        // ("Article 5", "a 3 bedroom", "top 10", "$5 bill").
        int b = t - 1;
        if (b < s.FirstToken && !nounOnly)
            return null;
        if (b >= s.FirstToken)
        {
            if (c.Tokens[b].Kind == TokenKind.Punct && !nounOnly)
                return null;
            if (c.Tokens[b].Kind == TokenKind.Punct)
            {
                if (c.CharAt(b) is not (',' or ';' or ':' or '(' or '"' or '“' or '—' or '–'))
                    return null;
            }
            else if (c.Tokens[b].Kind != TokenKind.Word)
            {
                return null;
            }
            else
            {
                var before = c.Word(b).ToLowerInvariant();
                // "the two school will": after "the" a spelled-out cardinal counts its noun when an auxiliary follows the noun,
                // which makes it the subject (a figure after "the" names: "the 5 year old", "the 1990 census"; "the five year,
                // $24.7 billion programme" is a modifier).
                bool theCounts = before == "the" && tok.Kind == TokenKind.Word
                                 && n + 1 < s.EndToken && c.Tokens[n + 1].Kind == TokenKind.Word && AuxiliariesAfterSubject.Contains(c.Word(n + 1));
                if (!theCounts && before is "a" or "an" or "the" or "no" or "number" or "each" or "every" or "per" or "top" or "than")
                    return null;
                bool function = WordLists.IsFunctionWord(before);
                // A verb that is not also a noun ("removed", "sold"; not "port 273").
                bool verb = !function && (EnglishLexicon.Verbs.IsInflected(before) || EnglishLexicon.Verbs.IsBase(before)) && !EnglishLexicon.Pos(before).Contains('n');
                if (!char.IsLower(c.Word(b)[0]) || (function ? !(CountingFunctionWords.Contains(before) || theCounts) : !verb)
                    || (!nounOnly && !verb && !theCounts && !Prepositions.Contains(before)))
                    return null;
            }
        }

        // After the noun: the end of the phrase. Another noun or a measure adjective makes the number a modifier.
        int next = n + 1;
        if (next < s.EndToken)
        {
            if (c.Tokens[next].Kind == TokenKind.Number)
                return null;
            if (c.Tokens[next].Kind == TokenKind.Word)
            {
                var w = c.Word(next).ToLowerInvariant();
                // "103,000 hospital and nursing beds": a coordinated modifier, whose noun comes later.
                if (MeasureAdjectives.Contains(w) || w is "and" or "&" || !EnglishLexicon.IsWord(w))
                    return null;
                // A plural or -s form after the noun makes it a modifier ("two communication companies", "5 lemon trees").
                if (!WordLists.IsFunctionWord(w) && w.EndsWith('s'))
                    return null;
                if (!WordLists.IsFunctionWord(w))
                {
                    var pos = EnglishLexicon.Pos(w);
                    bool verbForm = EnglishLexicon.Verbs.IsInflected(w) && !pos.Contains('n');
                    if (!verbForm)
                        return null;
                }
            }
            else if (c.CharAt(next) is not ('.' or ',' or ';' or ':' or ')' or '!' or '?'))
            {
                return null;
            }
        }

        return (t, n);
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "on", "in", "at", "for", "with", "by", "from", "to", "over", "under", "about", "around", "nearly", "almost", "some", "against",
    };

    /// <summary>A noun-and-verb lemma ("attack", "bridge") not ending in s whose regular plural is an English word.</summary>
    private static bool IsCountNounWithVerbReading(string word)
    {
        if (word.Length < 3 || word[^1] == 's' || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))
            return false;
        var pos = EnglishLexicon.Pos(word);
        if (pos.Length == 0 || pos.AsSpan().IndexOfAnyExcept("nv") >= 0 || !pos.Contains('n') || !pos.Contains('v'))
            return false;
        return HasRegularPlural(word);
    }

    /// <summary>The regular plural of <paramref name="word"/> ("-ies" after a consonant and y, "-es" after x, z, ch, sh, else "-s") is an English word.</summary>
    private static bool HasRegularPlural(string word)
    {
        if (word[^1] == 'y' && word.Length > 3 && !"aeiou".Contains(word[^2]))
            return EnglishLexicon.IsWord(word[..^1] + "ies");
        if (word[^1] is 'x' or 'z' || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
            return EnglishLexicon.IsWord(word + "es");
        return EnglishLexicon.IsWord(word + "s");
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
        return HasRegularPlural(word);
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
        return pos.Length == 0 && IsPluralOfNounSense(w);
    }

    /// <summary>
    /// An -s plural (four letters or more) of a word with a noun sense: "survivors" (survivor), "countries" (country),
    /// "boxes" (box). The word itself may have senses of its own; callers decide whether that matters.
    /// </summary>
    public static bool IsPluralOfNounSense(string w)
    {
        if (w.Length < 4 || w[^1] != 's')
            return false;
        return EnglishLexicon.Pos(w[..^1]).Contains('n')
            || (w.EndsWith("ies", StringComparison.Ordinal) && EnglishLexicon.Pos(w[..^3] + "y").Contains('n'))
            || (w.EndsWith("es", StringComparison.Ordinal) && EnglishLexicon.Pos(w[..^2]).Contains('n'));
    }
}
