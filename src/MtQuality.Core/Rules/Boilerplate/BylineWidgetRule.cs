using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Author boxes, byline widgets and autoblog source credits ("Posted by admin", "Source link").
/// Why it matters: Widget bylines and source credits are template text; real bylines belong to metadata, not to the article body.
/// </summary>
public sealed class BylineWidgetRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.BylineWidget,
        "byline-widget",
        RuleCategory.Boilerplate,
        "byline-widget",
        Severity.Info,
        "Byline widget or source credit",
        "Author boxes, byline widgets and autoblog source credits (\"Posted by admin\", \"Source link\").",
        "Widget bylines and source credits are template text; real bylines belong to metadata, not to the article body.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|Posted by admin|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|About the author|]")),
            RuleExample.Clean(ExamplePages.Page("", "The report was written by a team of twelve researchers over two years and published on Tuesday.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: byline, author-box, source-credit)",
    };

    public BylineWidgetRule()
        : base("byline", "author-box", "source-credit")
    {
    }

    public override RuleDescriptor Descriptor => Rule;
}
