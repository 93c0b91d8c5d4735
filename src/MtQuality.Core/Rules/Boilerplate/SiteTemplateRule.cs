using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: a line that occurs on many pages of the same site, learnt from the index (CCNet's
/// line-hash deduplication): at least <see cref="MinOtherPages"/> other pages and
/// <see cref="MinShare"/> of the site's pages carry it.
/// Why it matters: text repeated across a site's pages is its template: menus, footers, disclaimers.
/// </summary>
public sealed class SiteTemplateRule : ILineRule
{
    public const int MinOtherPages = 2;
    public const double MinShare = 0.3;

    public static readonly RuleDescriptor Rule = new(
        RuleIds.SiteTemplate,
        "site-template",
        RuleCategory.Boilerplate,
        "site-template",
        Severity.Info,
        "Line recurs on many pages of this site",
        "Lines that the index has seen on at least 30% of a site's pages (and on at least two other pages).",
        "A line every page of a site repeats is template furniture, whatever its words; learning it per site catches furniture no list names.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|The Daily Planet keeps you informed|]")) with
            {
                CorpusPages =
                [
                    "Storm closes schools across the region on Friday morning, officials say.\n\nThe Daily Planet keeps you informed",
                    "Local bakery wins national prize for its rye bread and sourdough loaves.\n\nThe Daily Planet keeps you informed",
                    "Police appeal for witnesses after a crash on the ring road late on Sunday.\n\nThe Daily Planet keeps you informed",
                ],
            },
            RuleExample.Clean(ExamplePages.Page("", "The Daily Planet keeps you informed")),
        ])
    {
        Sources = "CCNet (Wenzek et al. 2020) line-hash deduplication; 30% threshold after the pipeline report cited in ANCHORS.md",
    };

    public RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var f = page.Features[lineIndex];
        if (f.Fingerprint.Length == 0)
            return null;
        int siteDocs = page.Corpus.SiteDocuments(page.Article.Site);
        if (siteDocs < MinOtherPages + 1)
            return null;
        int count = page.Corpus.SiteLineDocuments(page.Article.Site, f.Fingerprint);
        int others = page.SelfInCorpus ? count - 1 : count;
        int pages = page.SelfInCorpus ? siteDocs - 1 : siteDocs;
        if (others < MinOtherPages || others < MinShare * pages)
            return null;
        // A long sentence repeated on a few pages may be a quoted statement; ask for more pages before calling it template.
        if (page.Classes[lineIndex] == LineClass.Good && others < 5)
            return null;
        return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} ({others} of {pages} other pages)");
    }
}
