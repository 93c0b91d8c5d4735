using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Calls to action of share buttons, follow links, app and newsletter prompts ("Share on Facebook", "Follow us on", "Download our app").
/// Why it matters: Share bars and prompts are flattened into the text by scrapers and are never part of the story.
/// </summary>
public sealed class SocialCtaRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SocialCta,
        "social-cta",
        RuleCategory.Boilerplate,
        "social-cta",
        Severity.Info,
        "Share, follow, app or newsletter prompt",
        "Calls to action of share buttons, follow links, app and newsletter prompts (\"Share on Facebook\", \"Follow us on\", \"Download our app\").",
        "Share bars and prompts are flattened into the text by scrapers and are never part of the story.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|Subscribe to our newsletter|]")),
            RuleExample.Flagged(ExamplePages.Page("[|Share on Facebook|]")),
            RuleExample.Clean(ExamplePages.Page("", "The company said users who follow the new rules will be able to share photos with friends from next week.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: share-cta, follow-cta, app-cta, newsletter-cta)",
    };

    public SocialCtaRule()
        : base("share-cta", "follow-cta", "app-cta", "newsletter-cta")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
