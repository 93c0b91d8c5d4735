using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: Menu, breadcrumb, pagination, search, login, tag and language-switch labels ("Skip to content", "Next article", "Tags:").
/// Why it matters: Navigation is site structure, not text, and its short lines break sentence statistics.
/// </summary>
public sealed class NavigationRule : FurniturePhraseRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.Navigation,
        "navigation",
        RuleCategory.Boilerplate,
        "navigation",
        Severity.Info,
        "Navigation, menu or page-structure label",
        "Menu, breadcrumb, pagination, search, login, tag and language-switch labels (\"Skip to content\", \"Next article\", \"Tags:\").",
        "Navigation is site structure, not text, and its short lines break sentence statistics.",
        [
            RuleExample.Flagged(ExamplePages.Page("[|Skip to content|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Previous article|]")),
            RuleExample.Flagged(ExamplePages.Page("[|Markets > Commodities > Grain|]")),
            RuleExample.Clean(ExamplePages.Page("", "The previous article in this series looked at how the council pays for new roads and bridges.")),
            RuleExample.Clean(ExamplePages.Page("", "Salt / Pepper")),
            RuleExample.Clean(ExamplePages.Page("", "Sales > forecast for the third year running")),
        ])
    {
        Sources = "boilerplate-phrases.tsv (kinds: navigation, breadcrumb, pagination, search-widget, login, language-switch, tags, print-email)",
    };

    public NavigationRule()
        : base("navigation", "breadcrumb", "pagination", "search-widget", "login", "language-switch", "tags", "print-email")
    {
    }

    public override RuleDescriptor Descriptor => Rule;

    /// <summary>Longest section name in a breadcrumb trail, in words (the last step may be the page's own title).</summary>
    public const int MaxStepWords = 4;

    public override LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var hit = base.Evaluate(page, lineIndex);
        if (hit is not null)
            return hit;
        var f = page.Features[lineIndex];
        if (f.Words < 2 || f.Words > MaxWords || f.EndsWithTerminal)
            return null;
        return IsBreadcrumb(page.LineText(lineIndex))
            ? new LineEvidence(EvidenceStrength.Definite, $"{Rule.Message} (breadcrumb trail)")
            : null;
    }

    /// <summary>
    /// A breadcrumb trail without a "Home" step: two or more section names joined by a path separator that stands
    /// between spaces ("News > Science > Climate", "Sport » Football", "World / Europe / Politics"). Every step
    /// starts with a capital letter and holds no sentence punctuation; every step but the last is a section name of
    /// at most <see cref="MaxStepWords"/> capitalised words (short lower-case joiners like "and", "of" allowed).
    /// The last step may be the page's own title, unless the trail has only two steps. A slash, which also joins
    /// alternatives ("Tom / Jerry"), needs three steps.
    /// </summary>
    public static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int separators = 0, slashes = 0, stepStart = 0;
        var lastIsName = false;
        for (var i = 0; i <= line.Length; i++)
        {
            var atSeparator = i < line.Length && IsSeparator(line[i]) && i > 0 && line[i - 1] == ' ' && i + 1 < line.Length && line[i + 1] == ' ';
            if (i < line.Length && !atSeparator)
                continue;
            var step = line[stepStart..i].Trim();
            if (step.Length == 0 || !char.IsUpper(step[0]))
                return false;
            foreach (var c in step)
            {
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '“' or '”' or '(' or ')' or '>' or '»' or '›')
                    return false;
            }
            var isName = IsSectionName(step);
            if (i == line.Length)
            {
                lastIsName = isName;
                break;
            }
            if (!isName)
                return false;
            separators++;
            if (line[i] == '/')
                slashes++;
            stepStart = i + 1;
        }
        if (separators == 0 || (slashes > 0 && (slashes < separators || separators < 2)))
            return false;
        return separators >= 2 || lastIsName;
    }

    /// <summary>A section name: at most <see cref="MaxStepWords"/> words, each capitalised or a short joiner ("and", "&amp;", "of").</summary>
    private static bool IsSectionName(ReadOnlySpan<char> step)
    {
        var words = 0;
        foreach (var range in step.Split(' '))
        {
            var w = step[range];
            if (w.Length == 0)
                continue;
            if (++words > MaxStepWords)
                return false;
            if (!char.IsUpper(w[0]) && !(w.Length <= 3 && (w[0] == '&' || char.IsLower(w[0]))))
                return false;
        }
        return words > 0;
    }

    private static bool IsSeparator(char c) => c is '>' or '»' or '›' or '/';
}
