using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: a line that repeats an earlier line of the same page (same fingerprint: case, digits and
/// punctuation ignored), such as a title printed twice or a menu repeated in the footer.
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

    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var fp = page.Features[lineIndex].Fingerprint;
        if (fp.Length == 0 || page.Features[lineIndex].Words < 2)
            return null;
        int first = page.FirstWithFingerprint(lineIndex);
        return first < lineIndex ? new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (line {first + 1})") : null;
    }
}
