using System.Globalization;
using MtQuality.Core.Rules;

namespace MtQuality.Reports.Charts;

/// <summary>One chart: a file name under charts/, its alternative text, and the SVG markup.</summary>
public sealed record Chart(string FileName, string Title, string AltText, string Svg);

/// <summary>
/// The corpus charts, drawn by the project as SVG (no external service, library or font): the distribution of
/// mtScore, boilerplate share per site, findings per family per 1,000 words, a site × family heat map and the
/// worst articles with a one-line reason each. Large corpora are summarised: the site charts show the sites with
/// the most articles.
/// </summary>
public static class CorpusCharts
{
    public const int MaxSites = 20;
    public const int HeatMapSites = 15;
    private const string Grid = "#e0e0e0";
    private const string Muted = "#525252";

    public static IReadOnlyList<Chart> All(CorpusFigures f) =>
        [ScoreDistribution(f), BoilerplateBySite(f), FindingsByFamily(f), SiteFamilyHeatMap(f), WorstArticles(f)];

    public static string BandColour(double mtScore) => mtScore switch
    {
        >= 60 => "#d12f2f",
        >= 30 => "#eb6200",
        >= 10 => "#d2a106",
        _ => "#24a148",
    };

    public static Chart ScoreDistribution(CorpusFigures f)
    {
        const int w = 640, h = 300, left = 56, right = 16, top = 44, bottom = 56;
        var svg = new Svg(w, h, "Distribution of MT score", $"Number of articles per MT score band of 10 points, {f.Articles} articles.");
        int max = Math.Max(1, f.ScoreHistogram.Max());
        double plotW = w - left - right, plotH = h - top - bottom, bw = plotW / 10;
        Axis(svg, left, top, plotW, plotH, max);
        for (int i = 0; i < 10; i++)
        {
            int n = f.ScoreHistogram[i];
            double bh = plotH * n / max;
            string band = i == 9 ? "90–100" : $"{i * 10}–{i * 10 + 9}";
            svg.Rect(left + i * bw + 3, top + plotH - bh, bw - 6, bh, BandColour(i * 10), $"MT score {band}: {n} articles");
            if (n > 0)
                svg.Text(left + i * bw + bw / 2, top + plotH - bh - 4, Count(n), "middle", 11, Muted);
            svg.Text(left + i * bw + bw / 2, top + plotH + 16, band, "middle", 11, Muted);
        }

        svg.Text(left + plotW / 2, h - 14, "MT score (0 = clean, 100 = heavily machine-translated); colour = verdict band", "middle", 11, Muted);
        return new Chart("mt-score-distribution.svg", "Distribution of MT score", $"Histogram of MT scores: {string.Join(", ", f.ScoreHistogram.Select((n, i) => $"{i * 10}–{(i == 9 ? 100 : i * 10 + 9)}: {n}"))}.", svg.ToString());
    }

    public static Chart BoilerplateBySite(CorpusFigures f)
    {
        var sites = f.Sites.Take(MaxSites).ToList();
        var rows = sites.Select(s => new Bar($"{s.Site} ({Count(s.Articles)})", s.MeanBoilerplate, $"{s.MeanBoilerplate:0.0}%", "#8d8d8d", $"{s.Site}: mean boilerplate {s.MeanBoilerplate:0.0}% of the text over {s.Articles} articles")).ToList();
        string note = f.Sites.Count > MaxSites ? $"the {MaxSites} sites with most articles (of {f.Sites.Count})" : "every site";
        var svg = HBars("Boilerplate share per site", $"Mean share of each article's text on boilerplate lines, {note}.", rows, 100, "% of the text on boilerplate lines");
        return new Chart("boilerplate-by-site.svg", "Boilerplate share per site", $"Mean boilerplate share, {note}: " + string.Join("; ", sites.Take(10).Select(s => $"{s.Site} {s.MeanBoilerplate:0.0}%")) + ".", svg);
    }

