using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: the author box written as prose at the end of the article: a line that opens with a name
/// (one to four capitalised words before the first lower-case word), uses a biography phrase ("is a professor",
/// "is the author of", "has worked as a", the <c>author-bio</c> phrases of boilerplate-phrases.tsv), and comes
/// after most of the page's prose, with at most <see cref="MaxGoodAfter"/> paragraphs of prose after it.
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
            RuleExample.Clean("Dana Okafor is a professor of urban planning and the author of a book on city transport.\n\n" + ExamplePages.Prose + "\n\n" + ExamplePages.Prose2),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kind: author-bio); author-box position after Readability.js's byline/author-bio candidates and trafilatura's author-box discarding",
    };

    public RuleDescriptor Descriptor => Rule;

    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var f = page.Features[lineIndex];
        if (f.Words < 4 || f.Words > MaxWords || !StartsWithName(page.LineText(lineIndex)))
            return null;
        if (Phrases.Match(f.Normalized) is not { } hit)
            return null;
        var (tailStart, goodAfter) = page.Memo(MemoKey, Tail);
        if (lineIndex < tailStart || goodAfter[lineIndex] > MaxGoodAfter)
            return null;
        return new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (\"{hit.Pattern}\")");
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
