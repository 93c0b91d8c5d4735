using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Cookie banners, copyright footers and plugin or theme error messages ("We use cookies", "All rights reserved").
/// Why it matters: Notices are the same on every page of a site and say nothing about the story.
/// </summary>
public sealed class SiteNoticeRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SiteNotice,
        "site-notice",
        RuleCategory.Boilerplate,
        "site-notice",
        Severity.Info,
        "Cookie, copyright or plugin notice",
        "Cookie banners, copyright footers and plugin or theme error messages (\"We use cookies\", \"All rights reserved\").",
        "Notices are the same on every page of a site and say nothing about the story.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|All rights reserved|]")),
            RuleExample.Flagged(ExamplePages.Page("[|We use cookies to improve your experience|]")),
            RuleExample.Clean(ExamplePages.Page("", "The court ruled that the company had broken copyright law when it copied the maps without asking.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: cookie-notice, copyright, plugin-error)",
    };

    public SiteNoticeRule()
        : base("cookie-notice", "copyright", "plugin-error")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
