using System.Runtime.CompilerServices;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: the author box written as prose at the end of the article: a line that opens with a name
/// (one to four capitalised words before the first lower-case word), uses a biography phrase ("is a professor",
/// "is the author of", "has worked as a", the <c>author-bio</c> phrases of boilerplate-phrases.tsv), and either
/// comes after most of the page's prose, with at most <see cref="MaxGoodAfter"/> paragraphs of prose after it, or
/// sits in an author box: after an author label or the author's name on its own line, or before follow links.
/// Why it matters: author boxes are sentences, so jusText-style length and stopword evidence keeps them; their
/// shape (name, then a role) and their place at the tail of the story give them away.
/// </summary>
public sealed class AuthorBioRule : ILineRule
{
    public const int MaxWords = 80;
    public const int MaxGoodAfter = 2;

    private static readonly FurnitureLexicon.KindSet Phrases = FurnitureLexicon.Instance.For(["author-bio"]);
    private static readonly object MemoKey = new();

    public static readonly RuleDescriptor Rule = new(
        RuleIds.AuthorBio,
        "author-bio",
        RuleCategory.Boilerplate,
        "author-box",
        Severity.Info,
        "Author biography after the article",
        "A line at the tail of the article that opens with a name and describes a role (\"is a professor at\", \"is the author of\", \"has worked as a\").",
        "Author boxes read like prose; a name followed by a role, after the story's last paragraphs, is the site's furniture, not the article.",
        [
            RuleExample.Flagged(ExamplePages.Page("", "[|Dana Okafor is a professor of urban planning and the author of a book on city transport.|]")),
            RuleExample.Flagged("About the author\n\n[|Dana Okafor is a professor of urban planning and the author of a book on city transport.|]\n\n" + ExamplePages.Prose + "\n\n" + ExamplePages.Prose2),
            RuleExample.Clean("Dana Okafor is a professor of urban planning and the author of a book on city transport.\n\n" + ExamplePages.Prose + "\n\n" + ExamplePages.Prose2),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kind: author-bio); author-box position after Readability.js's byline/author-bio candidates and trafilatura's author-box discarding",
    };

    public RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var f = page.Features[lineIndex];
        if (f.Words < 4 || f.Words > MaxWords || !StartsWithName(page.LineText(lineIndex)))
            return null;
        if (Phrases.Match(f.Normalized) is not { } hit)
            return null;
        var (tailStart, goodAfter) = page.Memo(MemoKey, Tail);
        bool tail = lineIndex >= tailStart && goodAfter[lineIndex] <= MaxGoodAfter;
        if (!tail && !InAuthorBox(page, lineIndex))
            return null;
        return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (\"{hit.Pattern}\")");
    }

    /// <summary>Non-blank lines looked at on each side for the rest of an author box.</summary>
    public const int BoxWindow = 4;

    private static readonly ILineRule AuthorLabel = new BylineWidgetRule();
    private static readonly ILineRule SocialLinks = new SocialCtaRule();

    /// <summary>
    /// The parts of an author box around the biography: an author label ("About the author", "Full bio") or the
    /// author's name on its own short line before it, or follow/share links right after it.
    /// </summary>
    private static bool InAuthorBox(PageContext page, int line)
    {
        var text = page.LineText(line).Trim();
        int space = text.IndexOf(' ');
        var firstWord = space < 0 ? text : text[..space];
        int seen = 0;
        for (int j = line - 1; j >= 0 && seen < BoxWindow; j--)
        {
            var f = page.Features[j];
            if (f.Words == 0)
                continue;
            seen++;
            if (AuthorLabel.Evaluate(page, j) is not null)
                return true;
            var t = page.LineText(j).Trim();
            if (f.Words <= 4 && f.IsTitleCase && t.StartsWith(firstWord, StringComparison.Ordinal) && (t.Length == firstWord.Length || t[firstWord.Length] == ' '))
                return true;
        }

        seen = 0;
        for (int j = line + 1; j < page.LineCount && seen < 2; j++)
        {
            if (page.Features[j].Words == 0)
                continue;
            seen++;
            if (SocialLinks.Evaluate(page, j) is { Strength: EvidenceStrength.Definite })
                return true;
        }

        return false;
    }

    /// <summary>One to four capitalised words, then a lower-case word (a name followed by its verb).</summary>
    private static bool StartsWithName(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int capitalised = 0;
        foreach (var range in LineFeatureExtractor.WordRanges(line))
        {
            var w = line[range];
            if (char.IsUpper(w[0]))
            {
                if (++capitalised > 4)
                    return false;
                continue;
            }

            return capitalised > 0 && char.IsLower(w[0]);
        }

        return false;
    }

    /// <summary>The first line after half the page's prose, and per line the number of good lines after it.</summary>
    private static (int, int[]) Tail(PageContext page)
    {
        var after = new int[page.LineCount];
        long total = 0;
        int count = 0;
        for (int i = page.LineCount - 1; i >= 0; i--)
        {
            after[i] = count;
            if (page.Classes[i] == LineClass.Good)
            {
                count++;
                total += page.Features[i].Chars;
            }
        }

        long seen = 0;
        for (int i = 0; i < page.LineCount; i++)
        {
            if (page.Classes[i] == LineClass.Good)
                seen += page.Features[i].Chars;
            if (seen >= TrailingFurnitureRule.MinProseBefore * total && total > 0)
                return (i + 1, after);
        }

        return (int.MaxValue, after);
    }
}
