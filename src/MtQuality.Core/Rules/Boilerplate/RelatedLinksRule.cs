using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Headings of related-article and read-more blocks ("Related Posts", "You may also like", "Read more").
/// Also the teaser headline right under such a heading (a line without terminal punctuation), which sites insert
/// inside the story body as an inline "Related" box.
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
            RuleExample.Flagged(ExamplePages.Page("", "[|Related Stories|]\n[|City Council Votes to Extend the Night Bus Network|]\n" + ExamplePages.Prose2)),
            RuleExample.Flagged(ExamplePages.Page("", "[|Read also: Night buses will run every ten minutes on the busiest routes from the first of March|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|İlginizi çekebilir: Gece otobüsleri her on dakikada bir çalışacak|]")),
            RuleExample.Clean(ExamplePages.Page("", "City Council Votes to Extend the Night Bus Network\n" + ExamplePages.Prose2)),
            RuleExample.Clean(ExamplePages.Page("", "Read also the council's reply: night buses will run every ten minutes on the busiest routes from March.")),
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

    /// <summary>Word limits of a teaser headline: long enough to be a title, short enough not to be prose.</summary>
    public const int MinHeadlineWords = 3;

    public const int MaxHeadlineWords = 25;

    public override LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        if (base.Evaluate(page, lineIndex) is { } own)
            return own;
        var f = page.Features[lineIndex];
        // A labelled teaser on one line, which no phrase matches whole: "Read also: Prices climb as the cold sets in"
        // (a label the phrase list knows only as a whole line, or a line too long for a phrase match).
        if (f.Words >= MinHeadlineWords && f.Words <= MaxHeadlineWords + MaxLabelWords && !f.EndsWithTerminal
            && LabelBeforeColon(page.LineText(lineIndex)) is { } label)
            return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (\"{label}:\" and a teaser headline)");
        // Only after the story has begun: a section heading at the top of the page ("More news") is followed by
        // the page's own headline.
        if (f.Words < MinHeadlineWords || f.Words > MaxHeadlineWords || f.EndsWithTerminal
            || page.MainStart < 0 || lineIndex <= page.MainStart || page.TitleLine == lineIndex)
            return null;
        int prev = lineIndex - 1;
        while (prev >= 0 && page.Features[prev].Chars == 0)
            prev--;
        if (prev < 0 || page.Features[prev].Words > MaxHeadingWords)
            return null;
        return base.Evaluate(page, prev) is { Strength: EvidenceStrength.Definite }
            ? new LineEvidence(EvidenceStrength.Definite, "Teaser headline under a related-links heading")
            : null;
    }

    /// <summary>A related-links heading is a few words ("Related", "More stories"), not a sentence that contains one.</summary>
    public const int MaxHeadingWords = 4;
}
