using MtQuality.Core.Lexicons;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: an article before the possessive of a place name ("a Russia's veto", "the France's
/// decision"), LanguageTool-style, for gazetteer countries, capitals, cities and continents. Names that take
/// "the" (the United States, the Netherlands) and brand possessives ("a McDonald's") are exempt.
/// Why it matters: languages with possessive articles (Italian "un veto della Russia") come out of MT with a
/// determiner English forbids before a proper-noun possessive.
/// </summary>
public sealed class DeterminerPossessiveRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DeterminerPossessive,
        "determiner-possessive-name",
        RuleCategory.Translation,
        "grammar",
        Severity.Warning,
        "Article before the possessive of a place name",
        "\"a\", \"an\" or \"the\" directly before a place name in the possessive.",
        "English does not put an article before a proper-noun possessive; MT from Romance languages does.",
        [
            RuleExample.Flagged("In March, [|a France's|] proposal was rejected."),
            RuleExample.Flagged("Officials criticised [|the Germany's|] position on trade."),
            RuleExample.Clean("In March, France's proposal was rejected."),
            RuleExample.Clean("They discussed the United States' position and the Netherlands' offer."),
            RuleExample.Clean("He ate at a McDonald's near the station."),
            RuleExample.Clean("According to the UK's official classification, the rate fell."),
        ])
    {
        Sources = "gazetteer.tsv; LanguageTool English grammar rules (DT + NNP POS) as the model for the pattern",
    };

    private static readonly HashSet<string> PlaceTypes = new(StringComparer.Ordinal) { "country", "capital", "city", "continent" };

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
                if (context.Tokens[n].Kind != TokenKind.Word)
                    continue;
                var name = context.Word(n);
                int apostrophe = name.IndexOfAny(['\'', '’']);
                if (apostrophe <= 0 || !name.EndsWith("s", StringComparison.Ordinal) || apostrophe != name.Length - 2)
                    continue;
                var bare = name[..apostrophe];
                if (!char.IsUpper(bare[0]) || !EnglishLexicon.Gazetteer.TypesOf(bare).Any(PlaceTypes.Contains))
                    continue;
                if (!indefinite && (TakesThe(bare) || bare.All(char.IsUpper)))
                    continue;
                findings.Add(context.Flag(Rule, t, n, $"No article before \"{name}\""));
            }
        }
    }

    private static bool TakesThe(string name) =>
        name.EndsWith('s') || name is "Gambia" or "Congo" or "Vatican" or "Hague" or "Bronx" or "Crimea" or "Caribbean" or "Sahara";
}
