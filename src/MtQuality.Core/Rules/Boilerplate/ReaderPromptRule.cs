using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: sentences that address the reader about the site rather than the story, wherever they sit:
/// newsletter and subscription prompts, paywall notices, affiliate and advertising disclosures, disclaimers,
/// copyright lines, "follow us" and "support our work" appeals, letters-to-the-editor and comment-policy notes
/// (the <c>reader-prompt</c> phrases of boilerplate-phrases.tsv). Weaker phrases (<c>reader-prompt-weak</c>,
/// such as "never miss" or "click here") count only in a short line that is no sentence of prose, or in one that
/// addresses the reader ("you", "your", "we", "our", "us").
/// Why it matters: sites write this furniture as full sentences and place it inside or right after the story,
/// so length and position cannot tell it from prose; its call-to-action wording can.
/// </summary>
public sealed class ReaderPromptRule : ILineRule
{
    /// <summary>Longer lines are paragraphs of prose that may quote such a phrase.</summary>
    public const int MaxWords = 60;

    /// <summary>Up to this many words a weak phrase counts without the reader being addressed.</summary>
    public const int ShortLine = FurniturePhraseRule.MaxWords;

    private static readonly FurnitureLexicon.KindSet Strong = FurnitureLexicon.Instance.For(["reader-prompt"]);
    private static readonly FurnitureLexicon.KindSet Weak = FurnitureLexicon.Instance.For(["reader-prompt-weak"]);
    private static readonly FurnitureLexicon.KindSet Address = FurnitureLexicon.Instance.For(["reader-address"]);

    public static readonly RuleDescriptor Rule = new(
        RuleIds.ReaderPrompt,
        "reader-prompt",
        RuleCategory.Boilerplate,
        "reader-prompt",
        Severity.Info,
        "Sentence addressing the reader about the site",
        "Newsletter, subscription and paywall prompts, affiliate and advertising disclosures, disclaimers, copyright and comment-policy sentences, inside or outside the article body.",
        "Sites write these prompts as full sentences next to the story, so only their call-to-action wording separates them from the article.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|Sign up for our weekly briefing and get the stories that matter delivered to your inbox every Friday morning.|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|When you buy through links on our site, we may earn an affiliate commission at no cost to you.|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|We rely on your support to keep our reporting free for every reader in the valley.|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Please keep comments civil and on topic; posts that attack other readers will be removed.|]")),
            RuleExample.Clean(ExamplePages.Page("", "Subscribers to the rail pass will pay ten percent less.")),
            RuleExample.Clean(ExamplePages.Page("", "The council will never miss a deadline again, the mayor said, after the audit found that three reports had been filed late.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: reader-prompt, reader-prompt-weak, reader-address): newsletter/paywall plugin defaults, FTC-style affiliate disclosure wording, trafilatura's and Readability's treatment of such blocks as boilerplate",
    };

    public RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var f = page.Features[lineIndex];
        if (f.Words == 0 || f.Words > MaxWords)
            return null;
        bool prose = FurnitureLexicon.IsRunningProse(f);
        var hit = Strong.Match(f.Normalized, prose);
        // A weak phrase counts in a short label or button ("Newsletter", "Subscribe now"), but a sentence of prose that
        // uses it ("Subscribers to the rail pass will pay less.") must address the reader to be a prompt.
        if (hit is null && Weak.Match(f.Normalized, prose) is { } weak && ((f.Words <= ShortLine && !prose) || AddressesReader(f.Normalized)))
            hit = weak;
        return hit is { } h ? new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (\"{h.Pattern}\", {h.Lang})") : null;
    }

    private static bool AddressesReader(string normalized)
    {
        foreach (var range in LineFeatureExtractor.WordRanges(normalized))
        {
            if (Address.Match(normalized[range]) is not null)
                return true;
        }

        return false;
    }
}
