using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Calls to action of share buttons, follow links, app and newsletter prompts ("Share on Facebook", "Follow us on", "Download our app"),
/// and any short line that asks the reader to follow, join or subscribe to the site on a named platform
/// ("Follow our WhatsApp channel for updates", "Join us on Telegram", "Like our page on Facebook").
/// Why it matters: Share bars and prompts are flattened into the text by scrapers and are never part of the story.
/// </summary>
public sealed class SocialCtaRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SocialCta,
        "social-cta",
        RuleCategory.Boilerplate,
        "social-cta",
        Severity.Info,
        "Share, follow, app or newsletter prompt",
        "Calls to action of share buttons, follow links, app and newsletter prompts (\"Share on Facebook\", \"Follow us on\", \"Download our app\"), and short lines asking the reader to follow, join or subscribe to \"us\"/\"our\" account on a named platform.",
        "Share bars and prompts are flattened into the text by scrapers and are never part of the story.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|Subscribe to our newsletter|]")),
            RuleExample.Flagged(ExamplePages.Page("[|Share on Facebook|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Follow our Instagram page for the latest stories|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|For breaking news, join our Telegram group|]")),
            RuleExample.Clean(ExamplePages.Page("", "The company said users who follow the new rules will be able to share photos with friends from next week.")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Share   Facebook   X   Email   Copy link|]")),
            RuleExample.Clean(ExamplePages.Page("", "Facebook, X and Telegram removed the posts.")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Share: Facebook | X | Email | Copy link|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Artikel teilen: Facebook | WhatsApp | E-Mail | Link kopieren|]")),
            RuleExample.Clean(ExamplePages.Page("", "Platforms: Facebook | news feeds | video clips | group chats")),
            RuleExample.Clean(ExamplePages.Page("", "Join our family on a walk along the river.")),
            RuleExample.Clean(ExamplePages.Page("", "Follow the Telegram channels of both armies, he advised.")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: share-cta, follow-cta, app-cta, newsletter-cta); the follow/join pattern: an imperative, the site as \"us\"/\"our\", and the social and messaging platforms news sites link to",
    };

    /// <summary>Most words of a line the follow/join pattern applies to.</summary>
    public const int MaxPatternWords = 14;

    /// <summary>Most words before the imperative ("for the latest news, follow …").</summary>
    public const int MaxLeadWords = 4;

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "follow", "join", "like", "subscribe", "find", "connect", "add" };

    private static readonly HashSet<string> Platforms = new(StringComparer.Ordinal)
    {
        "facebook", "instagram", "twitter", "youtube", "tiktok", "linkedin", "telegram", "whatsapp", "threads", "pinterest",
        "snapchat", "bluesky", "mastodon", "reddit", "flipboard", "viber", "signal", "discord", "newsbreak", "google", "apple",
    };

    public SocialCtaRule()
        : base("share-cta", "follow-cta", "app-cta", "newsletter-cta")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        if (base.Evaluate(page, lineIndex) is { } phrase)
            return phrase;
        var f = page.Features[lineIndex];
        if (f.Words < 3 || f.Words > MaxPatternWords)
            return null;
        if (IsShareRow(f.Normalized))
            return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (a row of share buttons)");
        return IsFollowPrompt(f.Normalized) is { } platform
            ? new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (follow/join on {platform})")
            : null;
    }

    /// <summary>Labels of share buttons besides the platforms: the button words and the channels a page shares to.</summary>
    private static readonly HashSet<string> ShareButtons = new(StringComparer.Ordinal)
    {
        "share", "shares", "x", "email", "e-mail", "mail", "print", "copy", "link", "url", "sms", "messenger", "tweet", "tumblr",
        "vk", "weibo", "wechat", "qq", "line", "kakaotalk", "naver", "xing", "more", "comment", "comments", "save",
    };

    /// <summary>
    /// A line that is only share buttons flattened into text ("Share Facebook X Email Copy link", "Facebook | WhatsApp |
    /// Telegram"): three words or more, every one a platform or a button label, at least one a platform, so that no
    /// sentence about the platforms ("Facebook and X said") qualifies.
    /// </summary>
    internal static bool IsShareRow(string normalized)
    {
        if (IsLabelledShareRow(normalized))
            return true;
        int words = 0;
        bool platform = false;
        foreach (var range in normalized.AsSpan().SplitAny(" |•·/,"))
        {
            var w = normalized.AsSpan()[range];
            if (w.Length == 0)
                continue;
            words++;
            if (Platforms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
                platform = true;
            else if (!ShareButtons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
                return false;
        }

        return words >= 3 && platform;
    }

    /// <summary>Most words of the label before a row of share buttons ("Share", "Artikel teilen", "Compartir en").</summary>
    public const int MaxShareLabelWords = 3;

    /// <summary>
    /// A short label, a colon, then a list of buttons set off by | · • or / ("Share: Facebook | X | Email | Copy link",
    /// "Artikel teilen: Facebook | WhatsApp | E-Mail | Link kopieren"): three items or more, each of one or two
    /// words, at least one a platform and all but one platforms or button labels, so one label in another language
    /// ("Link kopieren") may stand among them; a sentence after a colon is not a list of one- and two-word items
    /// between separators.
    /// </summary>
    private static bool IsLabelledShareRow(string normalized)
    {
        int colon = normalized.IndexOf(':');
        if (colon <= 0 || normalized.AsSpan(0, colon).Count(' ') >= MaxShareLabelWords)
            return false;
        var list = normalized.AsSpan(colon + 1);
        if (list.IndexOfAny("|·•/") < 0)
            return false;
        int items = 0;
        int platforms = 0;
        int buttons = 0;
        foreach (var range in list.SplitAny("|·•/"))
        {
            var item = list[range].Trim();
            if (item.Length == 0)
                return false;
            if (item.Count(' ') > 1)
                return false;
            items++;
            if (Platforms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(item))
                platforms++;
            else if (ShareButtons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(item))
                buttons++;
        }

        return items >= 3 && platforms >= 1 && platforms + buttons >= items - 1;
    }

    /// <summary>
    /// An imperative (follow, join, like, subscribe, find, connect, add) among the first five words, followed within three words by "us" or "our",
    /// and a platform name after it: "follow our whatsapp channel", "for updates, join us on telegram". "google" and
    /// "apple" count only before "news" or "podcasts".
    /// </summary>
    internal static string? IsFollowPrompt(string normalized)
    {
        // Every prompt holds the word "us" or "our", so a line without either substring needs no split into words
        // (most short lines of a page: this runs for every one the phrase list did not match).
        if (!normalized.Contains("us", StringComparison.Ordinal) && !normalized.Contains("our", StringComparison.Ordinal))
            return null;
        var words = normalized.Split((char[])[' ', ',', ':', ';', '!', '.', '(', ')', '|', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries);
        int pronoun = -1;
        // The imperative opens the line or a short leading phrase ("For breaking news, join our …").
        for (int i = 0; i < words.Length && i <= MaxLeadWords && pronoun < 0; i++)
        {
            if (!Verbs.Contains(words[i]))
                continue;
            for (int j = i + 1; j <= i + 3 && j < words.Length; j++)
            {
                if (words[j] is "us" or "our")
                {
                    pronoun = j;
                    break;
                }
            }
        }

        if (pronoun < 0)
            return null;
        for (int i = pronoun + 1; i < words.Length; i++)
        {
            var w = words[i];
            if (!Platforms.Contains(w))
                continue;
            if (w is "google" or "apple" && (i + 1 >= words.Length || words[i + 1] is not ("news" or "podcasts")))
                continue;
            return w;
        }

        return null;
    }
}
