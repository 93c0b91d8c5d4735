using System.Globalization;
using System.Text;
using MtQuality.Core.Analysis;
using MtQuality.Core.Rules;
using MtQuality.Core.Text;

namespace MtQuality.Reports;

/// <summary>
/// The Markdown report of one article: verdict and scores, what drove them, the findings table, and the text
/// with boilerplate lines struck through and labelled and every finding highlighted where it is (bold with a
/// ⟦marker⟧ and the rule id, so it reads without colour).
/// </summary>
public static class ArticleReport
{
    /// <param name="rulesLink">Relative folder of the rule pages from the report (e.g. "../rules"), or null for no links.</param>
    public static string Render(ArticleVerdict v, string? rulesLink = "../rules", string? indexLink = "../index.md")
    {
        var a = v.Article;
        var registry = RuleRegistry.Instance;
        var md = new MarkdownText();
        md.Heading(1, MarkdownText.Escape(v.DisplayTitle));
        if (indexLink is not null)
            md.Line($"[← corpus overview]({indexLink})").Line();
        md.Line($"**Verdict: {v.Label}** — machine-translation score **{F(v.MtScore)}**/100, boilerplate **{F(v.BoilerplateScore)}%** of the text, {v.ContentWords} content words.").Line();
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
                v.Drivers.Select(d => (IReadOnlyList<string>)[MarkdownText.Escape(d.Family), d.Findings.ToString(CultureInfo.InvariantCulture), F(d.PerThousandWords), F(d.Contribution, "0.000")]), "lrrr");
        }

        md.Heading(2, $"Findings ({v.Findings.Count})");
        if (v.Findings.Count == 0)
        {
            md.Line("None.").Line();
        }
        else
        {
            md.Table(["Line", "Rule", "Span", "Message"], v.Findings.Select(f =>
            {
                var d = registry.ById.GetValueOrDefault(f.RuleId);
                var (line, col) = a.Lines.Position(f.Span.Start);
                var rule = d is null ? f.RuleId : RuleLabel(d, rulesLink);
                return (IReadOnlyList<string>)[$"{line}:{col}", rule, Code(Clip(a.Slice(f.Span), 90)), MarkdownText.Escape(f.Message)];
            }), "rlll");
        }

        md.Heading(2, "Text");
        md.Line("Boilerplate lines are ~~struck through~~ and labelled; findings are **⟦marked⟧** with their rule id.").Line();
        RenderText(md, v);
        return md.ToString();
    }

    public static string RuleLabel(RuleDescriptor d, string? rulesLink) =>
        rulesLink is null ? $"{d.Id} {d.Name}" : $"[{d.Id}]({rulesLink}/{d.Id}.md) {d.Name}";

    private static void RenderText(MarkdownText md, ArticleVerdict v)
    {
        var a = v.Article;
        var byLine = new Dictionary<int, List<Finding>>();
        foreach (var f in v.Findings)
        {
            int li = a.Lines.IndexOf(f.Span.Start);
            if (!byLine.TryGetValue(li, out var list))
                byLine[li] = list = [];
            list.Add(f);
        }

        var registry = RuleRegistry.Instance;
        for (int i = 0; i < v.LineKinds.Count; i++)
        {
            var kind = v.LineKinds[i];
            if (kind == LineKind.Blank)
                continue;
            var line = a.Lines.Lines[i];
            var text = a.Slice(line.Span);
            if (kind == LineKind.Boilerplate)
            {
                var reason = byLine.GetValueOrDefault(i)?.FirstOrDefault(f => registry.ById.GetValueOrDefault(f.RuleId)?.Category == RuleCategory.Boilerplate);
                var label = reason is null ? "boilerplate" : $"boilerplate: {registry.ById[reason.RuleId].Name}";
                md.Line($"`L{i + 1}` ~~{MarkdownText.Escape(Clip(text.Trim(), 300))}~~ *({label})*").Line();
                continue;
            }

            var spans = (byLine.GetValueOrDefault(i) ?? [])
                .Where(f => registry.ById.GetValueOrDefault(f.RuleId)?.Category != RuleCategory.Boilerplate)
                .OrderBy(f => f.Span.Start).ToList();
            md.Line($"`L{i + 1}` {Highlight(a.Text, line.Span, spans)}").Line();
        }
    }

    /// <summary>Escapes the line and wraps each finding (overlaps merged) in a bold ⟦marker⟧ followed by its rule ids.</summary>
    private static string Highlight(string text, TextSpan line, List<Finding> findings)
    {
        var sb = new StringBuilder();
        int pos = line.Start;
        int k = 0;
        while (k < findings.Count)
        {
            int start = Math.Max(findings[k].Span.Start, pos);
            int end = Math.Min(findings[k].Span.End, line.End);
            var ids = new SortedSet<string>(StringComparer.Ordinal) { findings[k].RuleId };
            k++;
            while (k < findings.Count && findings[k].Span.Start < end)
            {
                end = Math.Max(end, Math.Min(findings[k].Span.End, line.End));
                ids.Add(findings[k].RuleId);
                k++;
            }

            if (end <= start)
                continue;
            sb.Append(MarkdownText.Escape(text[pos..start]));
            sb.Append("**⟦").Append(MarkdownText.Escape(text[start..end])).Append("⟧** *").Append(string.Join(",", ids)).Append("* ");
            pos = end;
        }

        sb.Append(MarkdownText.Escape(text[pos..line.End]));
        return sb.ToString();
    }

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

    public static string Clip(string s, int max) => s.Length > max ? s[..(max - 1)] + "…" : s;

    public static string F(double d, string format = "0.0") => d.ToString(format, CultureInfo.InvariantCulture);
}