    public static Chart FindingsByFamily(CorpusFigures f)
    {
        var registry = RuleRegistry.Instance;
        var rows = f.FindingsByFamily
            .Select(kv => (Family: kv.Key, Rate: CorpusFigures.PerThousand(kv.Value, f.ContentWords), Count: kv.Value))
            .OrderByDescending(r => r.Rate).ThenBy(r => r.Family, StringComparer.Ordinal)
            .Select(r =>
            {
                var style = FamilyStyle.Of(registry.Descriptors.FirstOrDefault(d => d.Family == r.Family));
                return new Bar($"{style.Marker} · {r.Family}", r.Rate, r.Rate.ToString("0.00", CultureInfo.InvariantCulture), style.Colour, $"{r.Family}: {r.Count} findings, {r.Rate:0.00} per 1,000 content words");
            }).ToList();
        var svg = HBars("Findings per family per 1,000 words", "Translation and extraction findings of each family per 1,000 content words of the corpus.", rows, null, "findings per 1,000 content words (colour and marker = family group)");
        return new Chart("findings-by-family.svg", "Findings per family per 1,000 words", "Findings per 1,000 content words: " + (rows.Count == 0 ? "none" : string.Join("; ", rows.Select(r => $"{r.Label} {r.ValueText}"))) + ".", svg);
    }

    public static Chart SiteFamilyHeatMap(CorpusFigures f)
    {
        var groups = FamilyStyle.All.Where(s => s != FamilyStyle.Boilerplate).ToList();
        var sites = f.Sites.Take(HeatMapSites).ToList();
        const int left = 200, top = 70, cellW = 74, cellH = 24;
        int w = left + groups.Count * cellW + 16, h = top + Math.Max(1, sites.Count) * cellH + 40;
        string note = f.Sites.Count > HeatMapSites ? $"the {HeatMapSites} sites with most articles (of {f.Sites.Count})" : "every site";
        var svg = new Svg(w, h, "Findings per 1,000 words: site × family", $"Heat map of findings per 1,000 content words for {note} (rows) and family groups (columns).");
        double max = 0;
        foreach (var s in sites)
        {
            foreach (var g in groups)
                max = Math.Max(max, CorpusFigures.PerThousand(s.FindingsByGroup.GetValueOrDefault(g), s.ContentWords));
        }

        for (int j = 0; j < groups.Count; j++)
        {
            svg.Text(left + j * cellW + cellW / 2.0, top - 22, groups[j].Marker, "middle", 12, groups[j].Colour, "600");
            svg.Text(left + j * cellW + cellW / 2.0, top - 8, Svg.Fit(groups[j].Label, 12), "middle", 10, Muted);
        }

        for (int i = 0; i < sites.Count; i++)
        {
            var s = sites[i];
            double y = top + i * cellH;
            svg.Text(left - 8, y + cellH / 2.0 + 4, Svg.Fit(s.Site, 28), "end", 12);
            for (int j = 0; j < groups.Count; j++)
            {
                double rate = CorpusFigures.PerThousand(s.FindingsByGroup.GetValueOrDefault(groups[j]), s.ContentWords);
                double t = max == 0 ? 0 : rate / max;
                svg.Rect(left + j * cellW, y, cellW - 2, cellH - 2, Heat(t), $"{s.Site} × {groups[j].Label}: {rate:0.00} findings per 1,000 words");
                svg.Text(left + j * cellW + cellW / 2.0 - 1, y + cellH / 2.0 + 3, rate.ToString("0.0", CultureInfo.InvariantCulture), "middle", 11, t > 0.55 ? "#ffffff" : "#1b1b1b");
            }
        }

        if (sites.Count == 0)
            svg.Text(left, top + 16, "no articles", "start", 12, Muted);
        svg.Text(12, h - 12, $"Cells: findings per 1,000 content words; darker = more. Rows: {note}.", "start", 11, Muted);
        return new Chart("site-family-heatmap.svg", "Site × family heat map", $"Findings per 1,000 words by site and family group for {note}.", svg.ToString());
    }

