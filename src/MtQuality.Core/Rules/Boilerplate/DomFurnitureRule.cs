using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: lines extracted from HTML whose containers name page furniture (<c>nav</c>, <c>footer</c>,
/// <c>aside</c>, class/id words such as comment, related, share, sidebar, newsletter, cookie, menu) or whose text
/// is mostly link text (link density of .5 and more, jusText's link-density limit is .2 for good paragraphs).
/// Why it matters: the DOM says what a block is when the words do not; menus, comment threads, related-story
/// lists and author boxes written as sentences are found by where they sit and how much of them is links.
/// </summary>
public sealed class DomFurnitureRule : ILineRule
{
    /// <summary>Link density from which a line is taken for navigation (jusText treats &gt; .2 as bad for long text).</summary>
    public const double LinkListDensity = PageContext.ArticleLinkDensityLimit;

    private static readonly HashSet<string> Furniture = new(StringComparer.Ordinal)
    {
        "nav", "menu", "footer", "sidebar", "aside", "widget", "comment", "related", "share", "breadcrumb", "cookie", "newsletter",
        "advert", "promo", "popup", "banner", "tags", "author", "caption", "form", "meta",
    };

    private static readonly BlockStructure None = BlockStructure.None;
    private static readonly BlockStructure Nav = new("li", ["nav"], false, 1);

    public static readonly RuleDescriptor Rule = new(
        RuleIds.DomFurniture,
        "dom-furniture",
        RuleCategory.Boilerplate,
        "dom-furniture",
        Severity.Info,
        "HTML block is page furniture",
        "Lines from HTML inside nav, footer, aside, comment, related, share, sidebar, newsletter or similar containers, or made mostly of links.",
        "Page structure names furniture that reads like prose (comment threads, author boxes, related headlines); link lists are navigation.",
        [
            RuleExample.Flagged(ExamplePages.Page("[|Home|]\n[|World news|]")) with
            {
                Structure = [Nav, Nav, None, None, None],
            },
            RuleExample.Flagged(ExamplePages.Page("", "[|Great article, I have been waiting for this line to open for years and will use it every day.|]")) with
            {
                Structure = [None, None, None, None, new BlockStructure("p", ["comment"], false, 0)],
            },
            RuleExample.Clean(ExamplePages.Page("Council opens new rail line after delays")) with
            {
                Structure = [new BlockStructure("h1", [], true, 0), new BlockStructure("p", [], true, 0.1), None, new BlockStructure("p", [], true, 0)],
            },
        ])
    {
        Sources = "jusText (Pomikálek 2011) link density; container vocabulary after Readability.js's unlikely-candidate class/id patterns",
    };

    public RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        if (page.Article.Structure is not { } structure || lineIndex >= structure.Count)
            return null;
        var b = structure[lineIndex];
        if (b.Nearest is { } word && Furniture.Contains(word))
            return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (inside a {word} block)");
        if (b.LinkDensity >= LinkListDensity && !(b.InArticle && page.Classes[lineIndex] == LineClass.Good))
            return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (link density {b.LinkDensity:0.00})");
        return null;
    }
}
