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

    /// <summary>A related-links line followed by at least this share of the page's prose is inline, not the page's end.</summary>
    public const double MinProseAfterInlineLink = 0.4;

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
        "Lines after the first comment-form, share, related-articles, navigation or site-notice line that follows most of the page's prose (a related-articles line with 40% of the prose still to come, or a link with its headline followed by a paragraph of prose, is inline, not the end).",
        "Comment threads, author boxes, related teasers and newsletter prompts after the story read like prose; their position after an end-of-article marker gives them away.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "Related posts\n\n[|Mayor unveils plan for a new bridge over the river, which the council says will cut traffic in half by the end of the decade.|]\n\n[|Police appeal for witnesses|]")),
            RuleExample.Clean("Related posts\n\n" + ExamplePages.Prose + "\n\n" + ExamplePages.Prose2),
            RuleExample.Clean(ExamplePages.Page("", "Share this:")),
            RuleExample.Clean(ExamplePages.Page("", "Read also: Mayor unveils plan for a new bridge\n\n" +
                "Construction of the two final stations will begin in March, and the operator plans to run a train every six minutes at peak hours.\n\n" +
                "Critics say the ticket prices announced last week are too high for the families who live along the route and depend on public transport.")),
            RuleExample.Clean(ExamplePages.Page("", ExamplePages.Prose + "\n\nRead: Mayor unveils plan for a new bridge over the river\n\n" +
                "Construction of the two final stations will begin in March, and the operator plans to run a train every six minutes at peak hours.")),
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

    /// <summary>
    /// A related link that carries its headline ("Read: Two storms are worse than one", more words than a heading)
    /// and is followed by a paragraph of prose is one link set between paragraphs, whatever share of the story
    /// is left: a related block starts with a heading, and its teasers are headlines. One subheading of the story may
    /// stand between the link and that paragraph.
    /// </summary>
    private static bool IsInlineLink(PageContext page, int i)
    {
        if (page.Features[i].Words <= RelatedLinksRule.MaxHeadingWords && UnspacedLetters(page.LineText(i)) < UnspacedHeadlineLetters)
            return false;
        var headingSkipped = false;
        for (int j = i + 1; j < page.LineCount; j++)
        {
            if (page.Classes[j] == LineClass.Blank)
                continue;
            // A paragraph, or a sentence of prose that ends with its stop ("The mayor asked the growers to submit their
            // claims by 31 October."): a teaser headline has no final stop.
            if (page.Classes[j] == LineClass.Good || (page.Classes[j] == LineClass.NearGood && page.Features[j].EndsWithTerminal))
                return true;
            // The story's next subheading may come between the link and the paragraph ("How to find your slot").
            if (headingSkipped || page.Classes[j] != LineClass.Short || page.Features[j].EndsWithTerminal)
                return false;
            headingSkipped = true;
        }

        return false;
    }

    /// <summary>Letters of a script written without spaces that make a link line carry a headline ("関連記事：…移行へ").</summary>
    public const int UnspacedHeadlineLetters = 8;

    /// <summary>
    /// Letters of the scripts written without spaces between words, where a word count says nothing of length: CJK
    /// ideographs and kana (U+3040–U+30FF, U+3400–U+4DBF, U+4E00–U+9FFF), Thai, Lao, Myanmar and Khmer (Unicode 15.1, ch. 16, 18).
    /// </summary>
    private static int UnspacedLetters(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
                or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF'))
                n++;
        }

        return n;
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
                if (m.Evaluate(page, i) is not { Strength: EvidenceStrength.Definite })
                    continue;
                // A "Read also: …" link set inside the story (news sites put them between paragraphs) is followed by
                // much of the story's prose; it is furniture itself, not the end of the article.
                if (m is RelatedLinksRule && (total - seen >= MinProseAfterInlineLink * total || IsInlineLink(page, i)))
                    continue;
                return i;
            }
        }

        return -1;
    }
}
