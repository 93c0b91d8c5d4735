using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Headings of related-article and read-more blocks ("Related Posts", "You may also like", "Read more").
/// Why it matters: Everything under such a heading belongs to other articles; keeping it mixes stories.
/// </summary>
public sealed class RelatedLinksRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.RelatedLinks,
        "related-links",
        RuleCategory.Boilerplate,
        "related-link",
        Severity.Info,
        "Related-articles or read-more block",
        "Headings of related-article and read-more blocks (\"Related Posts\", \"You may also like\", \"Read more\").",
        "Everything under such a heading belongs to other articles; keeping it mixes stories.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|You may also like|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Articles liés|]")),
            RuleExample.Clean(ExamplePages.Page("", "Readers may also like to know that the museum will stay open late on Fridays throughout the summer.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: related-links, read-more)",
    };

    public RelatedLinksRule()
        : base("related-links", "read-more")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
