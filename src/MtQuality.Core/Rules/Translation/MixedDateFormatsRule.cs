using System.Globalization;
using System.Text.RegularExpressions;
using MtQuality.Core.Text;

namespace MtQuality.Core.Rules.Translation;

/// <summary>
/// What it flags: one article writing dates in two conventions — month-day ("June 19") and day-month
/// ("19 June") in words, or two numeric conventions ("6/19/2024" month first, "19/6/2024" day first,
/// "19.06.2024" dotted, "2024-06-19" ISO). The first date in the minority convention is flagged, once per
/// family (words, numbers). Ranges keep their convention ("June 19–21", "19–21 June").
/// Why it matters: an editor or a CMS keeps one house style; an article that switches between US and European
/// dates was assembled from sources in different languages or machine-translated piecemeal (MT copies the
/// source's date order). One finding is evidence, not a verdict.
/// </summary>
public sealed partial class MixedDateFormatsRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.MixedDateFormats,
        "mixed-date-formats",
        RuleCategory.Translation,
        "consistency",
        Severity.Info,
        "Date formats mixed in one article",
        "Articles that write dates both month-first and day-first (in words or in numbers); the first date of the minority form.",
        "A single source keeps one date style; a switch marks pasted or piecemeal-translated passages.",
        [
            RuleExample.Flagged("The summit opened on June 19 in the capital.\nTalks resumed on June 21.\nA deal was signed on [|23 June|]."),
            RuleExample.Flagged("The law took effect on 6/19/2024.\nIt was amended on 7/22/2024.\nThe court ruled on [|19.08.2024|]."),
            RuleExample.Clean("The summit opened on June 19 in the capital.\nTalks resumed on June 21.\nA deal was signed on June 23."),
            RuleExample.Clean("The summit opened on 19 June in the capital.\nTalks ran over 21–23 June.\nA deal was signed in July."),
            RuleExample.Clean("The festival runs June 19–21.\nTickets went on sale on May 2.\nThe May 5 deadline passed."),
        ]);

    private const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?<m>" + Months + @")\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\s*(?:%|percent|per cent|million|billion|people|years?))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\d.,:/]|\$)\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?<m>" + Months + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![\d./-])\b(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})\b(?![./-]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d./-])\b(?<y>(?:19|20)\d\d)-(?<a>[01]\d)-(?<b>[0-3]\d)\b(?![./-]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex IsoDate();

    public RuleDescriptor Descriptor => Rule;

    public void Analyze(AnalysisContext context, List<Finding> findings)
    {
        var words = new List<(string Form, TextSpan Span)>();
        var numbers = new List<(string Form, TextSpan Span)>();
        for (int li = 0; li < context.Lines.Count; li++)
        {
            if (!context.IsContent(li))
                continue;
            var line = context.Lines.Lines[li];
            // Every pattern needs a digit (\d: any Unicode decimal digit, as char.IsDigit): most lines have none and
            // are neither copied nor searched.
            if (!HasDigit(context.Text.AsSpan(line.Start, line.End - line.Start)))
                continue;
            var text = context.Text.Substring(line.Start, line.End - line.Start);
            try
            {
                CollectDates(text, line.Start, words, numbers);
            }
            catch (RegexMatchTimeoutException)
            {
                // These patterns need look-arounds (no non-backtracking engine); a hostile line that makes one slow
                // is skipped rather than allowed to stall the audit.
            }
        }

        // A slash date with both parts ≤ 12 fits either slash order: it joins whichever slash order is present.
        var slashOrder = numbers.Select(n => n.Form).FirstOrDefault(f => f is "day/month/year" or "month/day/year");
        for (int i = 0; i < numbers.Count; i++)
        {
            if (numbers[i].Form == "slash (order unknown)")
                numbers[i] = (slashOrder ?? "slash", numbers[i].Span);
        }

        Report(context, findings, words);
        Report(context, findings, numbers);
    }

    private static void CollectDates(string text, int lineStart, List<(string Form, TextSpan Span)> words, List<(string Form, TextSpan Span)> numbers)
    {
        foreach (Match m in MonthDay().Matches(text))
        {
            if (IsDay(m.Groups["d"].Value))
                words.Add(("month-day", new TextSpan(lineStart + m.Index, lineStart + m.Index + m.Length)));
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            if (IsDay(m.Groups["d"].Value))
                words.Add(("day-month", new TextSpan(lineStart + m.Index, lineStart + m.Index + m.Length)));
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (a is < 1 or > 31 || b is < 1 or > 31 || (a > 12 && b > 12))
                continue;
            string form = m.Groups["sep"].Value == "."
                ? (b <= 12 ? "day.month.year" : "month.day.year")
                : a > 12 ? "day/month/year" : b > 12 ? "month/day/year" : "slash (order unknown)";
            numbers.Add((form, new TextSpan(lineStart + m.Index, lineStart + m.Index + m.Length)));
        }

        foreach (Match m in IsoDate().Matches(text))
            numbers.Add(("year-month-day", new TextSpan(lineStart + m.Index, lineStart + m.Index + m.Length)));
    }

    private static bool HasDigit(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (char.IsDigit(c))
                return true;
        }

        return false;
    }

    private static bool IsDay(string d) => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 31;

    private static void Report(AnalysisContext context, List<Finding> findings, List<(string Form, TextSpan Span)> dates)
    {
        var counts = dates.GroupBy(d => d.Form).Select(g => (Form: g.Key, Count: g.Count(), First: g.Min(x => x.Span.Start))).ToList();
        if (counts.Count < 2)
            return;
        // The majority form is the house style; on a tie, the form that came first.
        var major = counts.OrderByDescending(c => c.Count).ThenBy(c => c.First).First();
        var minority = dates.Where(d => d.Form != major.Form).OrderBy(d => d.Span.Start).First();
        findings.Add(context.Flag(Rule, minority.Span,
            $"Date written {minority.Form} while the article mostly writes {major.Form} (×{major.Count})"));
    }
}
