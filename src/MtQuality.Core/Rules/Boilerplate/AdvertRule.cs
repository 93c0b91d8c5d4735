using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Advertisement markers and theme placeholders ("Advertisement", "Sponsored", "spot_img").
/// Why it matters: Ad slots and placeholders are not text; a theme placeholder in the text shows the scraper kept page furniture.
/// </summary>
public sealed class AdvertRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.Advert,
        "advert",
        RuleCategory.Boilerplate,
        "advert",
        Severity.Info,
        "Advertisement marker or theme placeholder",
        "Advertisement markers and theme placeholders (\"Advertisement\", \"Sponsored\", \"spot_img\").",
        "Ad slots and placeholders are not text; a theme placeholder in the text shows the scraper kept page furniture.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|Advertisement|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Publicidad|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|إعلان|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|广告|]")),
            RuleExample.Clean(ExamplePages.Page("", "The advertisement campaign, which cost the city two million euros, ran on buses for six months.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: advert, theme-placeholder)",
    };

    public AdvertRule()
        : base("advert", "theme-placeholder")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
