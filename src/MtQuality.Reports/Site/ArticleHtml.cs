using System.Globalization;
using System.Text;
using MtQuality.Core.Analysis;
using MtQuality.Core.Text;

namespace MtQuality.Reports.Site;

/// <summary>
/// The HTML view of one article: a header card (verdict, score gauges, the findings that drove the score), the
/// text with every finding highlighted in place — family by colour and by a text marker (CAP, QUO, …) — a hover
/// title with rule id, name and message, and a numbered note linking to the rule's page; boilerplate lines are
/// muted and labelled with their kind. All article text is HTML-encoded; nothing from the input becomes markup.
/// </summary>
public static class ArticleHtml
{
    public static string Render(ArticleVerdict v, string rulesLink = "../rules", string root = "../")
    {
        var layout = ArticleLayout.Of(v);
        var a = v.Article;
        var sb = new StringBuilder(a.Text.Length * 2 + 4096);
        sb.Append("<h1>").Append(Html.E(v.DisplayTitle)).Append("</h1>\n");
        Card(sb, v, layout, root);
        sb.Append("<p class=\"legend\" aria-label=\"legend\">");
        foreach (var s in FamilyStyle.All)
            sb.Append("<span class=\"chip f-").Append(s.Key).Append("\">").Append(s.Marker).Append("</span> ").Append(Html.E(s.Label)).Append(' ');
        sb.Append("</p>\n<section class=\"text\" id=\"text\" aria-label=\"article text\">\n");
        foreach (var line in layout.Lines)
        {
            if (line.Kind == LineKind.Blank)
                continue;
            if (line.Kind == LineKind.Boilerplate)
            {
                sb.Append("<p class=\"line bp\" id=\"L").Append(line.Number).Append("\"><span class=\"ln\">").Append(line.Number)
                  .Append("</span><span class=\"bp-kind\">boilerplate · ").Append(Html.E(line.BoilerplateKind)).Append("</span> <span class=\"bp-text\">")
                  .Append(Html.E(line.Text)).Append("</span>");
                foreach (var n in line.Notes)
                    sb.Append(" <a class=\"ref\" href=\"#n").Append(n.Number).Append("\">[").Append(n.Number).Append("]</a>");
                sb.Append("</p>\n");
                continue;
            }

            sb.Append("<p class=\"line\" id=\"L").Append(line.Number).Append("\"><span class=\"ln\">").Append(line.Number).Append("</span>");
            foreach (var p in line.Pieces)
            {
                if (p.Notes.Count == 0)
                {
                    sb.Append(Html.E(p.Text));
                    continue;
                }

                var first = p.Notes[0];
                var tip = string.Join("\n", p.Notes.Select(n => $"{n.Finding.RuleId} {n.Rule?.Name} ({n.Style.Label}): {n.Finding.Message}"));
                sb.Append("<a class=\"hl f-").Append(first.Style.Key).Append("\" id=\"m").Append(first.Number).Append("\" href=\"#n").Append(first.Number)
                  .Append("\" title=\"").Append(Html.E(tip)).Append("\" data-rules=\"").Append(Html.E(string.Join(' ', p.Notes.Select(n => n.Finding.RuleId).Distinct()))).Append("\"><mark>")
                  .Append(Html.E(p.Text)).Append("</mark><sup>").Append(string.Join('+', p.Notes.Select(n => n.Style.Marker).Distinct()))
                  .Append(' ').Append(string.Join(',', p.Notes.Select(n => n.Number))).Append("</sup></a>");
            }

            sb.Append("</p>\n");
        }

        sb.Append("</section>\n<section class=\"notes\"><h2>Findings (").Append(layout.Notes.Count).Append(")</h2>\n");
        if (layout.Notes.Count == 0)
            sb.Append("<p>None.</p>\n");
        else
            sb.Append("<ol>\n");
        foreach (var n in layout.Notes)
        {
            sb.Append("<li id=\"n").Append(n.Number).Append("\"><span class=\"chip f-").Append(n.Style.Key).Append("\">").Append(n.Style.Marker).Append("</span> ")
              .Append("<a href=\"").Append(rulesLink).Append('/').Append(Html.E(n.Finding.RuleId)).Append(".html\">").Append(Html.E(n.Finding.RuleId)).Append("</a> ")
              .Append(Html.E(n.Rule?.Name)).Append(" — ").Append(Html.E(n.Finding.Message))
              .Append(" <span class=\"where\"><a href=\"#L").Append(n.Line).Append("\">L").Append(n.Line).Append(':').Append(n.Column).Append("</a></span> <q>")
              .Append(Html.E(n.Quote)).Append("</q></li>\n");
        }

        if (layout.Notes.Count > 0)
            sb.Append("</ol>\n");
        sb.Append("</section>\n");
        return Html.Page(v.DisplayTitle, root, sb.ToString(), "article");
    }

