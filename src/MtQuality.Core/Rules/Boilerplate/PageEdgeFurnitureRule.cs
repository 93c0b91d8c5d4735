using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: short or low-prose lines before or after the main block of prose (jusText's context
/// rule: "short" and "bad" paragraphs away from good ones are boilerplate), unless they look like the title
/// (they share the article's vocabulary) or a dateline.
/// Why it matters: header and footer zones hold site names, menus, widgets and related-article links that no
/// phrase list can enumerate.
/// </summary>
public sealed class PageEdgeFurnitureRule : ILineRule
{
    private static readonly BlockStructure InArticle = new("p", [], true, 0);

    public static readonly RuleDescriptor Rule = new(
        RuleIds.PageEdgeFurniture,
        "page-edge-furniture",
        RuleCategory.Boilerplate,
        "page-edge",
        Severity.Info,
        "Short non-prose line outside the article body",
        "Short lines, or lines with few function words, before the first or after the last paragraph of prose, that are neither the title nor a dateline.",
        "Scraped pages keep header and footer furniture (site names, menus, related headlines) around the article; position and shape give it away.",
        [
            RuleExample.Flagged("[|Riverside Gazette Online|]\n\nCouncil opens new rail line after delays\n\n" + ExamplePages.Prose + "\n\n" + ExamplePages.Prose2 + "\n\n[|Mayor unveils plan for new bridge over the river|]"),
            RuleExample.Clean("Council opens new rail line after delays\n\n" + ExamplePages.Prose + "\n\nWhat happens next\n\n" + ExamplePages.Prose2),
            RuleExample.Clean(ExamplePages.Page("", "Photo: city archive")) with
            {
                Structure = [InArticle, InArticle, InArticle, InArticle, InArticle],
            },
        ])
    {
        Sources = "jusText (Pomikálek 2011): length 70/200 characters, stopword density .30/.32, context smoothing",
    };

    public RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        if (page.InMainBlock(lineIndex) || page.IsArticleElementText(lineIndex))
            return null;
        var c = page.Classes[lineIndex];
        if (c is LineClass.Short or LineClass.Bad)
        {
            string zone = page.BeforeMainBlock(lineIndex) ? "before" : "after";
            return new LineEvidence(EvidenceStrength.Likely, $"{Rule.Message} ({zone} the article body)");
        }

        return null;
    }
}
