using System.Globalization;
using System.Text;
using System.Text.Json;
using MtQuality.Core.Rules;
using MtQuality.Reports.Charts;

namespace MtQuality.Reports.Site;

/// <summary>
/// index.html of the static site: summary tiles, the charts inlined as SVG, the worst articles, and the ranking
/// table. The page itself holds only the first <see cref="StaticRows"/> rows (readable without script); the
/// full ranking is data in assets/ranking-data.js that site.js pages, sorts and filters in the browser, so the
/// page stays small and fast at 100k articles.
/// </summary>
public static class SiteIndex
{
    public const int StaticRows = 50;

    public static string Render(IReadOnlyList<ArticleSummary> sorted, IReadOnlyList<string> errors, CorpusFigures figures)
    {
        var sb = new StringBuilder(64 * 1024);
        int n = sorted.Count;
        sb.Append("<h1>MtQuality corpus report</h1>\n<div class=\"tiles\">")
          .Append(Tile(N(n), "articles"))
          .Append(Tile(N(figures.Sites.Count), "sites"))
          .Append(Tile(F(figures.MeanMtScore), "mean MT score"))
          .Append(Tile(N(figures.Flagged), "MT score ≥ 30"))
          .Append(Tile(F(figures.MeanBoilerplate) + "%", "mean boilerplate"))
          .Append(Tile(N(errors.Count), "inputs not read"))
          .Append("</div>\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        foreach (var c in CorpusCharts.All(figures))
            sb.Append("<figure class=\"chart\" id=\"chart-").Append(Path.GetFileNameWithoutExtension(c.FileName)).Append("\">").Append(c.Svg)
              .Append("<figcaption>").Append(Html.E(c.AltText.Length > 400 ? c.AltText[..399] + "…" : c.AltText)).Append("</figcaption></figure>\n");
        sb.Append("</div>\n<h2>Worst articles</h2>\n<ol class=\"worst\">\n");
        foreach (var a in figures.Worst)
            sb.Append("<li><b class=\"band-").Append(ArticleHtml.Band(a.MtScore)).Append("\">").Append(F(a.MtScore)).Append("</b> ")
              .Append(ArticleLink(a, "articles/")).Append(" <span class=\"why\">(").Append(Html.E(a.Site)).Append(") — ").Append(Html.E(a.TopReason)).Append("</span></li>\n");
        sb.Append("</ol>\n<h2>Ranking</h2>\n")
          .Append("<div id=\"controls\" hidden><input id=\"filter\" type=\"search\" placeholder=\"Filter by title, site or reason\" aria-label=\"filter\">")
          .Append("<select id=\"verdict\" aria-label=\"verdict\"><option value=\"\">any verdict</option>");
        for (int i = 0; i < Verdicts.Length; i++)
            sb.Append("<option value=\"").Append(i).Append("\">").Append(Verdicts[i]).Append("</option>");
        sb.Append("</select><button id=\"prev\" type=\"button\">← previous</button><span id=\"page\"></span><button id=\"next\" type=\"button\">next →</button><span id=\"count\"></span></div>\n")
          .Append("<table id=\"ranking\"><thead><tr>")
          .Append(Th("rank", "#", true)).Append(Th("title", "Article", false)).Append(Th("site", "Site", false)).Append(Th("mt", "MT score", true))
          .Append(Th("verdict", "Verdict", false)).Append(Th("bp", "Boilerplate", true)).Append(Th("words", "Words", true)).Append("<th>Why</th></tr></thead><tbody>\n");
        int rank = 0;
        foreach (var a in sorted.Take(StaticRows))
        {
            sb.Append("<tr><td class=\"num\">").Append(++rank).Append("</td><td>").Append(ArticleLink(a, "articles/")).Append("</td><td>").Append(Html.E(a.Site))
              .Append("</td><td class=\"num band-").Append(ArticleHtml.Band(a.MtScore)).Append("\">").Append(F(a.MtScore)).Append("</td><td>").Append(Html.E(a.Label))
              .Append("</td><td class=\"num\">").Append(F(a.BoilerplateScore)).Append("%</td><td class=\"num\">").Append(N(a.ContentWords))
              .Append("</td><td class=\"why\">").Append(Html.E(a.TopReason)).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n");
        if (n > StaticRows)
        {
            sb.Append("<noscript><p class=\"why\">Without script this table shows the top ").Append(StaticRows).Append("; the full ranking is in pages: ");
            for (int p = 1; p <= CorpusReport.PageCount(n); p++)
                sb.Append("<a href=\"ranking/").Append(CorpusReport.PageName(p)).Append(".html\">").Append(p).Append("</a> ");
            sb.Append("</p></noscript>\n");
        }

        sb.Append("<h2>Sites</h2>\n<table><thead><tr><th>Site</th><th class=\"num\">Articles</th><th class=\"num\">Mean MT score</th><th class=\"num\">Mean boilerplate</th><th class=\"num\">Findings per 1,000 words</th></tr></thead><tbody>\n");
        foreach (var s in figures.Sites.Take(CorpusReport.SiteRows))
            sb.Append("<tr><td>").Append(Html.E(s.Site)).Append("</td><td class=\"num\">").Append(N(s.Articles)).Append("</td><td class=\"num\">").Append(F(s.MeanMtScore))
              .Append("</td><td class=\"num\">").Append(F(s.MeanBoilerplate)).Append("%</td><td class=\"num\">").Append(F(CorpusFigures.PerThousand(s.Findings, s.ContentWords))).Append("</td></tr>\n");
        sb.Append("</tbody></table>\n");
        if (figures.Sites.Count > CorpusReport.SiteRows)
            sb.Append("<p class=\"why\">The ").Append(CorpusReport.SiteRows).Append(" sites with most articles of ").Append(N(figures.Sites.Count)).Append(".</p>\n");

        var registry = RuleRegistry.Instance;
        sb.Append("<h2>Top rules</h2>\n<table><thead><tr><th>Rule</th><th>Family</th><th class=\"num\">Findings</th><th class=\"num\">Articles</th></tr></thead><tbody>\n");
        foreach (var r in figures.Rules)
        {
            var d = registry.ById.GetValueOrDefault(r.Id);
            var style = FamilyStyle.Of(d);
            sb.Append("<tr><td><a href=\"rules/").Append(Html.E(r.Id)).Append(".html\">").Append(Html.E(r.Id)).Append("</a> ").Append(Html.E(d?.Name)).Append("</td><td><span class=\"chip f-")
              .Append(style.Key).Append("\">").Append(style.Marker).Append("</span> ").Append(Html.E(d?.Family)).Append("</td><td class=\"num\">").Append(N(r.Count))
              .Append("</td><td class=\"num\">").Append(N(r.Articles)).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n");
        if (errors.Count > 0)
        {
            sb.Append("<h2>Inputs not read (").Append(errors.Count).Append(")</h2>\n<ul>\n");
            foreach (var e in errors.Take(500))
                sb.Append("<li><code>").Append(Html.E(e)).Append("</code></li>\n");
            sb.Append("</ul>\n");
        }

        return Html.Page("MtQuality corpus report", "", sb.ToString(), "index", "ranking-data.js");
    }

    private static readonly string[] Verdicts = ["likely machine-translated", "possibly machine-translated", "minor artifacts", "clean"];

    /// <summary>
    /// assets/ranking-data.js: the full ranking as compact rows (sites and reasons interned), written as a JSON
    /// string handed to JSON.parse, which browsers parse several times faster than the same object literal.
    /// </summary>
    public static void WriteRankingData(Stream stream, IReadOnlyList<ArticleSummary> sorted)
    {
        var siteIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var reasonIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in sorted)
        {
            siteIndex.TryAdd(a.Site, siteIndex.Count);
            reasonIndex.TryAdd(a.TopReason, reasonIndex.Count);
        }

        using var json = new MemoryStream();
        using (var w = new Utf8JsonWriter(json))
        {
            // The default encoder escapes <, >, &, quotes, apostrophes and non-ASCII: the data cannot end the
            // string or the script, and reaches the page only through textContent.
            w.WriteStartObject();
            Strings(w, "verdicts", Verdicts);
            Strings(w, "sites", siteIndex.Keys);
            Strings(w, "reasons", reasonIndex.Keys);
            w.WriteStartArray("rows");
            foreach (var a in sorted)
            {
                w.WriteStartArray();
                w.WriteStringValue(Path.GetFileNameWithoutExtension(a.ReportName));
                w.WriteStringValue(ArticleReport.Clip(a.Title, 90));
                w.WriteNumberValue(siteIndex[a.Site]);
                w.WriteNumberValue(Math.Round(a.MtScore, 1));
                w.WriteNumberValue(Math.Round(a.BoilerplateScore, 1));
                w.WriteNumberValue(a.ContentWords);
                w.WriteNumberValue(VerdictIndex(a.MtScore));
                w.WriteNumberValue(reasonIndex[a.TopReason]);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.Write("window.MTQ_RANKING=JSON.parse('"u8);
        var bytes = json.GetBuffer().AsSpan(0, (int)json.Length);
        int from = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            // Only backslashes need doubling inside the single-quoted JavaScript string: the encoder left no raw
            // quote, apostrophe, control character or line separator.
            if (bytes[i] == (byte)'\\')
            {
                stream.Write(bytes[from..(i + 1)]);
                stream.WriteByte((byte)'\\');
                from = i + 1;
            }
        }

        stream.Write(bytes[from..]);
        stream.Write("');\n"u8);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static int VerdictIndex(double mt) => mt switch { >= 60 => 0, >= 30 => 1, >= 10 => 2, _ => 3 };

    private static string ArticleLink(ArticleSummary a, string folder) =>
        $"<a href=\"{folder}{Html.E(Uri.EscapeDataString(Path.ChangeExtension(a.ReportName, ".html")))}\">{Html.E(ArticleReport.Clip(a.Title, 100))}</a>";

    private static string Th(string key, string label, bool numeric) =>
        $"<th{(numeric ? " class=\"num\"" : "")} aria-sort=\"{(key == "rank" ? "ascending" : "none")}\"><button type=\"button\" data-key=\"{key}\">{label}</button></th>";

    private static string Tile(string value, string unit) => $"<div class=\"tile\"><span class=\"num\">{value}</span><span class=\"unit\">{Html.E(unit)}</span></div>";

    private static string F(double d) => d.ToString("0.0", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
