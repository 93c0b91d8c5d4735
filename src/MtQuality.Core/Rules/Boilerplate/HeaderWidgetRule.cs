using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MtQuality.Core.Boilerplate;

namespace MtQuality.Core.Rules.Boilerplate;

/// <summary>
/// What it flags: widget lines that are only a temperature, a date, a clock time or a counter
/// ("21.5 °C", "Monday, March 3, 2025", "14:05", "0 SHARES 11 VIEWS"), relative and reading times ("2 hours ago",
/// "5 min read", or a short byline line ending in one), and date-widget phrases.
/// Why it matters: header and sidebar widgets are flattened into the text by scrapers; a bare date line is
/// never a sentence of the story (datelines with an agency keep their content label elsewhere).
/// </summary>
public sealed partial class HeaderWidgetRule : ILineRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.HeaderWidget,
        "header-widget",
        RuleCategory.Boilerplate,
        "header-widget",
        Severity.Info,
        "Weather, date, clock or counter widget",
        "Lines that consist only of a temperature, a date, a time of day, a relative or reading time (\"2 hours ago\", \"5 min read\") or view/share counters.",
        "Widgets carry no article text; a line that is only a date or a temperature is furniture.",
        [
            RuleExample.Flagged(ExamplePages.Page("[|18.4 °C|]\n[|Monday, March 3, 2025|]")),
            RuleExample.Flagged(ExamplePages.Page("[|0 SHARES 11 VIEWS|]")),
            RuleExample.Flagged(ExamplePages.Page("[|Comments (12)|]")),
            RuleExample.Flagged(ExamplePages.Page("[|3 de marzo de 2025|]")),
            RuleExample.Flagged(ExamplePages.Page("[|Updated 3 hours ago|]\n[|4 min read|]")),
            RuleExample.Flagged(ExamplePages.Page("[|12 June 2019 • 4:05pm|]")),
            RuleExample.Flagged(ExamplePages.Page("[|posted Jun 12, 2019 at 16:05|]")),
            RuleExample.Flagged(ExamplePages.Page("[|Date of issue:|]\n[|Friday, 12 June 2020 – 9:30am|]")),
            RuleExample.Flagged(ExamplePages.Page("", "[|Posted : 03/04/2022 Section : Local news|]")),
            RuleExample.Clean(ExamplePages.Page("", "Note: the hall reopens on 3 March 2025 after the works.")),
            RuleExample.Clean(ExamplePages.Page("", "Opening hours:\nThe hall opens at nine every weekday and closes at six on Saturdays.")),
            RuleExample.Clean(ExamplePages.Page("", "Temperatures reached 38 C on Monday, March 3, the hottest day recorded in the city since 1998.")),
            RuleExample.Clean(ExamplePages.Page("MADRID, March 3 (Reuters) -")),
        ])
    {
        Sources = "patterns of common WordPress weather/date/counter widgets; month names in en, fr, es, it, de, pt",
    };

    private const string Months =
        "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?" +
        "|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre" +
        "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre" +
        "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre" +
        "|januar|februar|märz|juni|juli|oktober|dezember|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro";

    private const string Days =
        "mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?" +
        "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo" +
        "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";

    [GeneratedRegex(@"^-?\d{1,3}([.,]\d{1,2})?\s?°?\s?[cf]$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Temperature();

    /// <summary>
    /// A bare date, optionally with a time after a separator ("17 May 2021 • 4:05pm", "May 17, 2021 at 16:05") and
    /// with a short label before it ("Published: 17 May 2021", "asked May 17, 2021 at 16:05").
    /// </summary>
    [GeneratedRegex(@"^([a-z]+(\s+[a-z]+)?\s*:?\s+)?((" + Days + @"),?\s+)?((" + Months + @")\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th|er|º|°)?\.?\s+(de\s+)?(" + Months + @")\.?,?\s+(de\s+)?\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(\s*([,|•·–—-]|at|@)?\s*\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?)?$",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();

    /// <summary>Two to four "Label : value" pairs on one line ("Posted : 03/04/2022 Section : Local").</summary>
    [GeneratedRegex(@"^([a-z]+( [a-z]+)? ?: ?[^:]+){2,4}$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPairs();

    /// <summary>A date anywhere in the line.</summary>
    [GeneratedRegex(@"(^|\W)(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(" + Months + @")\.? \d{1,2},? \d{4}|\d{1,2} (" + Months + @")\.? \d{4})(\W|$)",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContainsDate();

    [GeneratedRegex(@"^\d{1,2}:\d{2}(:\d{2})?(\s?[ap]\.?m\.?)?(\s+[a-z]{2,4})?$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(\d+[.,]?\d*\s*[km]?\s+(shares?|views?|comments?|likes?|reads?|reactions?|votes?)\s*)+$|^(shares?|views?|comments?|likes?|reactions?|replies|responses)\s*\(\d+[.,]?\d*\s*[km]?\)$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counter();

    /// <summary>Relative-time and reading-time widgets: "2 hours ago", "Asked 8 years, 2 months ago", "5 min read".</summary>
    [GeneratedRegex(@"^([a-z]+\s+)?(\d+|an?)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(,?\s+\d+\s+(seconds?|minutes?|hours?|days?|weeks?|months?))?\s+ago$|(^|\s)\d+\s*(min|mins|minute|minutes)\.?\s+read$",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    /// <summary>Most words of a label line ("Date of issue:", "Revised:").</summary>
    public const int MaxLabelWords = 3;

    /// <summary>A short label ending in a colon whose value, on the next non-blank line, is a date widget.</summary>
    private static bool IsDateLabel(PageContext page, int lineIndex, string text)
    {
        if (page.Features[lineIndex].Words > MaxLabelWords || !text.EndsWith(':'))
            return false;
        for (int j = lineIndex + 1; j < page.LineCount; j++)
        {
            if (page.Features[j].Chars == 0)
                continue;
            if (page.Features[j].Chars > 60)
                return false;
            return DateOnly().IsMatch(page.LineText(j).Trim().ToString());
        }

        return false;
    }

    private static readonly FurnitureLexicon.KindSet DatePhrases = FurnitureLexicon.Instance.For(["date-widget"]);

    public RuleDescriptor Descriptor => Rule;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LineEvidence? Evaluate(PageContext page, int lineIndex)
    {
        var f = page.Features[lineIndex];
        if (f.Words == 0 || f.Chars > 60)
            return null;
        var text = page.LineText(lineIndex).Trim().ToString();
        if (Temperature().IsMatch(text))
            return new LineEvidence(EvidenceStrength.Definite, "Weather widget (a bare temperature)");
        if (DateOnly().IsMatch(text))
            return new LineEvidence(EvidenceStrength.Definite, "Date widget (a line that is only a date)");
        if (LabelPairs().IsMatch(text) && ContainsDate().IsMatch(text))
            return new LineEvidence(EvidenceStrength.Definite, "Metadata line (label : value pairs with a date)");
        if (IsDateLabel(page, lineIndex, text))
            return new LineEvidence(EvidenceStrength.Definite, "Date widget (a label whose value is the date on the next line)");
        if (Clock().IsMatch(text))
            return new LineEvidence(EvidenceStrength.Definite, "Clock widget (a line that is only a time)");
        if (Counter().IsMatch(text))
            return new LineEvidence(EvidenceStrength.Definite, "Share/view counter");
        if (RelativeTime().IsMatch(text))
            return new LineEvidence(EvidenceStrength.Definite, "Time widget (relative or reading time)");
        if (DatePhrases.Match(f.Normalized, FurnitureLexicon.IsRunningProse(f)) is { } hit)
            return new LineEvidence(EvidenceStrength.Definite, $"Date widget (\"{hit.Pattern}\")");
        return null;
    }
}
