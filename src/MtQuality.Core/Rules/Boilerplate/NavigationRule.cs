using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Menu, breadcrumb, pagination, search, login, tag and language-switch labels ("Skip to content", "Next article", "Tags:").
/// Why it matters: Navigation is site structure, not text, and its short lines break sentence statistics.
/// </summary>
public sealed class NavigationRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.Navigation,
        "navigation",
        RuleCategory.Boilerplate,
        "navigation",
        Severity.Info,
        "Navigation, menu or page-structure label",
        "Menu, breadcrumb, pagination, search, login, tag and language-switch labels (\"Skip to content\", \"Next article\", \"Tags:\").",
        "Navigation is site structure, not text, and its short lines break sentence statistics.",
        [
            RuleExample.Flagged(ExamplePages.Page("[|Skip to content|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Previous article|]")),
            RuleExample.Clean(ExamplePages.Page("", "The previous article in this series looked at how the council pays for new roads and bridges.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: navigation, breadcrumb, pagination, search-widget, login, language-switch, tags, print-email)",
    };

    public NavigationRule()
        : base("navigation", "breadcrumb", "pagination", "search-widget", "login", "language-switch", "tags", "print-email")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