    private static void Card(StringBuilder sb, ArticleVerdict v, ArticleLayout layout, string root)
    {
        var a = v.Article;
        sb.Append("<section class=\"card\" id=\"card\" aria-label=\"scores\">\n<p class=\"verdict band-").Append(Band(v.MtScore)).Append("\">")
          .Append(Html.E(v.Label)).Append("</p>\n<div class=\"gauges\">")
          .Append(Gauge("MT score", v.MtScore, "/100", Band(v.MtScore)))
          .Append(Gauge("Boilerplate", v.BoilerplateScore, "% of the text", "bp"))
          .Append("<div class=\"figure\"><span class=\"num\">").Append(v.ContentWords.ToString("#,0", CultureInfo.InvariantCulture)).Append("</span><span class=\"unit\">content words</span></div>")
          .Append("<div class=\"figure\"><span class=\"num\">").Append(v.Findings.Count).Append("</span><span class=\"unit\">findings</span></div></div>\n");
        if (layout.KeyFindings.Count == 0)
        {
            sb.Append("<p class=\"drivers\">No translation or extraction findings drove the score.</p>\n");
        }
        else
        {
            sb.Append("<h2>What drove the score</h2>\n<ul class=\"drivers\">\n");
            foreach (var k in layout.KeyFindings)
            {
                sb.Append("<li><span class=\"chip f-").Append(k.Style.Key).Append("\">").Append(k.Style.Marker).Append("</span> <b>").Append(Html.E(k.Driver.Family)).Append("</b>: ")
                  .Append(k.Driver.Findings).Append(" × (").Append(F(k.Driver.PerThousandWords)).Append(" per 1,000 words)");
                foreach (var n in k.Examples)
                    sb.Append(" <a href=\"#m").Append(n.Number).Append("\">“").Append(Html.E(ArticleReport.Clip(n.Quote, 40))).Append("” L").Append(n.Line).Append("</a>");
                sb.Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("<dl class=\"meta\"><dt>Site</dt><dd>").Append(Html.E(a.Site)).Append("</dd><dt>Source</dt><dd>").Append(Html.SourceLink(a.Url))
          .Append("</dd><dt>File</dt><dd><code>").Append(Html.E(a.Path)).Append("</code></dd><dt>Id</dt><dd><code>").Append(Html.E(a.Id)).Append("</code></dd></dl>\n")
          .Append("<p class=\"back\"><a href=\"").Append(root).Append("index.html\">← corpus overview</a></p>\n</section>\n");
    }

    private static string Gauge(string label, double value, string unit, string band)
    {
        double w = Math.Clamp(value, 0, 100) * 1.6;
        return $"<div class=\"figure\"><span class=\"num\">{F(value)}</span><span class=\"unit\">{Html.E(label)} {Html.E(unit)}</span>" +
               $"<svg class=\"gauge\" width=\"160\" height=\"8\" viewBox=\"0 0 160 8\" aria-hidden=\"true\"><rect width=\"160\" height=\"8\" rx=\"4\" class=\"g-bg\"/><rect width=\"{w.ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"8\" rx=\"4\" class=\"g-{band}\"/></svg></div>";
    }

    public static string Band(double mtScore) => mtScore switch
    {
        >= 60 => "high",
        >= 30 => "mid",
        >= 10 => "low",
        _ => "clean",
    };

    private static string F(double d) => d.ToString("0.0", CultureInfo.InvariantCulture);
}
