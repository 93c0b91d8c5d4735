using System.Globalization;
using System.Text;

namespace MtQuality.Reports.Charts;

/// <summary>
/// A tiny SVG writer for the corpus charts. Only presentation attributes, never <c>style</c> attributes or
/// scripts, so a chart works as an image file on a forge and inline under the site's Content-Security-Policy.
/// Every text that may come from input (site names, titles) goes through <see cref="Escape"/>.
/// </summary>
public sealed class Svg
{
    private readonly StringBuilder sb = new();

    public Svg(int width, int height, string title, string description)
    {
        Width = width;
        Height = height;
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif\" font-size=\"12\">");
        sb.Append("<title>").Append(Escape(title)).Append("</title><desc>").Append(Escape(description)).Append("</desc>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        Text(12, 20, title, size: 14, weight: "600");
    }

    public int Width { get; }

    public int Height { get; }

    public Svg Rect(double x, double y, double w, double h, string fill, string? tooltip = null, string? stroke = null)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, w))}\" height=\"{N(Math.Max(0, h))}\" fill=\"{fill}\"");
        if (stroke is not null)
            sb.Append(CultureInfo.InvariantCulture, $" stroke=\"{stroke}\"");
        if (tooltip is null)
            sb.Append("/>");
        else
            sb.Append("><title>").Append(Escape(tooltip)).Append("</title></rect>");
        return this;
    }

    public Svg Line(double x1, double y1, double x2, double y2, string stroke = "#c6c6c6")
    {
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\"/>");
        return this;
    }

    public Svg Text(double x, double y, string text, string anchor = "start", int size = 12, string fill = "#1b1b1b", string? weight = null)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{fill}\"");
        if (weight is not null)
            sb.Append(CultureInfo.InvariantCulture, $" font-weight=\"{weight}\"");
        sb.Append('>').Append(Escape(text)).Append("</text>");
        return this;
    }

    public override string ToString() => sb + "</svg>";

    public static string Escape(string? s)
    {
        if (string.IsNullOrEmpty(s))
            return string.Empty;
        var b = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        b.Append(c).Append(s[++i]);
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                        b.Append(' '); // XML 1.0 forbids these even as references.
                    else
                        b.Append(c);
                    break;
            }
        }

        return b.ToString();
    }

    /// <summary>Cuts a label to fit about <paramref name="max"/> characters.</summary>
    public static string Fit(string s, int max) => s.Length > max ? s[..(max - 1)] + "…" : s;

    public static string N(double d) => Math.Round(d, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
