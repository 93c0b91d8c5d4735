using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: an article before the possessive of a place name ("a Russia's veto", "the France's
/// decision", "the Jeju's tangerines"), LanguageTool-style, for gazetteer countries, capitals, cities, regions and
/// continents (and places the gazetteer or the article names with a designator: "Jeju City", "Giresun Province"), and
/// "a"/"an" before the possessive of any name the article also writes bare ("a Lesnik's club record" beside "Lesnik
/// play away"). Names that take "the" (the United States, the Netherlands, the Punjab), institutions with "the" (the
/// Kremlin's, the Pope's), brand possessives ("a McDonald's") and dictionary words ("a Master's degree") are exempt.
/// Why it matters: languages with possessive articles (Italian "un veto della Russia") and MT that renders a
/// genitive with an article come out with a determiner English forbids before a proper-noun possessive.
/// </summary>
public sealed class DeterminerPossessiveRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DeterminerPossessive,
        "determiner-possessive-name",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "Article before the possessive of a proper name",
        "\"a\", \"an\" or \"the\" directly before a place name in the possessive, or \"a\"/\"an\" before the possessive of a name the article writes bare elsewhere.",
        "English does not put an article before a proper-noun possessive; MT from Romance languages does.",
        [
            RuleExample.Flagged("In March, [|a France's|] proposal was rejected."),
            RuleExample.Flagged("Officials criticised [|the Germany's|] position on trade."),
            RuleExample.Flagged("Prices in Giresun fell, and [|a Giresun's|] producer cannot cover costs."),
            RuleExample.Flagged("Prices rose. This year [|the Jeju's|] tangerines coloured late."),
            RuleExample.Flagged("Ruslan Gainullin scored for Tarnik. Ivanov has 21 goals, [|a Tarnik's|] club record."),
            RuleExample.Clean("In March, France's proposal was rejected."),
            RuleExample.Clean("They discussed the United States' position and the Netherlands' offer."),
            RuleExample.Clean("He ate at a McDonald's near the station and bought a McDonald's burger."),
            RuleExample.Clean("According to the UK's official classification, the rate fell."),
            RuleExample.Clean("Kremlin aides met. The Kremlin's line, the Pope's visit, the Times's report and the Beatles' songs were discussed."),
            RuleExample.Clean("She holds a Master's degree, sent a Valentine's card and met a Parkinson's patient."),
            RuleExample.Clean("The Punjab's farmers and the Yukon's miners met in Punjab; the North's abandonment of Reconstruction followed."),
            RuleExample.Clean("Boeing shares fell. Investigators read a Boeing's cockpit recorder, and a buyer paid $100 million for a Picasso's portrait by Picasso."),
            RuleExample.Clean("Smith spoke first. The Smith's house, a Christie's auction and a Sotheby's sale followed."),
        ])
    {
        Sources = "gazetteer.tsv; LanguageTool English grammar rules (DT + NNP POS) as the model for the pattern; names with \"the\" after the Guardian and Observer style guide (\"the\")",
    };

    private static readonly HashSet<string> PlaceTypes = new(StringComparer.Ordinal) { "country", "capital", "city", "region", "continent" };

    /// <summary>Designators that follow a place name in a gazetteer entry or an article ("Jeju City", "Giresun Province").</summary>
    private static readonly HashSet<string> PlaceDesignators = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "province", "county", "district", "region", "oblast", "krai", "prefecture", "governorate", "voivodeship",
        "municipality", "state", "island",
    };

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        foreach (var s in context.ContentSentences)
        {
            for (int t = s.FirstToken; t + 1 < s.EndToken; t++)
            {
                if (context.Tokens[t].Kind != TokenKind.Word)
                    continue;
                var det = context.WordSpan(t);
                bool indefinite = det.Equals("a", StringComparison.OrdinalIgnoreCase) || det.Equals("an", StringComparison.OrdinalIgnoreCase);
                if (!indefinite && !det.Equals("the", StringComparison.OrdinalIgnoreCase))
                    continue;
                int n = t + 1;
                if (context.Tokens[n].Kind != TokenKind.Word || context.Tokens[n].Start != context.Tokens[t].End + 1)
                    continue;
                var nameSpan = context.WordSpan(n);
                int apostrophe = nameSpan.IndexOfAny('\'', '’');
                if (apostrophe <= 1 || !nameSpan.EndsWith("s", StringComparison.Ordinal) || apostrophe != nameSpan.Length - 2
                    || !char.IsUpper(nameSpan[0]) || TextFacts.IsAllCaps(nameSpan[..apostrophe]))
                    continue;
                var name = context.Word(n);
                var bare = name[..apostrophe];
                bool place = IsPlace(context, bare);
                if (indefinite ? !(place || NameOfTheArticle(context, bare, n, s.EndToken)) : !place || TakesThe(bare))
                    continue;
                findings.Add(context.Flag(Rule, t, n, $"No article before \"{name}\""));
            }
        }
    }

    /// <summary>
    /// A gazetteer country, capital, city, region or continent, or the first word of a two-word gazetteer place whose
    /// second word is a designator ("Jeju" of "Jeju City"), or a name the article itself writes before a designator
    /// ("Giresun Province").
    /// </summary>
    private static bool IsPlace(AnalysisContext context, string bare)
    {
        var gazetteer = EnglishLexicon.Gazetteer;
        if (gazetteer.TypesOf(bare).Any(PlaceTypes.Contains))
            return true;
        Span<char> lower = stackalloc char[bare.Length];
        bare.AsSpan().ToLowerInvariant(lower);
        if (gazetteer.StartingWith((ReadOnlySpan<char>)lower) is { } entries)
        {
            foreach (var (words, surface, type) in entries)
            {
                if (words.Length == 2 && PlaceDesignators.Contains(words[1]) && PlaceTypes.Contains(type) && surface.StartsWith(bare, StringComparison.Ordinal))
                    return true;
            }
        }

        return context.Shared(c => new ArticleNames(c)).Designated.Contains(bare);
    }

    /// <summary>
    /// "a"/"an" before the possessive of a name the article also writes bare, without the possessive ending, and
    /// followed by a lower-case word ("a Lesnik's club record" where the page names "Lesnik" elsewhere): the name of a
    /// team, firm or place, which English puts in the possessive without an article. Brand possessives ("a McDonald's
    /// restaurant", "a Christie's auction") are written with their "'s" in every use, and dictionary words ("a
    /// Master's degree", "a Valentine's card", "a Parkinson's patient") and names the dictionary knows (brands and
    /// makers used as countable nouns: "a Boeing's cockpit", "a Picasso's portrait") are left alone.
    /// </summary>
    private static bool NameOfTheArticle(AnalysisContext context, string bare, int n, int end)
    {
        if (n + 1 >= end || context.Tokens[n + 1].Kind != TokenKind.Word || !TextFacts.IsLowerWord(context.WordSpan(n + 1)))
            return false;
        var lower = context.Word(n).ToLowerInvariant();
        if (EnglishLexicon.IsWord(lower) || EnglishLexicon.IsWord(lower[..^2]) || EnglishLexicon.CaseForm(lower) is not null || EnglishLexicon.CaseForm(lower[..^2]) is not null)
            return false;
        return context.Shared(c => new ArticleNames(c)).Bare.Contains(bare);
    }

    /// <summary>The article's capitalised words written without a possessive ending, and those written before a place designator; built once per article.</summary>
    private sealed class ArticleNames
    {
        public ArticleNames(AnalysisContext c)
        {
            for (int t = 0; t < c.Tokens.Count; t++)
            {
                if (c.Tokens[t].Kind != TokenKind.Word || !c.IsContent(c.Tokens[t].LineIndex))
                    continue;
                var w = c.WordSpan(t);
                if (!TextFacts.IsTitleWord(w) || w.IndexOfAny('\'', '’') >= 0)
                    continue;
                if (t + 1 < c.Tokens.Count && c.Tokens[t + 1].Start == c.Tokens[t].End && c.Text[c.Tokens[t].End] is '\'' or '’')
                    continue;
                Bare.Add(c.Word(t));
                if (t + 1 < c.Tokens.Count && c.Tokens[t + 1].Kind == TokenKind.Word && c.Tokens[t + 1].Start == c.Tokens[t].End + 1
                    && TextFacts.IsTitleWord(c.WordSpan(t + 1)) && PlaceDesignators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(c.WordSpan(t + 1)))
                    Designated.Add(c.Word(t));
            }
        }

        public HashSet<string> Bare { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Designated { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// Place names English writes with "the" (a plural name, or one of the singular names style guides list with the
    /// article: the Gambia, the Hague, the Punjab, the Yukon, the Donbas…).
    /// </summary>
    private static bool TakesThe(string name) =>
        name.EndsWith('s') || name is "Gambia" or "Congo" or "Vatican" or "Hague" or "Bronx" or "Crimea" or "Caribbean" or "Sahara"
            or "Punjab" or "Yukon" or "Algarve" or "Ruhr" or "Saar" or "Negev" or "Sinai" or "Donbas" or "Levant" or "Sahel"
            or "Maghreb" or "Riviera" or "Midwest" or "Deccan" or "Kuban" or "Arctic" or "Antarctic" or "Balkans" or "Gulf"
            or "North" or "South" or "East" or "West" or "Northeast" or "Northwest" or "Southeast" or "Southwest" or "Midlands";
}
