using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Cookie banners, copyright footers and plugin or theme error messages ("We use cookies", "All rights reserved"),
/// also a cookie banner written as one long sentence or two that opens with a cookie-notice phrase
/// ("This website uses cookies to improve your experience. We'll assume …") or, outside the story, holds a
/// consent clause ("By using this site, you agree to our use of cookies …").
/// Why it matters: Notices are the same on every page of a site and say nothing about the story.
/// </summary>
public sealed class SiteNoticeRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SiteNotice,
        "site-notice",
        RuleCategory.Boilerplate,
        "site-notice",
        Severity.Info,
        "Cookie, copyright or plugin notice",
        "Cookie banners, copyright footers and plugin or theme error messages (\"We use cookies\", \"All rights reserved\").",
        "Notices are the same on every page of a site and say nothing about the story.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|All rights reserved|]")),
            RuleExample.Flagged(ExamplePages.Page("[|We use cookies to improve your experience|]")),
            RuleExample.Flagged("[|This site uses cookies to give you a better experience. By continuing to browse the site, you agree to our use of cookies and our privacy policy.|]\n\n" + ExamplePages.Prose + "\n\n" + ExamplePages.Prose2),
            RuleExample.Flagged(ExamplePages.Page("", "[|By using this website you agree to our use of cookies as described in our cookie policy, which you can change at any time.|]")),
            RuleExample.Clean(ExamplePages.Page("", "Under the new rules, visitors must agree to the use of cookies before a site may track them, the regulator said on Tuesday.")),
            RuleExample.Clean(ExamplePages.Page("", "The regulator said that many websites which use cookies to follow their visitors still do not ask for consent, and that it would fine the worst offenders this year.")),
            RuleExample.Clean(ExamplePages.Page("", "The court ruled that the company had broken copyright law when it copied the maps without asking.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: cookie-notice, copyright, plugin-error)",
    };

    /// <summary>Most words of a cookie banner sentence that opens with a cookie-notice phrase.</summary>
    public const int MaxBannerWords = ReaderPromptRule.MaxWords;

    /// <summary>Fewest words of that opening phrase ("we use cookies", "this website uses cookies").</summary>
    public const int MinBannerPrefixWords = 3;

    private static readonly FurnitureLexicon.KindSet CookiePrefixes = FurnitureLexicon.Instance.For(["cookie-notice"], FurnitureLexicon.MatchKind.Prefix);
    private static readonly FurnitureLexicon.KindSet CookieClauses = FurnitureLexicon.Instance.For(["cookie-notice"], FurnitureLexicon.MatchKind.Contains);

    public SiteNoticeRule()
        : base("cookie-notice", "copyright", "plugin-error")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        if (base.Evaluate(page, lineIndex) is { } phrase)
            return phrase;
        var f = page.Features[lineIndex];
        if (f.Words <= MaxWords || f.Words > MaxBannerWords)
            return null;
        // A banner sentence: the phrase opens the line (a paragraph quoting it opens with other words) and is
        // specific (three words or more; "Cookie Policy" alone is a label, not a sentence opener).
        if (CookiePrefixes.Match(f.Normalized) is { Match: FurnitureLexicon.MatchKind.Prefix } hit && WordCount(hit.Pattern) >= MinBannerPrefixWords)
            return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (\"{hit.Pattern}\", {hit.Lang})");
        // A consent clause inside the sentence ("By using this site, you agree to our use of cookies …") is definite
        // when the sentence speaks to the reader ("you", "your"); otherwise it is likely evidence only, so prose
        // reporting on consent rules ("users must agree to the use of cookies, the regulator said") stays in the story.
        if (CookieClauses.Match(f.Normalized) is { } clause && WordCount(clause.Pattern) >= MinBannerPrefixWords)
            return new LineEvidence(AddressesReader(f.Normalized) ? EvidenceStrength.Definite : EvidenceStrength.Likely, $"{Rule.Message} (\"{clause.Pattern}\", {clause.Lang})");
        return null;
    }

    private static bool AddressesReader(string normalized)
    {
        foreach (var range in LineFeatureExtractor.WordRanges(normalized))
        {
            if (normalized.AsSpan()[range] is "you" or "your")
                return true;
        }

        return false;
    }

    private static int WordCount(string s)
    {
        int n = 0;
        foreach (var _ in LineFeatureExtractor.WordRanges(s))
            n++;
        return n;
    }
}
