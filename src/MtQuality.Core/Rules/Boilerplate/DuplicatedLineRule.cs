using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: a line that repeats an earlier line of the same page (same fingerprint: case, digits and
/// punctuation ignored), such as a title printed twice or a menu repeated in the footer. The copy kept is the
/// first one inside the main block of prose (or, from HTML, inside the article element), else the first one: a
/// headline or teaser repeated in the header must not take the article's own line with it.
/// Why it matters: the second copy is an artefact of the page layout; it double-counts text.
/// </summary>
public sealed class DuplicatedLineRule : ILineRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DuplicatedLine,
        "duplicated-line",
        RuleCategory.Boilerplate,
        "duplicated-title",
        Severity.Info,
        "Line repeats an earlier line of the page",
        "A line whose normalised text already appeared earlier on the page (a title printed twice, a repeated menu).",
        "Page layouts print titles and menus more than once; only the first copy can be part of the article.",
        [
            RuleExample.Flagged("Council opens new rail line after years of delay\n\n[|Council opens new rail line after years of delay|]\n\n" + ExamplePages.Prose),
            RuleExample.Clean("Council opens new rail line after years of delay\n\n" + ExamplePages.Prose + "\n\n" + ExamplePages.Prose2),
        ])
    {
        Sources = "CCNet line normalisation (Wenzek et al. 2020)",
    };

    public RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var fp = page.Features[lineIndex].Fingerprint;
        if (fp.Length == 0 || page.Features[lineIndex].Words < 2)
            return null;
        int first = page.FirstWithFingerprint(lineIndex);
        if (first == lineIndex && !page.Memo(MemoKey, Keepers).ContainsKey(fp))
            return null;
        int keeper = page.Memo(MemoKey, Keepers).GetValueOrDefault(fp, first);
        return keeper != lineIndex ? new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (line {keeper + 1})") : null;
    }

    private static readonly object MemoKey = new();

    /// <summary>Per repeated fingerprint whose first copy lies outside the article, the first copy inside it.</summary>
    private static Dictionary<string, int> Keepers(PageContext page)
    {
        var keepers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < page.LineCount; i++)
        {
            var fp = page.Features[i].Fingerprint;
            if (fp.Length == 0 || keepers.ContainsKey(fp))
                continue;
            int first = page.FirstWithFingerprint(i);
            if (first == i || InArticle(page, first) || !InArticle(page, i))
                continue;
            keepers[fp] = i;
        }

        return keepers;
    }

    private static bool InArticle(PageContext page, int line) => page.InMainBlock(line) || page.IsArticleElementText(line);
}
