using System.Globalization;
using System.Text;
using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;

namespace MtQuality.Reports;

/// <summary>
/// The Markdown report of one article, readable on a code forge: a header card with the verdict, the scores and
/// the findings that drove them; the findings table; then the text with boilerplate lines struck through and
/// labelled with their kind, and every finding highlighted in place as **⟦span⟧** followed by its family's
/// symbol and text marker (🟦 CAP, 🟪 QUO, …, so it reads without colour) and a footnote with the rule id, name,
/// message and a link to the rule's page.
/// </summary>
public static class ArticleReport
{
    /// <param name="rulesLink">Relative folder of the rule pages from the report (e.g. "../rules"), or null for no links.</param>
    public static string Render(ArticleVerdict v, string? rulesLink = "../rules", string? indexLink = "../index.md")
    {
        var sb = new StringBuilder();
        Render(sb, v, rulesLink, indexLink);
        return sb.ToString();
    }

    /// <summary>
    /// <see cref="Render(ArticleVerdict, string?, string?)"/> appended to <paramref name="into"/>: the audit renders
    /// every page into one reused builder per thread and encodes it from there, without the page as a string.
    /// </summary>
    internal static void Render(StringBuilder into, ArticleVerdict v, string? rulesLink = "../rules", string? indexLink = "../index.md")
    {
        var layout = ArticleLayout.Of(v);
        var a = v.Article;
        var md = new MarkdownText(into);
        md.Heading(1, MarkdownText.Escape(v.DisplayTitle));
        if (indexLink is not null)
            md.Line($"[← corpus overview]({indexLink})").Line();

        // The header card: a block quote renders as a boxed card on forges.
        md.Line($"> **{VerdictSymbol(v.MtScore)} Verdict: {v.Label}**").Line(">");
        md.Line($"> MT score **{F(v.MtScore)}**/100 `{Bar(v.MtScore)}` · boilerplate **{F(v.BoilerplateScore)}%** of the text · {v.ContentWords} content words · {v.Findings.Count} findings").Line(">");
        if (layout.KeyFindings.Count == 0)
        {
            md.Line("> No translation or extraction findings drove the score.");
        }
        else
        {
            md.Line("> What drove it:").Line(">");
            foreach (var k in layout.KeyFindings)
            {
                var examples = string.Join(", ", k.Examples.Select(n => $"“{MarkdownText.Escape(ArticleReport.Clip(n.Quote, 40))}” (L{n.Line})[^{n.Number}]"));
                md.Line($"> - {k.Style.Symbol} {k.Style.Marker} **{MarkdownText.Escape(k.Driver.Family)}**: {k.Driver.Findings} × ({F(k.Driver.PerThousandWords)} per 1,000 words) — {examples}");
            }
        }

        md.Line();
        if (a.Url is not null && SafeUrl.Https(a.Url) is { } url)
            md.Line($"Source: {Code(a.Url)} ([open]({url}))").Line();
        md.Table(["Field", "Value"],
        [
            ["Id", Code(a.Id)],
            ["File", Code(a.Path)],
            ["Site", MarkdownText.Escape(a.Site)],
            ["URL", a.Url is null ? "—" : Code(a.Url)],
            ["Lines", $"{v.LineKinds.Count(k => k == LineKind.Content)} content, {v.LineKinds.Count(k => k == LineKind.Boilerplate)} boilerplate"],
        ]);

        md.Heading(2, "What drove the score");
        if (v.Drivers.Count == 0)
        {
            md.Line("No translation or extraction findings.").Line();
        }
        else
        {
            md.Table(["Family", "Findings", "Per 1,000 words", "Contribution"],
                v.Drivers.Select(d => (IReadOnlyList<string>)[
                    $"{FamilyStyle.Of(RuleRegistry.Instance.Descriptors.FirstOrDefault(r => r.Family == d.Family)).Symbol} {MarkdownText.Escape(d.Family)}",
                    d.Findings.ToString(CultureInfo.InvariantCulture), F(d.PerThousandWords), F(d.Contribution, "0.000")]), "lrrr");
        }

        md.Heading(2, $"Findings ({v.Findings.Count})");
        if (layout.Notes.Count == 0)
        {
            md.Line("None.").Line();
        }
        else
        {
            md.Table(["Line", "Family", "Rule", "Span", "Message"], layout.Notes.Select(n => (IReadOnlyList<string>)
            [
                $"{n.Line}:{n.Column}",
                $"{n.Style.Symbol} {n.Style.Marker}",
                n.Rule is null ? n.Finding.RuleId : RuleLabel(n.Rule, rulesLink),
                Code(n.Quote),
                MarkdownText.Escape(n.Finding.Message),
            ]), "rllll");
        }

        md.Heading(2, "Text");
        md.Line("Boilerplate lines are ~~struck through~~ and labelled with their kind; findings are **⟦marked⟧** with their family and a note.").Line();
        md.Line("Legend: " + string.Join(" · ", FamilyStyle.All.Select(s => $"{s.Symbol} {s.Marker} {s.Label}"))).Line();
        var chunk = new StringBuilder(); // one line's text so far; empty again after every line
        foreach (var line in layout.Lines)
        {
            if (line.Kind == LineKind.Blank)
                continue;
            var refs = string.Concat(line.Notes.Where(n => n.Style == FamilyStyle.Boilerplate).Select(n => $"[^{n.Number}]"));
            if (line.Kind == LineKind.Boilerplate)
            {
                md.Line($"`L{line.Number}` ⬜ ~~{MarkdownText.Escape(Clip(line.Text.Trim(), 300))}~~ *(boilerplate: {MarkdownText.Escape(line.BoilerplateKind)})*{refs}").Line();
                continue;
            }

            // A very long line becomes several paragraphs ("`L12` …" continues it): Markdig's inline parsing of one
            // paragraph grows faster than its length (a fuzzed 116,000-character line with 2,000 highlights took
            // 5 s to render; in paragraphs of a few thousand characters, 0.04 s), and nobody reads such a line whole.
            bool continued = false;
            foreach (var p in line.Pieces)
            {
                if (p.Notes.Count == 0)
                {
                    foreach (var part in SplitLong(p.Text, ParagraphChars))
                    {
                        MarkdownText.EscapeInto(chunk, part);
                        if (chunk.Length >= ParagraphChars)
                        {
                            FlushChunk(continued);
                            continued = true;
                        }
                    }

                    continue;
                }

                chunk.Append("**⟦");
                MarkdownText.EscapeInto(chunk, p.Text);
                chunk.Append("⟧**");
                foreach (var style in p.Notes.Select(n => n.Style).Distinct())
                    chunk.Append(style.Symbol).Append(style.Marker);
                foreach (var n in p.Notes)
                    chunk.Append("[^").Append(n.Number).Append(']');
                if (chunk.Length >= ParagraphChars)
                {
                    FlushChunk(continued);
                    continued = true;
                }
            }

            if (chunk.Length > 0 || !continued || refs.Length > 0)
                FlushChunk(continued, refs);

            void FlushChunk(bool cont, string tail = "")
            {
                // Appended piece by piece: the same text as md.Line($"`L{n}` {…}{chunk}{tail}").Line(), without
                // the line (up to ~4,000 characters) as a string of its own.
                into.Append($"`L{line.Number}` ").Append(cont ? "… " : string.Empty).Append(chunk).Append(tail).Append('\n');
                md.Line();
                chunk.Clear();
            }
        }

        foreach (var n in layout.Notes)
        {
            var rule = n.Rule is null ? n.Finding.RuleId : RuleLabel(n.Rule, rulesLink);
            md.Line($"[^{n.Number}]: {n.Style.Symbol} {n.Style.Marker} · {rule} — {MarkdownText.Escape(n.Finding.Message)} (L{n.Line}:{n.Column})");
        }
    }