    public static Chart WorstArticles(CorpusFigures f)
    {
        var rows = f.Worst.Select(a => new Bar(a.Title, a.MtScore, a.MtScore.ToString("0.0", CultureInfo.InvariantCulture), BandColour(a.MtScore), $"{a.Title} ({a.Site}): MT score {a.MtScore:0.0}; {a.TopReason}", a.TopReason)).ToList();
        var svg = HBars("Worst articles", "The articles with the highest MT score and what drove each.", rows, 100, "MT score", labelWidth: 300, rowHeight: 34);
        return new Chart("worst-articles.svg", "Worst articles", "Highest MT scores: " + (rows.Count == 0 ? "none" : string.Join("; ", f.Worst.Select(a => $"{a.Title} {a.MtScore:0.0} ({a.TopReason})"))) + ".", svg);
    }

    private sealed record Bar(string Label, double Value, string ValueText, string Colour, string Tooltip, string? SubLabel = null);

    private static string HBars(string title, string description, List<Bar> rows, double? scaleMax, string axisLabel, int labelWidth = 220, int rowHeight = 22)
    {
        const int w = 640, top = 40, right = 56;
        int h = top + Math.Max(1, rows.Count) * rowHeight + 36;
        var svg = new Svg(w, h, title, description);
        double max = scaleMax ?? Math.Max(1e-9, rows.Count == 0 ? 1 : rows.Max(r => r.Value));
        double plotW = w - labelWidth - right;
        svg.Line(labelWidth, top - 4, labelWidth, top + rows.Count * rowHeight, Grid);
        int chars = labelWidth / 7;
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            double y = top + i * rowHeight;
            double bw = plotW * Math.Clamp(r.Value / max, 0, 1);
            if (r.SubLabel is null)
            {
                svg.Text(labelWidth - 6, y + rowHeight / 2.0 + 4, Svg.Fit(r.Label, chars), "end", 12);
            }
            else
            {
                svg.Text(labelWidth - 6, y + 13, Svg.Fit(r.Label, chars), "end", 12);
                svg.Text(labelWidth - 6, y + 26, Svg.Fit(r.SubLabel, chars + 4), "end", 10, Muted);
            }

            svg.Rect(labelWidth + 1, y + 3, bw, rowHeight - 6, r.Colour, r.Tooltip);
            svg.Text(labelWidth + 1 + bw + 4, y + rowHeight / 2.0 + 4, r.ValueText, "start", 11, Muted);
        }

        if (rows.Count == 0)
            svg.Text(labelWidth + 8, top + 14, "nothing to show", "start", 12, Muted);
        svg.Text(labelWidth + plotW / 2, h - 12, axisLabel, "middle", 11, Muted);
        return svg.ToString();
    }

    private static void Axis(Svg svg, double left, double top, double plotW, double plotH, int max)
    {
        foreach (var tick in Ticks(max))
        {
            double y = top + plotH - plotH * tick / max;
            svg.Line(left, y, left + plotW, y, Grid);
            svg.Text(left - 6, y + 4, Count(tick), "end", 11, Muted);
        }

        svg.Line(left, top + plotH, left + plotW, top + plotH, "#8d8d8d");
    }

    private static IEnumerable<int> Ticks(int max)
    {
        int step = NiceStep(max);
        for (int t = 0; t <= max; t += step)
            yield return t;
    }

    private static int NiceStep(int max)
    {
        double raw = max / 5.0;
        double mag = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(1, raw))));
        double norm = raw / mag;
        double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
        return Math.Max(1, (int)(nice * mag));
    }

    /// <summary>White to deep red, readable with the value printed in the cell.</summary>
    private static string Heat(double t)
    {
        t = Math.Clamp(t, 0, 1);
        int r = (int)Math.Round(255 - t * (255 - 165));
        int g = (int)Math.Round(247 - t * (247 - 15));
        int b = (int)Math.Round(243 - t * (243 - 21));
        return $"#{r:x2}{g:x2}{b:x2}";
    }

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
