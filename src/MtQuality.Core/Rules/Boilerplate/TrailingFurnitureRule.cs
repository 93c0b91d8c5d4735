using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: every line after the end-of-article marker: the first comment-form, share/follow,
/// related-articles, navigation or site-notice line that comes once at least half of the page's prose
/// (good lines, by characters) has been read.
/// Why it matters: after the story, pages stack comment threads, author boxes, related teasers and
/// newsletter prompts; many are written as full sentences, so only their position after the marker shows
/// they are not the article (the zone NeMo Curator and jusText treat as the page's tail). From HTML, lines the
/// DOM places in the article element are left alone.
/// </summary>
public sealed class TrailingFurnitureRule : ILineRule
{
    /// <summary>Share of the page's good-line characters that must precede a marker for it to end the article.</summary>
    public const double MinProseBefore = 0.5;

    private static readonly ILineRule[] Markers =
        [new CommentFormRule(), new SocialCtaRule(), new RelatedLinksRule(), new NavigationRule(), new SiteNoticeRule()];

    private static readonly object MemoKey = new();

    public static readonly RuleDescriptor Rule = new(
        RuleIds.TrailingFurniture,
        "trailing-furniture",
        RuleCategory.Boilerplate,
        "page-tail",
        Severity.Info,
        "Line after the end of the article",
        "Lines after the first comment-form, share, related-articles, navigation or site-notice line that follows most of the page's prose.",
        "Comment threads, author boxes, related teasers and newsletter prompts after the story read like prose; their position after an end-of-article marker gives them away.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "Related posts\n\n[|Mayor unveils plan for a new bridge over the river, which the council says will cut traffic in half by the end of the decade.|]\n\n[|Police appeal for witnesses|]")),
            RuleExample.Clean("Related posts\n\n" + ExamplePages.Prose + "\n\n" + ExamplePages.Prose2),
            RuleExample.Clean(ExamplePages.Page("", "Share this:")),
        ])
    {
        Sources = "jusText (Pomikálek 2011) context; NeMo Curator's top/bottom-paragraph boilerplate zone; marker phrases from boilerplate-phrases.tsv",
    };

    public RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        int marker = page.Memo(MemoKey, FindMarker);
        if (marker < 0 || lineIndex <= marker || page.IsArticleElementText(lineIndex))
            return null;
        return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (after line {marker + 1})");
    }

    private static int FindMarker(PageContext page)
    {
        long total = 0;
        for (int i = 0; i < page.LineCount; i++)
        {
            if (page.Classes[i] == LineClass.Good)
                total += page.Features[i].Chars;
        }

        if (total == 0)
            return -1;
        long seen = 0;
        for (int i = 0; i < page.LineCount; i++)
        {
            if (page.Classes[i] == LineClass.Good)
                seen += page.Features[i].Chars;
            if (seen < MinProseBefore * total || page.Classes[i] == LineClass.Good)
                continue;
            foreach (var m in Markers)
            {
                if (m.Evaluate(page, i) is { Strength: EvidenceStrength.Definite })
                    return i;
            }
        }

        return -1;
    }
}