    public static string RuleLabel(RuleDescriptor d, string? rulesLink) =>
        rulesLink is null ? $"{d.Id} {d.Name}" : $"[{d.Id}]({rulesLink}/{d.Id}.md) {d.Name}";

    /// <summary>A ten-cell text gauge of a 0–100 score.</summary>
    public static string Bar(double score)
    {
        int full = (int)Math.Round(Math.Clamp(score, 0, 100) / 10, MidpointRounding.AwayFromZero);
        return new string('▰', full) + new string('▱', 10 - full);
    }

    public static string VerdictSymbol(double mtScore) => mtScore switch
    {
        >= 60 => "🔴",
        >= 30 => "🟠",
        >= 10 => "🟡",
        _ => "🟢",
    };

    public static string Code(string s)
    {
        // A code span cannot be escaped from inside: choose a fence longer than any backtick run in the text.
        s = s.ReplaceLineEndings(" ").Replace('|', '¦');
        int run = 0;
        int max = 0;
        foreach (char c in s)
        {
            run = c == '`' ? run + 1 : 0;
            max = Math.Max(max, run);
        }

        var fence = new string('`', max + 1);
        return s.Length == 0 ? "` `" : $"{fence} {s} {fence}";
    }

    /// <summary>Characters of rendered Markdown after which a long line continues in a new paragraph.</summary>
    public const int ParagraphChars = 4000;

    /// <summary>Splits plain text into parts of at most about <paramref name="max"/> characters, at a space when
    /// there is one in the second half of a part, never inside a surrogate pair.</summary>
    public static IEnumerable<string> SplitLong(string text, int max)
    {
        int start = 0;
        while (text.Length - start > max)
        {
            int end = start + max;
            int space = text.LastIndexOf(' ', end - 1, max / 2);
            if (space > start)
                end = space + 1;
            else if (char.IsHighSurrogate(text[end - 1]))
                end--;
            yield return text[start..end];
            start = end;
        }

        yield return start == 0 ? text : text[start..];
    }

    public static string Clip(string s, int max) => s.Length > max ? s[..(max - 1)] + "…" : s;

    public static string F(double d, string format = "0.0") => d.ToString(format, CultureInfo.InvariantCulture);
}
